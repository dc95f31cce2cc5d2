import { claimTask, completeTask, deliverMessage, MESSAGE_AUTHORITY_ANSWER } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, eventually, startMatter } from './helpers';
import { plan } from './plans';

jest.setTimeout(40_000);

const bed = useWorkflowTestBed();

test('continue-as-new carries open tasks, timers, waits and counters, and no event or task is made twice', async () => {
  const p = plan()
    .start()
    .and('split')
    .task('review', { candidateDepartment: '$lead' })
    .boundary('remind', 'review', 3, false)
    .service('notify', 'notify')
    .task('approve', { candidateDepartment: '$lead' })
    .message('answer', MESSAGE_AUTHORITY_ANSWER)
    .timer('cooling', 4)
    .and('join')
    .end('reminded')
    .end()
    .chain('start', 'split')
    .chain('split', 'review', 'approve', 'join')
    .chain('split', 'answer', 'join')
    .chain('split', 'cooling', 'join')
    .chain('remind', 'notify', 'reminded')
    .chain('join', 'end')
    .build();
  const m = await startMatter(bed, p, { continueAsNewAfterEvents: 30 });
  const firstRun = m.handle.firstExecutionRunId;
  const review = await m.task('review');
  await m.handle.executeUpdate(claimTask, { args: [{ taskKey: review.taskKey, actor: approver }] });
  await eventually('a continued run', async () => (await m.handle.describe()).runId !== firstRun);

  // the continued run answers with the carried state and takes moves on the carried task
  const carried = await m.state();
  expect(carried.tasks).toEqual([
    expect.objectContaining({ taskKey: review.taskKey, state: 'CLAIMED', assigneeId: approver.userId }),
  ]);
  expect(carried.activeNodeIds.sort()).toEqual(['answer', 'cooling', 'review']);
  // timers armed before the hand-over fire at their instants in the new run
  await eventually(
    'the carried boundary timer',
    () => bed.recorder.eventTypes(m.matter.matterId).includes('service.notify'),
    10_000,
  );
  const afterReview = await m.handle.executeUpdate(completeTask, {
    args: [{ taskKey: review.taskKey, actor: approver, decision: 'approve' }],
  });
  const approve = afterReview.tasks.find((task) => task.nodeId === 'approve')!;
  expect(approve.tokenId).not.toBe(review.tokenId);
  await eventually(
    'the carried intermediate timer',
    async () => (await m.state()).activeNodeIds.includes('join'),
    10_000,
  );
  await m.handle.executeUpdate(deliverMessage, { args: [{ name: MESSAGE_AUTHORITY_ANSWER }] });
  await m.handle.executeUpdate(completeTask, {
    args: [{ taskKey: approve.taskKey, actor: approver, decision: 'approve' }],
  });
  expect(await m.handle.result()).toMatchObject({
    status: 'COMPLETED',
    decisions: { review: 'approve', approve: 'approve' },
  });

  const runs = [];
  for await (const run of bed.env.client.workflow.list({ query: `WorkflowId = '${m.handle.workflowId}'` }))
    runs.push(run.runId);
  expect(runs.length).toBeGreaterThanOrEqual(2);
  await keepHistory(m.handle, 'continued-run');

  const events = bed.recorder.of(m.matter.matterId, 'recordEvent').map((c) => c.input);
  expect(new Set(events.map((e) => e.eventKey)).size).toBe(events.length);
  expect(events.filter((e) => e.type === 'task.opened').map((e) => e.data.taskKey)).toEqual([
    review.taskKey,
    approve.taskKey,
  ]);
  expect(bed.recorder.of(m.matter.matterId, 'syncTask').map((c) => `${c.input.task.nodeId}:${c.input.status}`)).toEqual(
    ['review:OPEN', 'review:CLAIMED', 'approve:OPEN'],
  );
  // once at acceptance, once when the wait for the higher authority (a clock stop) ended: neither twice
  expect(bed.recorder.of(m.matter.matterId, 'refreshDeadline').map((c) => c.input.reasonEn)).toEqual([
    'accepted',
    "waiting for the higher authority's decision ended, clock restarted",
  ]);
  expect(bed.recorder.of(m.matter.matterId, 'runService')).toHaveLength(1);
  expect(bed.recorder.of(m.matter.matterId, 'resolveTimer')).toHaveLength(2);
});
