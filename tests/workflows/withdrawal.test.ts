import { startSuspension } from '../../workflows/clock-contract';
import { requestSupplement } from '../../workflows/procedure-contract';
import { withdrawMatter, type WithdrawalRequest } from '../../workflows/withdrawal-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, clerk, coActor, refusal, startMatter } from './helpers';
import { plan } from './plans';

jest.setTimeout(60_000);

const bed = useWorkflowTestBed();

/** Two departments at work in parallel, then a decision. */
const parallelPlan = () =>
  plan()
    .start()
    .and('split')
    .task('joint', { candidateDepartment: '$co', stepKind: 'joint' })
    .task('survey', { candidateDepartment: '$lead', stepKind: 'survey' })
    .and('join')
    .task('decide', { candidateDepartment: '$lead' })
    .end()
    .chain('start', 'split')
    .chain('split', 'joint', 'join')
    .chain('split', 'survey', 'join')
    .chain('join', 'decide', 'end')
    .build();

const signedRequest = { fileKey: 'k', name: '撤件申请书.pdf', mime: 'application/pdf', size: 10, sha256: 'h' };
const atWindow = (withdrawalId = 'w1'): WithdrawalRequest => ({
  withdrawalId,
  channel: 'WINDOW',
  reason: '申请人已另行办理',
  document: signedRequest,
});

test('撤件 at the window: every open task is cancelled, the 补正 pause closes, the matter ends WITHDRAWN', async () => {
  const m = await startMatter(bed, parallelPlan());
  await m.task('joint', 'CO1');
  await m.task('joint', 'CO2');
  const survey = await m.task('survey');
  await m.handle.executeUpdate(requestSupplement, {
    args: [{ taskKey: survey.taskKey, actor: approver, reason: '缺少现场照片', missing: ['现场照片'] }],
  });

  // refused before anything moves: no signed request, no clerk, no reason, an unknown channel
  const { document: _document, ...unsigned } = atWindow();
  expect(
    (await refusal(m.handle.executeUpdate(withdrawMatter, { args: [{ actor: clerk, request: unsigned }] }))).code,
  ).toBe('WITHDRAWAL_REQUEST_MISSING');
  expect((await refusal(m.handle.executeUpdate(withdrawMatter, { args: [{ request: atWindow() }] }))).code).toBe(
    'WITHDRAWAL_REQUEST_MISSING',
  );
  expect(
    await refusal(
      m.handle.executeUpdate(withdrawMatter, { args: [{ actor: clerk, request: { ...atWindow(), reason: ' ' } }] }),
    ),
  ).toEqual({ code: 'WITHDRAWAL_REASON_MISSING', zh: '撤件须写明理由', en: 'a withdrawal needs a reason' });
  expect(
    (
      await refusal(
        m.handle.executeUpdate(withdrawMatter, {
          args: [{ actor: clerk, request: { ...atWindow(), channel: 'MAIL' as 'WINDOW' } }],
        }),
      )
    ).code,
  ).toBe('WITHDRAWAL_CHANNEL_UNKNOWN');
  expect(bed.recorder.of(m.matter.matterId, 'recordWithdrawal')).toEqual([]);

  const state = await m.handle.executeUpdate(withdrawMatter, { args: [{ actor: clerk, request: atWindow() }] });
  expect(state).toMatchObject({ status: 'WITHDRAWN', tasks: [], activeNodeIds: [] });
  expect(state.suspendedSince).toBeUndefined();

  const id = m.matter.matterId;
  const cancelled = bed.recorder.of(id, 'closeTask').map((c) => c.input);
  expect(cancelled).toHaveLength(3);
  expect(cancelled.every((input) => input.status === 'CANCELLED' && input.actorId === clerk.userId)).toBe(true);
  const suspended = bed.recorder.of(id, 'suspend')[0].input;
  expect(bed.recorder.of(id, 'resume').map((c) => c.input.eventKey)).toEqual([suspended.eventKey]);
  const [recorded] = bed.recorder.of(id, 'recordWithdrawal').map((c) => c.input);
  expect(recorded).toMatchObject({
    withdrawalId: 'w1',
    channel: 'WINDOW',
    reason: '申请人已另行办理',
    document: signedRequest,
    actorId: clerk.userId,
  });
  expect(bed.recorder.of(id, 'setMatterStatus').map((c) => c.input)).toEqual([
    { matterId: id, status: 'SUSPENDED', reason: '缺少现场照片' },
    { matterId: id, status: 'WITHDRAWN', reason: '申请人已另行办理' },
  ]);
  const events = bed.recorder.of(id, 'recordEvent').map((c) => c.input);
  expect(events.filter((e) => e.type === 'task.cancelled')).toHaveLength(3);
  expect(events.at(-1)).toMatchObject({
    type: 'matter.withdrawn',
    actorId: clerk.userId,
    data: { withdrawalId: 'w1', channel: 'WINDOW', reason: '申请人已另行办理' },
  });
  expect(await m.handle.result()).toMatchObject({ status: 'WITHDRAWN' });
  await keepHistory(m.handle, 'withdrawn-at-window');
});

test('撤件 on the public page: no clerk, no signed request; an open stop of the clock closes with the matter', async () => {
  const m = await startMatter(bed, parallelPlan());
  await m.task('joint', 'CO1');
  await m.handle.executeUpdate(startSuspension, {
    args: [{ actor: coActor('LEAD'), kind: 'expertReview', reason: '组织专家评审' }],
  });
  const state = await m.handle.executeUpdate(withdrawMatter, {
    args: [{ request: { withdrawalId: 'w2', channel: 'PUBLIC', reason: '不再需要' } }],
  });
  expect(state).toMatchObject({ status: 'WITHDRAWN', clockStops: [] });
  const id = m.matter.matterId;
  const stop = bed.recorder.of(id, 'suspend')[0].input;
  expect(bed.recorder.of(id, 'resume').map((c) => c.input.eventKey)).toEqual([stop.eventKey]);
  expect(bed.recorder.of(id, 'recordWithdrawal')[0].input).toEqual({
    matterId: id,
    eventKey: expect.any(String),
    withdrawalId: 'w2',
    channel: 'PUBLIC',
    reason: '不再需要',
  });
  expect(bed.recorder.of(id, 'closeTask').every((c) => c.input.status === 'CANCELLED' && !c.input.actorId)).toBe(true);
  expect(await m.handle.result()).toMatchObject({ status: 'WITHDRAWN' });
  await keepHistory(m.handle, 'withdrawn-on-public-page');
});
