import { Worker } from '@temporalio/worker';
import { procedureWorkflow } from '../../workflows';
import {
  calendarChanged,
  claimTask,
  completeTask,
  deliverMessage,
  extendDeadline,
  getState,
  MESSAGE_MATERIALS_SUPPLIED,
  requestSupplement,
} from '../../workflows/procedure-contract';
import { OverdueKey } from '../../workflows/search-attributes';
import type { DeadlineResult } from '../../activities/activity-types';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, clerk, eventually, manager, matterFacts, refusal, startMatter } from './helpers';
import { plan } from './plans';
import { workflowCode } from '../../worker/workflow-code';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

const onePlan = () =>
  plan().start().task('review', { candidateDepartment: '$lead' }).end().chain('start', 'review', 'end').build();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

/** A calendar stub answering each refreshDeadline call with the next of the given deadlines (the last one repeats). */
function deadlines(...answers: Array<() => Partial<DeadlineResult>>) {
  let call = 0;
  return async (): Promise<DeadlineResult> => {
    const answer = answers[Math.min(call++, answers.length - 1)]();
    return { dueAt: inMs(86_400_000), dueDate: '2099-01-01', provisional: false, ...answer };
  };
}

test('补正: the task and matter wait, the clock stops, and materialsSupplied resumes both with a fresh deadline', async () => {
  // due soon after acceptance: were the clock not stopped, the matter would turn overdue while suspended (the margin
  // leaves a loaded machine time to suspend it first)
  let firstDueMs = 0;
  const m = await startMatter(bed, onePlan(), {
    before: (matter) =>
      bed.recorder.behave(matter.matterId, {
        refreshDeadline: deadlines(
          () => {
            firstDueMs = Date.now() + 5000;
            return { dueAt: new Date(firstDueMs).toISOString() };
          },
          () => ({ dueAt: inMs(60_000), warnAt: inMs(30_000) }),
        ),
      }),
  });
  const review = await m.task('review');
  await m.handle.executeUpdate(claimTask, { args: [{ taskKey: review.taskKey, actor: approver }] });
  expect(
    await refusal(
      m.handle.executeUpdate(requestSupplement, {
        args: [{ taskKey: review.taskKey, actor: approver, reason: '材料不全', missing: [] }],
      }),
    ),
  ).toEqual({
    code: 'SUPPLEMENT_MATERIALS_MISSING',
    zh: '须一次性列明需补正的材料',
    en: 'list every missing material at once',
  });

  const suspended = await m.handle.executeUpdate(requestSupplement, {
    args: [{ taskKey: review.taskKey, actor: approver, reason: '材料不全', missing: ['户口簿复印件'] }],
  });
  expect(suspended).toMatchObject({ status: 'SUSPENDED', tasks: [expect.objectContaining({ state: 'SUSPENDED' })] });
  expect(suspended.suspendedSince).toBeDefined();
  const [suspend] = bed.recorder.of(m.matter.matterId, 'suspend');
  expect(suspend.input).toMatchObject({ kind: 'supplement', reason: '材料不全' });
  expect(bed.recorder.of(m.matter.matterId, 'setMatterStatus').map((c) => c.input.status)).toEqual(['SUSPENDED']);
  expect(
    await refusal(
      m.handle.executeUpdate(completeTask, {
        args: [{ taskKey: review.taskKey, actor: approver, decision: 'approve' }],
      }),
    ),
  ).toEqual({ code: 'MATTER_SUSPENDED', zh: '办件已中止，等待补正', en: 'matter suspended awaiting supplement' });

  expect(Date.now()).toBeLessThan(firstDueMs);
  await sleep(firstDueMs - Date.now() + 1000);
  expect(bed.recorder.of(m.matter.matterId, 'setWarning').map((c) => c.input.level)).not.toContain('RED');

  const resumed = await m.handle.executeUpdate(deliverMessage, {
    args: [{ name: MESSAGE_MATERIALS_SUPPLIED, actor: clerk }],
  });
  expect(resumed).toMatchObject({
    status: 'IN_PROGRESS',
    tasks: [expect.objectContaining({ state: 'CLAIMED', assigneeId: approver.userId })],
  });
  expect(resumed.suspendedSince).toBeUndefined();
  expect(bed.recorder.of(m.matter.matterId, 'resume')[0].input.eventKey).toBe(suspend.input.eventKey);
  expect(bed.recorder.of(m.matter.matterId, 'refreshDeadline').map((c) => c.input.reasonEn)).toEqual([
    'accepted',
    'materials supplied',
  ]);
  expect(Date.parse(resumed.dueAt!)).toBeGreaterThan(Date.now() + 30_000);
  expect(bed.recorder.of(m.matter.matterId, 'setMatterStatus').map((c) => c.input.status)).toEqual([
    'SUSPENDED',
    'IN_PROGRESS',
  ]);
  expect(bed.recorder.eventTypes(m.matter.matterId)).toEqual(
    expect.arrayContaining(['matter.suspended', 'matter.resumed']),
  );
  expect(bed.recorder.of(m.matter.matterId, 'syncTask').map((c) => c.input.status)).toEqual([
    'OPEN',
    'CLAIMED',
    'SUSPENDED',
    'CLAIMED',
  ]);
  await m.handle.executeUpdate(completeTask, {
    args: [{ taskKey: review.taskKey, actor: approver, decision: 'approve' }],
  });
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  await keepHistory(m.handle, 'supplement-and-resume');
});

