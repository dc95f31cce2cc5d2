/**
 * A migration batch (版本迁移批次): the matters of one procedure on a source version, each migrated to the target
 * through its own workflow's Update by an activity, which writes the matter's line of the report; progress is a
 * query, pause and resume are Updates. Deterministic code only.
 */
import { condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { MigrationBatchActivities } from '../activities/migration-batch-types';
import {
  getMigrationProgress,
  pauseMigrationBatch,
  resumeMigrationBatch,
  type MigrationBatchInput,
  type MigrationProgress,
} from './migration-contract';

const { migrateOne, finishMigrationBatch } = proxyActivities<MigrationBatchActivities>({
  startToCloseTimeout: '2 minutes',
  // the activity answers a matter it cannot migrate with its report line; what throws is the database or the
  // engine being away, which is waited out (nothing is skipped)
  retry: { initialInterval: '5 seconds', maximumInterval: '2 minutes' },
});

export async function migrationBatchWorkflow(input: MigrationBatchInput): Promise<MigrationProgress> {
  const progress: MigrationProgress = input.carried ?? {
    total: input.matterIds.length,
    done: 0,
    migrated: 0,
    refused: 0,
    failed: 0,
    paused: false,
    finished: false,
  };
  setHandler(getMigrationProgress, () => progress);
  const pauseTo = (paused: boolean) => () => {
    progress.paused = paused;
    return progress;
  };
  const notFinished = () => {
    if (progress.finished) throw new Error('the batch has finished');
  };
  setHandler(pauseMigrationBatch, pauseTo(true), { validator: notFinished });
  setHandler(resumeMigrationBatch, pauseTo(false), { validator: notFinished });

  const { matterIds, carried: _carried, ...batch } = input;
  while (progress.done < matterIds.length) {
    await condition(() => !progress.paused);
    if (workflowInfo().continueAsNewSuggested)
      await continueAsNew<typeof migrationBatchWorkflow>({ ...input, carried: progress });
    const { outcome } = await migrateOne({ ...batch, matterId: matterIds[progress.done] });
    progress[outcome === 'MIGRATED' ? 'migrated' : outcome === 'REFUSED' ? 'refused' : 'failed'] += 1;
    progress.done += 1;
  }
  await finishMigrationBatch({ batchId: input.batchId });
  progress.finished = true;
  return progress;
}
