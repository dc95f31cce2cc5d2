import { ApplicationFailure } from '@temporalio/common';
import { startProcedureAtWindow } from '../../api/engine/procedure-start';
import { WRITE_REFUSED } from '../../activities/refused-writes';
import {
  claimTask,
  completeTask,
  deliverMessage,
  extendDeadline,
  getState,
  MESSAGE_MATERIALS_SUPPLIED,
  requestSupplement,
  returnTask,
  transferTask,
  unclaimTask,
  type ProcedureState,
} from '../../workflows/procedure-contract';
import type { ActivityName, Behaviour } from '../support/workflow-env';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import {
  approver,
  clerk,
  coActor,
  eventually,
  manager,
  matterFacts,
  refusal,
  startMatter,
  type Started,
} from './helpers';
import { plan } from './plans';

jest.setTimeout(60_000);

const bed = useWorkflowTestBed();

/** The activities that write the read side: a poisoned write is refused by the database, as a NUL would be. */
const WRITES: ActivityName[] = [
  'syncTask',
  'closeTask',
  'recordEvent',
  'setMatterStatus',
  'suspend',
  'resume',
  'recordExtension',
  'setWarning',
];
const refused = async (): Promise<never> => {
  throw ApplicationFailure.retryable('poisoned write (SQLSTATE 23514)', WRITE_REFUSED);
};
const NOT_RECORDED = {
  code: 'STEP_NOT_RECORDED',
  zh: expect.stringContaining('办件保持原状'),
  en: expect.stringContaining('the matter is unchanged'),
};

/** Poisons the matter's writes that `when` picks (all of them by default) until `cure` is called. */
function poison(matterId: string, when: (name: ActivityName, input: any) => boolean = () => true) {
  let poisoned = true;
  const behaviour: Behaviour = {};
  // the stubs' own answers otherwise: a task row keeps its assignee, every other write answers nothing
  for (const name of WRITES)
    (behaviour as Record<string, unknown>)[name] = async (input: any) =>
      poisoned && when(name, input) ? refused() : name === 'syncTask' ? {} : undefined;
  bed.recorder.behave(matterId, behaviour);
  return { cure: () => (poisoned = false) };
}

/** What must not change when a step is refused: everything but the interpreter's own bookkeeping. */
const visible = ({ internal: _internal, ...state }: ProcedureState) => state;

const review = () =>
  plan()
    .start()
    .task('accept', { candidateDepartment: '$accepting', candidateRole: 'CLERK', stepKind: 'receive' })
    .task('review', { candidateDepartment: '$lead' })
    .task('approve', { candidateDepartment: '$lead' })
    .end()
    .chain('start', 'accept', 'review', 'approve', 'end')
    .build();

async function atReview(claimed = true) {
  const m = await startMatter(bed, review());
  const accept = await m.task('accept');
  await m.handle.executeUpdate(completeTask, {
    args: [{ taskKey: accept.taskKey, actor: clerk, decision: 'complete' }],
  });
  const task = await m.task('review');
  if (claimed) await m.handle.executeUpdate(claimTask, { args: [{ taskKey: task.taskKey, actor: approver }] });
  return { m, task: (await m.state()).tasks.find((t) => t.nodeId === 'review')! };
}

const restores = (m: Started) => bed.recorder.of(m.matter.matterId, 'restoreReadSide').map((c) => c.input);

/**
 * Every human step: its first write refused. The Update is refused with STEP_NOT_RECORDED, the workflow's state is
 * what it was, the read side is told to match it again, and the same step then goes through once the write can.
 */
