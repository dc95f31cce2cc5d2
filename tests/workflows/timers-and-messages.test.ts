import { completeTask, deliverMessage, MESSAGE_AUTHORITY_ANSWER } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, eventually, manager, startMatter, type Started } from './helpers';
import { eq, plan } from './plans';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

const complete = (m: Started, taskKey: string, actor = approver, decision = 'approve') =>
  m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor, decision }] });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('an interrupting boundary timer cancels the task and sends the token out by the boundary', async () => {
  const p = plan()
    .start()
    .task('review', { candidateDepartment: '$lead' })
    .boundary('escalate', 'review', 1, true)
    .task('supervise', { candidateDepartment: 'ACC', candidateRole: 'MANAGER', stepKind: 'other' })
    .end('normal')
    .end('escalated')
    .chain('start', 'review', 'normal')
    .chain('escalate', 'supervise', 'escalated')
    .build();
  const m = await startMatter(bed, p);
  const review = await m.task('review');
  const supervise = await m.task('supervise');
  const state = await m.state();
  expect(state.tasks.map((task) => task.nodeId)).toEqual(['supervise']);
  expect(bed.recorder.of(m.matter.matterId, 'closeTask').map((c) => c.input)).toEqual([
    expect.objectContaining({ taskKey: review.taskKey, status: 'CANCELLED' }),
  ]);
  await complete(m, supervise.taskKey, manager, 'complete');
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  expect(state.completedNodeIds).toContain('escalate');
  await keepHistory(m.handle, 'interrupting-boundary-timer');
});

test('a non-interrupting boundary timer leaves the task open and sends a token out as well', async () => {
  const p = plan()
    .start()
    .task('review', { candidateDepartment: '$lead' })
    .boundary('remind', 'review', 1, false)
    .service('notify', 'notify', { template: 'reminder' })
    .end('done')
    .end('reminded')
    .chain('start', 'review', 'done')
    .chain('remind', 'notify', 'reminded')
    .build();
  const m = await startMatter(bed, p);
  const review = await m.task('review');
  await eventually('reminder', () => bed.recorder.eventTypes(m.matter.matterId).includes('service.notify'));
  expect(bed.recorder.of(m.matter.matterId, 'runService')[0].input.params).toEqual({ template: 'reminder' });
  expect((await m.state()).tasks).toEqual([expect.objectContaining({ taskKey: review.taskKey, state: 'OPEN' })]);
  await complete(m, review.taskKey);
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
});

test('a boundary timer is cancelled when its task ends first', async () => {
  const p = plan()
    .start()
    .task('review', { candidateDepartment: '$lead' })
    .boundary('escalate', 'review', 1, true)
    .task('next', { candidateDepartment: '$lead' })
    .end('done')
    .end('escalated')
    .chain('start', 'review', 'next', 'done')
    .chain('escalate', 'escalated')
    .build();
  const m = await startMatter(bed, p);
  await complete(m, (await m.task('review')).taskKey);
  await sleep(1800);
  const state = await m.state();
  expect(state.tasks.map((task) => task.nodeId)).toEqual(['next']);
  expect(state.completedNodeIds).not.toContain('escalate');
  expect(bed.recorder.eventTypes(m.matter.matterId)).not.toContain('timer.fired');
  await m.handle.terminate();
});

test('an intermediate timer holds the token until its instant', async () => {
  const p = plan().start().timer('wait', 2).end().chain('start', 'wait', 'end').build();
  const started = Date.now();
  const m = await startMatter(bed, p);
  await eventually('timer armed', async () => (await m.state()).activeNodeIds.includes('wait'));
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  const resolved = bed.recorder.of(m.matter.matterId, 'resolveTimer')[0];
  expect(resolved.input.timer).toEqual({ kind: 'duration', hours: 2 });
  expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
});

describe('message catch', () => {
  /** 上报件: report up, wait for the higher authority's answer, then branch on it. */
  const reportUp = () =>
    plan()
      .start()
      .task('report', { candidateDepartment: '$lead', stepKind: 'reportUp' })
      .message('answer', MESSAGE_AUTHORITY_ANSWER)
      .xor('route', 'no')
      .end('approved')
      .end('refused', 'REJECTED')
      .chain('start', 'report', 'answer', 'route')
      .flow('route', 'approved', { condition: eq('form.approved', true) })
      .flow('route', 'refused', { id: 'no' })
      .build();

  test('waits for the named message, whose payload conditions can read', async () => {
    const m = await startMatter(bed, reportUp());
    await complete(m, (await m.task('report')).taskKey);
    expect((await m.state()).activeNodeIds).toEqual(['answer']);
    await m.handle.executeUpdate(deliverMessage, { args: [{ name: 'somethingElse' }] });
    expect((await m.state()).activeNodeIds).toEqual(['answer']);
    await m.handle.executeUpdate(deliverMessage, {
      args: [{ name: MESSAGE_AUTHORITY_ANSWER, payload: { approved: true } }],
    });
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED', form: { approved: true } });
  });

  test('a message that arrives before anyone waits is kept for the catch event', async () => {
    const m = await startMatter(bed, reportUp());
    const report = await m.task('report');
    await m.handle.executeUpdate(deliverMessage, {
      args: [{ name: MESSAGE_AUTHORITY_ANSWER, payload: { approved: false } }],
    });
    await complete(m, report.taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'REJECTED' });
    await keepHistory(m.handle, 'early-message');
  });
});