test('calendarChanged re-arms the warning and overdue timers at the recomputed instants', async () => {
  let second = 0;
  const m = await startMatter(bed, onePlan(), {
    before: (matter) =>
      bed.recorder.behave(matter.matterId, {
        refreshDeadline: deadlines(
          () => ({ dueAt: inMs(2000), warnAt: inMs(1000) }),
          () => {
            second = Date.now();
            return { dueAt: inMs(4000), warnAt: inMs(3000) };
          },
        ),
      }),
  });
  await m.task('review');
  await m.handle.signal(calendarChanged, {
    reasonZh: '2027 年放假安排公布',
    reasonEn: '2027 holiday schedule published',
  });
  await eventually(
    'overdue event',
    () => bed.recorder.eventTypes(m.matter.matterId).includes('matter.overdue'),
    10_000,
  );
  // the recount records why the calendar changed
  expect(bed.recorder.of(m.matter.matterId, 'refreshDeadline').at(-1)!.input).toMatchObject({
    reasonZh: '2027 年放假安排公布',
    reasonEn: '2027 holiday schedule published',
  });
  const red = bed.recorder.of(m.matter.matterId, 'setWarning').find((c) => c.input.level === 'RED')!;
  const warnings = bed.recorder.of(m.matter.matterId, 'setWarning');
  expect(warnings.map((c) => c.input.level)).toEqual(['YELLOW', 'RED']);
  expect(warnings[0].at - second).toBeGreaterThanOrEqual(2900);
  expect(red.at - second).toBeGreaterThanOrEqual(3900);
  expect(bed.recorder.eventTypes(m.matter.matterId).filter((type) => type === 'matter.overdue')).toHaveLength(1);
  await keepHistory(m.handle, 'calendar-changed-overdue');
  expect((await m.state()).warningLevel).toBe('RED');
  await eventually(
    'Overdue search attribute',
    async () => (await m.handle.describe()).typedSearchAttributes.get(OverdueKey) === true,
  );
  await m.handle.terminate();
});

test('延长 records the extension, recomputes the deadline and lifts an overdue mark', async () => {
  const m = await startMatter(bed, onePlan(), {
    before: (matter) =>
      bed.recorder.behave(matter.matterId, {
        refreshDeadline: deadlines(
          () => ({ dueAt: inMs(500) }),
          () => ({ dueAt: inMs(600_000), warnAt: inMs(300_000) }),
        ),
      }),
  });
  await m.task('review');
  await eventually('overdue', async () => (await m.state()).warningLevel === 'RED');
  expect(
    await refusal(
      m.handle.executeUpdate(extendDeadline, { args: [{ actor: manager, workingDays: 11, reason: '需要专家评审' }] }),
    ),
  ).toEqual({
    code: 'EXTENSION_OUT_OF_RANGE',
    zh: '延长天数须为 1 至 10 个工作日',
    en: 'extension must be 1 to 10 working days',
  });
  const extended = await m.handle.executeUpdate(extendDeadline, {
    args: [{ actor: manager, workingDays: 10, reason: '需要专家评审' }],
  });
  expect(extended).toMatchObject({ warningLevel: 'NONE' });
  expect(Date.parse(extended.dueAt!)).toBeGreaterThan(Date.now() + 500_000);
  const calls = bed.recorder
    .of(m.matter.matterId)
    .map((c) => c.name)
    .filter((name) => name === 'recordExtension' || name === 'refreshDeadline');
  expect(calls).toEqual(['refreshDeadline', 'recordExtension', 'refreshDeadline']);
  expect(bed.recorder.of(m.matter.matterId, 'recordExtension')[0].input).toMatchObject({
    workingDays: 10,
    reason: '需要专家评审',
    actorId: manager.userId,
  });
  // no warnAt: already inside the warning window at acceptance
  expect(bed.recorder.of(m.matter.matterId, 'setWarning').map((c) => c.input.level)).toEqual(['YELLOW', 'RED', 'NONE']);
  expect(bed.recorder.eventTypes(m.matter.matterId)).toContain('deadline.extended');
  await m.handle.terminate();
});

test("an Update in the run's first workflow task (sent before any worker took the matter) waits for the procedure to begin, instead of ending it with no task", async () => {
  // no worker polls this queue yet: the start and the Update reach the worker together, in one activation
  const taskQueue = `${bed.taskQueue}-late`;
  const matter = matterFacts();
  const handle = await bed.env.client.workflow.start(procedureWorkflow, {
    workflowId: `matter-${matter.matterId}`,
    taskQueue,
    args: [{ matter, plan: onePlan() }],
  });
  const extension = handle.executeUpdate(extendDeadline, {
    args: [{ actor: manager, workingDays: 2, reason: '需要专家评审' }],
  });
  const worker = await Worker.create({
    connection: bed.env.nativeConnection,
    taskQueue,
    ...workflowCode(process.env.WORKFLOW_BUNDLE),
    activities: bed.recorder.activities(),
  });
  const state = await worker.runUntil(async () => {
    const extended = await extension;
    await eventually('the review task', async () => (await handle.query(getState)).tasks.length > 0);
    return { extended, now: await handle.query(getState) };
  });
  expect(state.extended.status).toBe('IN_PROGRESS');
  expect(state.now).toMatchObject({
    status: 'IN_PROGRESS',
    tasks: [expect.objectContaining({ nodeId: 'review', state: 'OPEN' })],
  });
  expect(bed.recorder.eventTypes(matter.matterId)).toEqual(
    expect.arrayContaining(['deadline.extended', 'task.opened']),
  );
  expect(bed.recorder.eventTypes(matter.matterId)).not.toContain('matter.completed');
  await handle.terminate();
});