const steps: Array<{
  name: string;
  prepare: (m: Started, taskKey: string) => Promise<void>;
  act: (m: Started, taskKey: string) => Promise<ProcedureState>;
  moved: (state: ProcedureState) => boolean;
  claimed?: boolean;
}> = [
  {
    name: '签收 claim',
    claimed: false,
    prepare: async () => undefined,
    act: (m, taskKey) => m.handle.executeUpdate(claimTask, { args: [{ taskKey, actor: approver }] }),
    moved: (s) => s.tasks.some((t) => t.nodeId === 'review' && t.state === 'CLAIMED'),
  },
  {
    name: '退签 unclaim',
    prepare: async () => undefined,
    act: (m, taskKey) => m.handle.executeUpdate(unclaimTask, { args: [{ taskKey, actor: approver }] }),
    moved: (s) => s.tasks.some((t) => t.nodeId === 'review' && t.state === 'OPEN'),
  },
  {
    name: '办理 complete',
    prepare: async () => undefined,
    act: (m, taskKey) =>
      m.handle.executeUpdate(completeTask, {
        args: [{ taskKey, actor: approver, decision: 'approve', comment: '同意' }],
      }),
    moved: (s) => s.tasks.some((t) => t.nodeId === 'approve'),
  },
  {
    name: '退回 return',
    prepare: async () => undefined,
    act: (m, taskKey) =>
      m.handle.executeUpdate(returnTask, { args: [{ taskKey, actor: approver, toNodeId: 'accept', comment: '退回' }] }),
    moved: (s) => s.tasks.some((t) => t.nodeId === 'accept'),
  },
  {
    name: '转办 transfer',
    prepare: async () => undefined,
    act: (m, taskKey) =>
      m.handle.executeUpdate(transferTask, {
        args: [{ taskKey, actor: approver, toDepartmentCode: 'CO1', comment: '转协办部门' }],
      }),
    moved: (s) => s.tasks.some((t) => t.candidateDepartmentCode === 'CO1'),
  },
  {
    name: '补正 supplement',
    prepare: async () => undefined,
    act: (m, taskKey) =>
      m.handle.executeUpdate(requestSupplement, {
        args: [{ taskKey, actor: approver, reason: '材料不全', missing: ['户口簿'] }],
      }),
    moved: (s) => s.status === 'SUSPENDED',
  },
  {
    name: '补正材料已提交 materials supplied',
    prepare: async (m, taskKey) => {
      await m.handle.executeUpdate(requestSupplement, {
        args: [{ taskKey, actor: approver, reason: '材料不全', missing: ['户口簿'] }],
      });
    },
    act: (m) => m.handle.executeUpdate(deliverMessage, { args: [{ name: MESSAGE_MATERIALS_SUPPLIED, actor: clerk }] }),
    moved: (s) => s.status === 'IN_PROGRESS',
  },
  {
    name: '延长 extend',
    prepare: async (m) => {
      bed.recorder.behave(m.matter.matterId, {
        refreshDeadline: async () => ({
          dueAt: new Date(Date.now() + (extended ? 9 : 5) * 86_400_000).toISOString(),
          dueDate: extended ? '2099-01-09' : '2099-01-05',
          provisional: false,
        }),
      });
    },
    act: async (m) => {
      const state = await m.handle.executeUpdate(extendDeadline, {
        args: [{ actor: manager, workingDays: 4, reason: '需现场核查' }],
      });
      return state;
    },
    moved: (s) => s.dueDate === '2099-01-09',
  },
];
let extended = false;

describe.each(steps)('a refused write of $name', ({ prepare, act, moved, claimed }) => {
  test('refuses the step, leaves the matter as it was, and the step works once the write can', async () => {
    extended = false;
    const { m, task } = await atReview(claimed ?? true);
    await prepare(m, task.taskKey);
    const before = visible(await m.handle.query(getState));
    const { cure } = poison(m.matter.matterId);
    extended = true;

    expect(await refusal(act(m, task.taskKey))).toEqual(NOT_RECORDED);
    expect(visible(await m.handle.query(getState))).toEqual(before);
    const [restore] = restores(m);
    expect(restore).toMatchObject({
      matterId: m.matter.matterId,
      tasks: before.tasks,
      matter: { status: before.status, dueDate: before.dueDate, warningLevel: before.warningLevel },
    });

    cure();
    expect(moved(await act(m, task.taskKey))).toBe(true);
    await m.handle.terminate();
  });
});

test('a refusal half-way takes back what the step wrote before it: the closed task, its event, the next task', async () => {
  const { m, task } = await atReview();
  // the next step's task row is written, then its timeline event is refused
  const { cure } = poison(m.matter.matterId, (name, input) => name === 'recordEvent' && input.type === 'task.opened');
  const complete = () =>
    m.handle.executeUpdate(completeTask, {
      args: [{ taskKey: task.taskKey, actor: approver, decision: 'approve', comment: '同意' }],
    });
  expect(await refusal(complete())).toEqual(NOT_RECORDED);

  const matterId = m.matter.matterId;
  const completed = bed.recorder
    .of(matterId, 'recordEvent')
    .find((c) => c.input.type === 'task.completed' && c.input.data.taskKey === task.taskKey)!;
  const openedRow = bed.recorder.of(matterId, 'syncTask').find((c) => c.input.task.nodeId === 'approve')!;
  expect(bed.recorder.of(matterId, 'closeTask').map((c) => c.input.taskKey)).toEqual([
    expect.stringContaining('/t'), // the accept step
    task.taskKey,
  ]);
  const [restore] = restores(m);
  expect(restore.tasks).toEqual([expect.objectContaining({ taskKey: task.taskKey, state: 'CLAIMED' })]);
  expect(restore.discardedTaskKeys).toContain(openedRow.input.task.taskKey);
  expect(restore.discardedEventKeys).toContain(completed.input.eventKey);
  expect((await m.state()).tasks.map((t) => [t.taskKey, t.state])).toEqual([[task.taskKey, 'CLAIMED']]);

  cure();
  const after = await complete();
  // the next step opens under a new key: the refused step's keys are never used again
  const next = after.tasks.find((t) => t.nodeId === 'approve')!;
  expect(next.taskKey).not.toBe(openedRow.input.task.taskKey);
  await keepHistory(m.handle, 'refused-step-rolled-back-local-writes');
  await m.handle.terminate();
});

