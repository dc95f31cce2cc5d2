import {
  claimTask,
  completeTask,
  getState,
  returnTask,
  transferTask,
  unclaimTask,
  type CompleteTaskInput,
} from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, approver2, clerk, eventually, failureMessage, refusal, startMatter } from './helpers';
import { plan } from './plans';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

/** 受理 by the accepting window, then 审批 by the lead department's approver. */
const twoSteps = () =>
  plan()
    .start()
    .task('receive', { candidateDepartment: '$accepting', candidateRole: 'CLERK', stepKind: 'receive' })
    .task('approve', {
      candidateDepartment: '$lead',
      candidateRole: 'APPROVER',
      stepKind: 'approve',
      timeLimitDays: 2,
      formFields: [{ key: 'opinion', label: '审批意见', type: 'text', required: true }],
    })
    .end('done')
    .chain('start', 'receive', 'approve', 'done')
    .build();

test('a linear procedure runs two user tasks through updates and completes', async () => {
  const m = await startMatter(bed, twoSteps());
  const receive = await m.task('receive');
  expect(receive).toMatchObject({
    taskKey: `matter-${m.matter.matterId}/${receive.tokenId}`,
    candidateDepartmentCode: 'ACC',
    candidateRole: 'CLERK',
    state: 'OPEN',
  });

  const claimed = await m.handle.executeUpdate(claimTask, { args: [{ taskKey: receive.taskKey, actor: clerk }] });
  expect(claimed.tasks[0]).toMatchObject({ state: 'CLAIMED', assigneeId: clerk.userId });
  const afterReceive = await m.handle.executeUpdate(completeTask, {
    args: [{ taskKey: receive.taskKey, actor: clerk, decision: 'complete' }],
  });
  // the update answers after the next step's row is written
  const approve = afterReceive.tasks.find((task) => task.nodeId === 'approve')!;
  expect(approve).toMatchObject({ candidateDepartmentCode: 'LEAD', candidateRole: 'APPROVER' });
  expect(Date.parse(approve.dueAt!) - Date.parse(approve.createdAt)).toBe(2 * 24 * 3600 * 1000); // stub stepDueAt: 2 working days
  expect(approve.taskKey).not.toBe(receive.taskKey);

  await m.handle.executeUpdate(completeTask, {
    args: [{ taskKey: approve.taskKey, actor: approver, decision: 'approve', formData: { opinion: '同意' } }],
  });
  const final = await m.handle.result();
  expect(final).toMatchObject({
    status: 'COMPLETED',
    tasks: [],
    decisions: { receive: 'complete', approve: 'approve' },
    lastDecision: 'approve',
    form: { opinion: '同意' },
  });
  expect(final.completedNodeIds).toEqual(['start', 'receive', 'approve', 'done']);

  const rec = bed.recorder;
  expect(rec.of(m.matter.matterId, 'refreshDeadline')[0].input).toMatchObject({
    reasonZh: '受理',
    reasonEn: 'accepted',
  });
  expect(rec.of(m.matter.matterId, 'syncTask').map((c) => c.input.status)).toEqual(['OPEN', 'CLAIMED', 'OPEN']);
  expect(rec.of(m.matter.matterId, 'closeTask').map((c) => c.input.status)).toEqual(['COMPLETED', 'COMPLETED']);
  expect(rec.of(m.matter.matterId, 'setMatterStatus').map((c) => c.input.status)).toEqual(['COMPLETED']);
  expect(rec.eventTypes(m.matter.matterId)).toEqual([
    'task.opened',
    'task.claimed',
    'task.completed',
    'task.opened',
    'task.completed',
    'matter.completed',
  ]);
  const keys = rec.of(m.matter.matterId, 'recordEvent').map((c) => c.input.eventKey);
  expect(new Set(keys).size).toBe(keys.length);
  // a person's step writes through local activities (STEP_WRITES_LOCAL), recorded as markers in the Update's own
  // workflow task; only the first task, opened as the matter started, is a scheduled activity
  const { events } = await m.handle.fetchHistory();
  const scheduled = events!.flatMap((e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? []);
  const local = events!.flatMap((e) => {
    const marker = e.markerRecordedEventAttributes;
    if (marker?.markerName !== 'core_local_activity') return [];
    return [JSON.parse(Buffer.from(marker.details!.data!.payloads![0].data!).toString()).activity_type as string];
  });
  expect(scheduled.filter((name) => name === 'syncTask')).toHaveLength(1);
  expect(scheduled).not.toContain('closeTask');
  expect(local.filter((name) => name === 'syncTask')).toHaveLength(2);
  expect(local.filter((name) => name === 'closeTask')).toHaveLength(2);
  await keepHistory(m.handle, 'linear-two-steps');
});

test('validators reject illegal moves with a code and the reason in Chinese and English', async () => {
  const m = await startMatter(bed, twoSteps());
  const receive = await m.task('receive');
  const complete = (args: CompleteTaskInput) => m.handle.executeUpdate(completeTask, { args: [args] });

  expect(await refusal(m.handle.executeUpdate(claimTask, { args: [{ taskKey: 'nope', actor: clerk }] }))).toEqual({
    code: 'TASK_NOT_FOUND',
    zh: '任务不存在',
    en: 'task not found',
  });
  expect(
    await refusal(
      m.handle.executeUpdate(claimTask, {
        args: [{ taskKey: receive.taskKey, actor: { ...clerk, departmentCode: 'OTHER' } }],
      }),
    ),
  ).toEqual({
    code: 'NOT_CANDIDATE_DEPARTMENT',
    zh: '不是该任务的候选部门',
    en: 'actor is not in the candidate department',
  });
  // ADMIN is not a bypass
  expect(
    await refusal(
      m.handle.executeUpdate(claimTask, {
        args: [{ taskKey: receive.taskKey, actor: { ...clerk, roles: ['ADMIN'] } }],
      }),
    ),
  ).toEqual({ code: 'NOT_CANDIDATE_ROLE', zh: '不具备该任务要求的角色', en: 'actor lacks the candidate role' });

  await m.handle.executeUpdate(claimTask, { args: [{ taskKey: receive.taskKey, actor: clerk }] });
  const colleague = { ...clerk, userId: 'u-clerk-2' };
  expect(await refusal(complete({ taskKey: receive.taskKey, actor: colleague, decision: 'complete' }))).toEqual({
    code: 'CLAIMED_BY_ANOTHER',
    zh: '任务已由他人认领',
    en: 'task is claimed by someone else',
  });
  expect(
    await refusal(m.handle.executeUpdate(unclaimTask, { args: [{ taskKey: receive.taskKey, actor: colleague }] })),
  ).toEqual({ code: 'CLAIMED_BY_ANOTHER', zh: '任务已由他人认领', en: 'task is claimed by someone else' });
  expect(
    await refusal(m.handle.executeUpdate(claimTask, { args: [{ taskKey: receive.taskKey, actor: colleague }] })),
  ).toEqual({ code: 'ALREADY_CLAIMED', zh: '任务已被认领', en: 'task already claimed' });
  expect(await refusal(complete({ taskKey: receive.taskKey, actor: clerk, decision: 'maybe' }))).toEqual({
    code: 'DECISION_UNKNOWN',
    zh: '办理结论无效：maybe',
    en: 'unknown decision: maybe (allowed: approve, reject, complete)',
  });
  expect(await refusal(complete({ taskKey: receive.taskKey, actor: clerk, decision: '' }))).toEqual({
    code: 'DECISION_MISSING',
    zh: '缺少办理结论',
    en: 'decision missing',
  });

  await m.handle.executeUpdate(unclaimTask, { args: [{ taskKey: receive.taskKey, actor: clerk }] });
  await complete({ taskKey: receive.taskKey, actor: colleague, decision: 'complete' });
  const approve = await m.task('approve');
  expect(
    await refusal(
      complete({ taskKey: approve.taskKey, actor: approver, decision: 'approve', formData: { opinion: ' ' } }),
    ),
  ).toEqual({ code: 'FORM_FIELDS_MISSING', zh: '缺少必填项：opinion', en: 'required form fields missing: opinion' });
  // nothing rejected left a trace: the task is still open and unclaimed
  expect((await m.state()).tasks).toEqual([expect.objectContaining({ nodeId: 'approve', state: 'OPEN' })]);

  await complete({
    taskKey: approve.taskKey,
    actor: approver,
    decision: 'reject',
    formData: { opinion: '不符合条件' },
  });
  await m.handle.result();
  // the workflow has closed: the server refuses before any validator runs
  const afterEnd = await failureMessage(
    m.handle.executeUpdate(claimTask, { args: [{ taskKey: approve.taskKey, actor: approver }] }),
  );
  expect(afterEnd).toMatch(/completed|finished|办结/i);
});

test('退回 re-opens an earlier step as a new task; a return target must be on the path', async () => {
  const m = await startMatter(bed, twoSteps());
  const receive = await m.task('receive');
  await m.handle.executeUpdate(completeTask, {
    args: [{ taskKey: receive.taskKey, actor: clerk, decision: 'complete' }],
  });
  const approve = await m.task('approve');
  expect(
    await refusal(
      m.handle.executeUpdate(returnTask, {
        args: [{ taskKey: approve.taskKey, actor: approver, toNodeId: 'approve', comment: '重新审' }],
      }),
    ),
  ).toEqual({
    code: 'RETURN_TARGET_NOT_ON_PATH',
    zh: '退回目标不是本任务之前经过的环节',
    en: 'return target is not an earlier user task on the path',
  });
  expect(
    await refusal(
      m.handle.executeUpdate(returnTask, {
        args: [{ taskKey: approve.taskKey, actor: approver, toNodeId: 'receive', comment: '' }],
      }),
    ),
  ).toEqual({ code: 'RETURN_REASON_MISSING', zh: '退回须说明理由', en: 'a return needs a reason' });

  const returned = await m.handle.executeUpdate(returnTask, {
    args: [{ taskKey: approve.taskKey, actor: approver, toNodeId: 'receive', comment: '材料需重新核对' }],
  });
  expect(returned.tasks).toEqual([expect.objectContaining({ nodeId: 'receive', state: 'OPEN' })]);
  const again = returned.tasks[0];
  expect(again.taskKey).not.toBe(receive.taskKey);
  expect(bed.recorder.of(m.matter.matterId, 'closeTask').at(-1)!.input).toMatchObject({
    taskKey: approve.taskKey,
    status: 'CANCELLED',
    comment: '材料需重新核对',
  });
  expect(bed.recorder.eventTypes(m.matter.matterId)).toContain('task.returned');
  // the re-opened step has no earlier step to return to
  expect(
    await refusal(
      m.handle.executeUpdate(returnTask, {
        args: [{ taskKey: again.taskKey, actor: clerk, toNodeId: 'receive', comment: 'x' }],
      }),
    ),
  ).toEqual({
    code: 'RETURN_TARGET_NOT_ON_PATH',
    zh: '退回目标不是本任务之前经过的环节',
    en: 'return target is not an earlier user task on the path',
  });
  await m.handle.terminate();
  await keepHistory(m.handle, 'return-to-earlier-step');
});

test('转办 moves a task to another department or hands it to a user', async () => {
  const m = await startMatter(bed, twoSteps());
  const receive = await m.task('receive');
  expect(
    await refusal(
      m.handle.executeUpdate(transferTask, { args: [{ taskKey: receive.taskKey, actor: clerk, comment: '?' }] }),
    ),
  ).toEqual({
    code: 'TRANSFER_TARGET_MISSING',
    zh: '须指定转办部门或人员',
    en: 'a transfer needs a department or a user',
  });
  const moved = await m.handle.executeUpdate(transferTask, {
    args: [{ taskKey: receive.taskKey, actor: clerk, toDepartmentCode: 'LEAD', comment: '转牵头部门' }],
  });
  expect(moved.tasks[0]).toMatchObject({ candidateDepartmentCode: 'LEAD', state: 'OPEN' });
  const lead = { ...approver, roles: ['CLERK' as const] };
  const handed = await m.handle.executeUpdate(transferTask, {
    args: [{ taskKey: receive.taskKey, actor: lead, toUserId: approver2.userId, comment: '交丙办理' }],
  });
  expect(handed.tasks[0]).toMatchObject({ assigneeId: approver2.userId, state: 'CLAIMED' });
  expect(bed.recorder.of(m.matter.matterId, 'syncTask').at(-1)!.input).toMatchObject({ status: 'CLAIMED' });
  expect(bed.recorder.eventTypes(m.matter.matterId).filter((t) => t === 'task.transferred')).toHaveLength(2);
  expect((await m.handle.query(getState)).status).toBe('IN_PROGRESS');
  await eventually('search attributes', async () => {
    const { typedSearchAttributes } = await m.handle.describe();
    return JSON.stringify(typedSearchAttributes).includes('LEAD');
  });
  await m.handle.terminate();
});
