import { randomUUID } from 'node:crypto';
import { Worker } from '@temporalio/worker';
import type { MigrationBatchActivities } from '../../activities/migration-batch-types';
import { migrationBatchWorkflow } from '../../workflows';
import {
  getMigrationProgress,
  pauseMigrationBatch,
  resumeMigrationBatch,
  type MigrationOutcome,
} from '../../workflows/migration-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { eventually, failureMessage } from './helpers';
import { workflowCode } from '../../worker/workflow-code';

jest.setTimeout(120_000);

const bed = useWorkflowTestBed();

test('a batch migrates its matters one by one, pauses after the one in hand, resumes, and reports each outcome', async () => {
  const outcomes: Record<string, MigrationOutcome> = { m1: 'MIGRATED', m2: 'REFUSED', m3: 'FAILED' };
  const calls: string[] = [];
  let releaseFirst = () => {};
  const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
  const finished: string[] = [];
  const activities: MigrationBatchActivities = {
    async migrateOne({ matterId }) {
      calls.push(matterId);
      if (matterId === 'm1') await firstHeld;
      return { outcome: outcomes[matterId] };
    },
    async finishMigrationBatch({ batchId }) {
      finished.push(batchId);
    },
  };
  const taskQueue = `migration-batch-${randomUUID()}`;
  const worker = await Worker.create({
    connection: bed.env.nativeConnection,
    taskQueue,
    ...workflowCode(process.env.WORKFLOW_BUNDLE),
    activities,
  });
  await worker.runUntil(async () => {
    const batchId = randomUUID();
    const handle = await bed.env.client.workflow.start(migrationBatchWorkflow, {
      workflowId: `migration-${batchId}`,
      taskQueue,
      args: [
        {
          batchId,
          actor: { userId: 'u-designer', displayName: '设计戊', departmentCode: 'ACC', roles: ['DESIGNER'] },
          fromVersionId: 'v1',
          fromVersion: 1,
          toVersionId: 'v2',
          toVersion: 2,
          mapping: { review: 'check' },
          matterIds: ['m1', 'm2', 'm3'],
        },
      ],
    });
    await eventually('the first matter in hand', () => calls.length === 1);
    const paused = await handle.executeUpdate(pauseMigrationBatch);
    expect(paused).toMatchObject({ total: 3, done: 0, paused: true, finished: false });
    releaseFirst();
    const afterFirst = await eventually('the first matter reported', async () => {
      const progress = await handle.query(getMigrationProgress);
      return progress.done === 1 && progress;
    });
    expect(afterFirst).toMatchObject({ migrated: 1, paused: true });
    // paused: the next matter is not taken (the update below is answered only after the workflow has run again)
    expect((await handle.executeUpdate(pauseMigrationBatch)).done).toBe(1);
    expect(calls).toEqual(['m1']);

    await handle.executeUpdate(resumeMigrationBatch);
    const result = await handle.result();
    expect(result).toEqual({
      total: 3,
      done: 3,
      migrated: 1,
      refused: 1,
      failed: 1,
      paused: false,
      finished: true,
    });
    expect(calls).toEqual(['m1', 'm2', 'm3']);
    expect(finished).toEqual([batchId]);
    expect(await failureMessage(handle.executeUpdate(resumeMigrationBatch))).toBeTruthy();
    await keepHistory(handle, 'migration-batch-paused-resumed');
  });
});