test("a refused completion keeps the task's boundary timer; the timer's own refused write keeps retrying", async () => {
  const p = plan()
    .start()
    .task('review', { candidateDepartment: '$lead' })
    .boundary('escalate', 'review', 2, true)
    .task('supervise', { candidateDepartment: 'ACC', candidateRole: 'MANAGER', stepKind: 'other' })
    .end('normal')
    .end('escalated')
    .chain('start', 'review', 'normal')
    .chain('escalate', 'supervise', 'escalated')
    .build();
  const m = await startMatter(bed, p);
  const task = await m.task('review');
  const { cure } = poison(m.matter.matterId, (name) => name === 'closeTask');
  expect(
    await refusal(
      m.handle.executeUpdate(completeTask, { args: [{ taskKey: task.taskKey, actor: approver, decision: 'approve' }] }),
    ),
  ).toEqual(NOT_RECORDED);
  // the step's end of the activation cancelled the timer; the rollback armed it again, and it fires
  const cancellations = () =>
    bed.recorder.of(m.matter.matterId, 'closeTask').filter((c) => c.input.status === 'CANCELLED').length;
  // no person waits on a timer: its refused write retries as any failed write does, and nothing is rolled back
  await eventually('the timer retried its refused write', () => cancellations() >= 2);
  expect(restores(m)).toHaveLength(1);
  cure();
  await m.task('supervise');
  expect(bed.recorder.eventTypes(m.matter.matterId)).toContain('timer.fired');
  await m.handle.terminate();
});

test('即办件: a refused write at the window leaves the step in the inbox, where it can be done', async () => {
  const p = plan()
    .start()
    .task('handle', { candidateDepartment: '$accepting', candidateRole: 'CLERK', stepKind: 'receive' })
    .end('done')
    .chain('start', 'handle', 'done')
    .build();
  const matter = matterFacts({ kind: 'IMMEDIATE', promisedDays: 0 });
  const workflowId = `matter-${matter.matterId}`;
  const { cure } = poison(matter.matterId, (name, input) => name === 'closeTask' || input?.status === 'CLAIMED');
  const input = { actor: clerk, comment: '即办件当场办结', until: new Date(Date.now() + 60_000).toISOString() };
  expect(await startProcedureAtWindow(bed.env.client, bed.taskQueue, workflowId, matter, p, input, 30_000)).toEqual({
    finished: false,
    unconfirmed: expect.anything(),
  });
  const handle = bed.env.client.workflow.getHandle(workflowId);
  const state = await handle.query(getState);
  expect(state.tasks).toEqual([expect.objectContaining({ nodeId: 'handle', state: 'OPEN' })]);
  cure();
  const taskKey = state.tasks[0].taskKey;
  await handle.executeUpdate(claimTask, { args: [{ taskKey, actor: clerk }] });
  await handle.executeUpdate(completeTask, { args: [{ taskKey, actor: clerk, decision: 'complete' }] });
  expect(await handle.result()).toMatchObject({ status: 'COMPLETED' });
});

test('a co-department task of a parallel activation is rolled back alone', async () => {
  const p = plan().start().task('review', { candidateDepartment: '$co' }).end().chain('start', 'review', 'end').build();
  const m = await startMatter(bed, p);
  const co1 = await m.task('review', 'CO1');
  await m.task('review', 'CO2');
  const before = visible(await m.state());
  const { cure } = poison(m.matter.matterId);
  const complete = () =>
    m.handle.executeUpdate(completeTask, {
      args: [{ taskKey: co1.taskKey, actor: coActor('CO1'), decision: 'approve' }],
    });
  expect(await refusal(complete())).toEqual(NOT_RECORDED);
  expect(visible(await m.state())).toEqual(before);
  cure();
  expect((await complete()).tasks.map((t) => t.candidateDepartmentCode)).toEqual(['CO2']);
  await m.handle.terminate();
});
