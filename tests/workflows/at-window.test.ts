import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { startProcedureAtWindow } from '../../api/engine/procedure-start';
import type { FormField, ProcedurePlan } from '../../bpmn/plan';
import { getState, type AtWindowInput, type IllegalMoveDetails } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { clerk, eventually, matterFacts } from './helpers';
import { plan } from './plans';

jest.setTimeout(60_000);

const bed = useWorkflowTestBed();

/** 即办件: the accepting window's step, then the result issued by a service. */
const immediate = (formFields: FormField[]) =>
  plan()
    .start()
    .task('handle', { candidateDepartment: '$accepting', candidateRole: 'CLERK', stepKind: 'receive', formFields })
    .service('issue', 'issueResult', { resultType: 'certificate' })
    .end('done')
    .chain('start', 'handle', 'issue', 'done')
    .build();
const CONFIRMED: FormField = { key: 'materialsComplete', label: '材料是否齐全', type: 'boolean', required: true };
const OPTIONAL_NOTE: FormField = { key: 'handlingNote', label: '办理意见', type: 'text', required: false };

const atWindow = (until = new Date(Date.now() + 60_000)): AtWindowInput => ({
  actor: clerk,
  comment: '即办件当场办结',
  until: until.toISOString(),
});

async function startAtWindow(p: ProcedurePlan, input = atWindow()) {
  const matter = matterFacts({ kind: 'IMMEDIATE', promisedDays: 0 });
  const workflowId = `matter-${matter.matterId}`;
  const outcome = await startProcedureAtWindow(bed.env.client, bed.taskQueue, workflowId, matter, p, input, 30_000);
  return { matter, outcome, handle: bed.env.client.workflow.getHandle(workflowId) };
}

test('即办件: one request starts the matter with its window step finished by the clerk, answered once the result is issued', async () => {
  const { matter, outcome, handle } = await startAtWindow(immediate([CONFIRMED, OPTIONAL_NOTE]));
  expect(outcome).toMatchObject({ finished: true, state: { status: 'COMPLETED', tasks: [] } });
  expect(await handle.result()).toMatchObject({ status: 'COMPLETED', form: { materialsComplete: true } });

  // the same rows and events as the clerk claiming and completing it from the inbox
  const rec = bed.recorder;
  expect(rec.of(matter.matterId, 'syncTask').map((c) => [c.input.status, c.input.actorId])).toEqual([
    ['OPEN', undefined],
    ['CLAIMED', clerk.userId],
  ]);
  expect(rec.of(matter.matterId, 'closeTask').map((c) => c.input)).toEqual([
    expect.objectContaining({
      status: 'COMPLETED',
      actorId: clerk.userId,
      decision: 'complete',
      comment: '即办件当场办结',
      formData: { materialsComplete: true },
    }),
  ]);
  expect(rec.eventTypes(matter.matterId)).toEqual([
    'task.opened',
    'task.claimed',
    'task.completed',
    'service.issueResult',
    'matter.completed',
  ]);
  await keepHistory(handle, 'finished-at-window');
});

test("a window step that needs more than the acceptance (a required text) waits in the clerk's inbox", async () => {
  const note: FormField = { ...OPTIONAL_NOTE, required: true };
  const { matter, outcome, handle } = await startAtWindow(immediate([CONFIRMED, note]));
  expect(outcome).toMatchObject({
    finished: false,
    state: { status: 'IN_PROGRESS', tasks: [expect.objectContaining({ nodeId: 'handle', state: 'OPEN' })] },
  });
  expect(bed.recorder.of(matter.matterId, 'closeTask')).toEqual([]);
  await handle.terminate();
});

test('a start the worker takes up after the clerk stopped waiting leaves the step in the inbox, and the matter runs', async () => {
  const { matter, outcome, handle } = await startAtWindow(
    immediate([CONFIRMED]),
    atWindow(new Date(Date.now() - 1000)),
  );
  expect(outcome).toMatchObject({ finished: false });
  const { unconfirmed } = outcome as { unconfirmed: WorkflowUpdateFailedError };
  expect(unconfirmed).toBeInstanceOf(WorkflowUpdateFailedError);
  expect((unconfirmed.cause as { details?: IllegalMoveDetails[] }).details).toEqual([
    expect.objectContaining({ code: 'AT_WINDOW_TOO_LATE' }),
  ]);
  const task = await eventually('the step in the inbox', async () => (await handle.query(getState)).tasks[0]);
  expect(task).toMatchObject({ nodeId: 'handle', state: 'OPEN' });
  expect(bed.recorder.of(matter.matterId, 'syncTask').map((c) => c.input.status)).toEqual(['OPEN']);
  await handle.terminate();
});

test('starting it again (a lost answer) neither runs the matter twice nor finishes the step twice', async () => {
  const p = immediate([CONFIRMED]);
  const matter = matterFacts({ kind: 'IMMEDIATE', promisedDays: 0, matterId: randomUUID() });
  const workflowId = `matter-${matter.matterId}`;
  const start = () => startProcedureAtWindow(bed.env.client, bed.taskQueue, workflowId, matter, p, atWindow(), 30_000);
  const [first, again] = await Promise.all([start(), start()]);
  expect([first.finished, again.finished]).toEqual([true, true]);
  const handle = bed.env.client.workflow.getHandle(workflowId);
  await handle.result();
  expect(bed.recorder.of(matter.matterId, 'closeTask')).toHaveLength(1);
  // once it has ended, starting it again starts no second run
  const { runId } = await handle.describe();
  await start();
  expect((await handle.describe()).runId).toBe(runId);
  expect(bed.recorder.of(matter.matterId, 'closeTask')).toHaveLength(1);
});
