import {
  AUTHORITY_DECISION_FIELD,
  endSuspension,
  recordAuthorityAnswer,
  startSuspension,
  type AuthorityAnswer,
} from '../../workflows/clock-contract';
import {
  completeTask,
  deliverMessage,
  extendDeadline,
  MESSAGE_AUTHORITY_ANSWER,
} from '../../workflows/procedure-contract';
import type { DeadlineResult } from '../../activities/activity-types';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, manager, refusal, startMatter, type Started } from './helpers';
import { eq, plan } from './plans';

jest.setTimeout(60_000);

const bed = useWorkflowTestBed();

const onePlan = () =>
  plan().start().task('review', { candidateDepartment: '$lead' }).end().chain('start', 'review', 'end').build();
/** 上报件: a first review, report up, wait for the answer, then issue or refuse on its decision. */
const reportedPlan = () =>
  plan()
    .start()
    .task('review', { candidateDepartment: '$lead' })
    .service('report', 'reportUp')
    .message('answer', MESSAGE_AUTHORITY_ANSWER)
    .xor('route', 'refused-flow')
    .end('approved')
    .end('refused', 'REJECTED')
    .chain('start', 'review', 'report', 'answer', 'route')
    .flow('route', 'approved', { condition: eq(`form.${AUTHORITY_DECISION_FIELD}`, 'approve') })
    .flow('route', 'refused', { id: 'refused-flow' })
    .build();

const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const complete = (m: Started, taskKey: string) =>
  m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor: approver, decision: 'approve' }] });

/** A calendar stub answering each refreshDeadline with the next of the given deadlines (the last one repeats). */
function deadlines(...answers: Array<() => Partial<DeadlineResult>>) {
  let call = 0;
  return async (): Promise<DeadlineResult> => {
    const answer = answers[Math.min(call++, answers.length - 1)]();
    return { dueAt: inMs(86_400_000), dueDate: '2099-01-01', provisional: false, ...answer };
  };
}

const answerOf = (decision: 'approve' | 'refuse', answerId = 'a1'): AuthorityAnswer => ({
  answerId,
  authority: '县残联',
  answeredOn: '2026-12-01',
  decision,
  referenceNo: '县残〔2026〕12号',
  document: { fileKey: 'k', name: '批复.pdf', mime: 'application/pdf', size: 10, sha256: 'h' },
});

describe('行政许可法第四十五条: suspensions started and ended by staff', () => {
  test('a hearing stops the clock (no overdue mark while it lasts) but not the work; its end restarts it', async () => {
    let firstDueMs = 0;
    const m = await startMatter(bed, onePlan(), {
      before: (matter) =>
        bed.recorder.behave(matter.matterId, {
          refreshDeadline: deadlines(
            () => {
              firstDueMs = Date.now() + 5000;
              return { dueAt: new Date(firstDueMs).toISOString() };
            },
            () => ({ dueAt: inMs(600_000), warnAt: inMs(300_000) }),
          ),
        }),
    });
    const review = await m.task('review');
    expect(
      await refusal(
        m.handle.executeUpdate(startSuspension, { args: [{ actor: approver, kind: 'hearing', reason: ' ' }] }),
      ),
    ).toMatchObject({ code: 'SUSPENSION_REASON_MISSING' });
    expect(
      await refusal(
        m.handle.executeUpdate(startSuspension, {
          args: [{ actor: approver, kind: 'lunchBreak' as never, reason: '午休' }],
        }),
      ),
    ).toMatchObject({ code: 'SUSPENSION_KIND_UNKNOWN' });
    expect(
      await refusal(m.handle.executeUpdate(endSuspension, { args: [{ actor: approver, kind: 'hearing' }] })),
    ).toEqual({
      code: 'SUSPENSION_NOT_OPEN',
      zh: '没有进行中的听证暂停，不能结束',
      en: 'there is no open hearing suspension to end',
    });

    const stopped = await m.handle.executeUpdate(startSuspension, {
      args: [{ actor: approver, kind: 'hearing', reason: '申请人要求听证' }],
    });
    expect(stopped).toMatchObject({
      status: 'IN_PROGRESS',
      clockStops: [expect.objectContaining({ kind: 'hearing' })],
    });
    const [suspend] = bed.recorder.of(m.matter.matterId, 'suspend');
    expect(suspend.input).toMatchObject({ kind: 'hearing', reason: '申请人要求听证', holdTasks: false });
    const second = await refusal(
      m.handle.executeUpdate(startSuspension, { args: [{ actor: approver, kind: 'hearing', reason: '再次听证' }] }),
    );
    expect(second.code).toBe('SUSPENSION_ALREADY_OPEN');
    expect(second.zh).toMatch(/^听证已于 \d{4}-\d{2}-\d{2} 开始暂停计时，尚未结束，不能重复开始$/);
    // another kind may run beside it (an inspection during the hearing)
    await m.handle.executeUpdate(startSuspension, { args: [{ actor: approver, kind: 'inspection', reason: '送检' }] });

    // past the first due time: no overdue mark while the clock is stopped
    await sleep(Math.max(0, firstDueMs - Date.now()) + 1000);
    expect(bed.recorder.of(m.matter.matterId, 'setWarning').map((c) => c.input.level)).not.toContain('RED');

    const resumed = await m.handle.executeUpdate(endSuspension, {
      args: [{ actor: manager, kind: 'hearing', note: '听证结束' }],
    });
    expect(resumed.clockStops).toEqual([expect.objectContaining({ kind: 'inspection' })]);
    expect(bed.recorder.of(m.matter.matterId, 'resume')[0].input).toMatchObject({
      eventKey: suspend.input.eventKey,
      releaseTasks: false,
    });
    expect(bed.recorder.of(m.matter.matterId, 'refreshDeadline').map((c) => c.input.reasonEn)).toEqual([
      'accepted',
      'hearing ended, clock restarted',
    ]);
    // the work went on all the while; the procedure's end closes the inspection still open
    await complete(m, review.taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED', clockStops: [] });
    expect(bed.recorder.of(m.matter.matterId, 'resume')).toHaveLength(2);
    expect(bed.recorder.eventTypes(m.matter.matterId)).toEqual(
      expect.arrayContaining(['clock.stopped', 'clock.resumed', 'matter.completed']),
    );
    expect(bed.recorder.of(m.matter.matterId, 'syncTask').map((c) => c.input.status)).not.toContain('SUSPENDED');
    await keepHistory(m.handle, 'art45-suspensions');
  });
});

test('延长 once (Licensing Law art. 42): a second extension is refused by the workflow', async () => {
  const m = await startMatter(bed, onePlan());
  const review = await m.task('review');
  await m.handle.executeUpdate(extendDeadline, {
    args: [{ actor: manager, workingDays: 5, reason: '需要专家评审', requestId: 'r1' }],
  });
  expect(bed.recorder.of(m.matter.matterId, 'recordExtension')[0].input).toMatchObject({
    workingDays: 5,
    requestId: 'r1',
  });
  expect(
    await refusal(
      m.handle.executeUpdate(extendDeadline, { args: [{ actor: manager, workingDays: 1, reason: '再次延长' }] }),
    ),
  ).toEqual({
    code: 'EXTENSION_ALREADY_GRANTED',
    zh: '办理期限已延长过一次，依法不得再次延长（行政许可法第四十二条）',
    en: 'the time limit has already been extended once: Licensing Law art. 42 allows one extension',
  });
  expect(bed.recorder.of(m.matter.matterId, 'recordExtension')).toHaveLength(1);
  await complete(m, review.taskKey);
  await m.handle.result();
  await keepHistory(m.handle, 'one-extension');
});

describe('上报件: the wait for the higher authority', () => {
  test('stops the clock until the recorded answer, whose decision the plan reads', async () => {
    const m = await startMatter(bed, reportedPlan());
    const review = await m.task('review');
    // nothing waits for the answer yet: refused before anything is written
    expect(
      await refusal(
        m.handle.executeUpdate(recordAuthorityAnswer, { args: [{ actor: approver, answer: answerOf('approve') }] }),
      ),
    ).toMatchObject({ code: 'NOT_AWAITING_ANSWER', zh: '该办件当前不在等待上级机关答复' });
    await complete(m, review.taskKey);
    const waiting = await eventuallyState(m, (s) => s.awaitingMessages?.includes(MESSAGE_AUTHORITY_ANSWER));
    expect(waiting.clockStops).toEqual([expect.objectContaining({ kind: 'higherAuthority' })]);
    expect(bed.recorder.of(m.matter.matterId, 'suspend')[0].input).toMatchObject({
      kind: 'higherAuthority',
      holdTasks: false,
    });
    expect(
      await refusal(
        m.handle.executeUpdate(recordAuthorityAnswer, {
          args: [{ actor: approver, answer: { ...answerOf('approve'), decision: 'maybe' as never } }],
        }),
      ),
    ).toMatchObject({ code: 'ANSWER_DECISION_UNKNOWN' });

    await m.handle.executeUpdate(recordAuthorityAnswer, { args: [{ actor: approver, answer: answerOf('approve') }] });
    expect(await m.handle.result()).toMatchObject({
      status: 'COMPLETED',
      clockStops: [],
      form: { [AUTHORITY_DECISION_FIELD]: 'approve' },
    });
    expect(bed.recorder.of(m.matter.matterId, 'recordAuthorityAnswer')[0].input).toMatchObject({
      answerId: 'a1',
      decision: 'approve',
      referenceNo: '县残〔2026〕12号',
      actorId: approver.userId,
    });
    const resume = bed.recorder.of(m.matter.matterId, 'resume')[0];
    expect(resume.input.eventKey).toBe(bed.recorder.of(m.matter.matterId, 'suspend')[0].input.eventKey);
    expect(bed.recorder.of(m.matter.matterId, 'refreshDeadline').map((c) => c.input.reasonEn)).toContain(
      "waiting for the higher authority's decision ended, clock restarted",
    );
    expect(bed.recorder.eventTypes(m.matter.matterId)).toEqual(
      expect.arrayContaining(['clock.stopped', 'authority.answered', 'clock.resumed']),
    );
    await keepHistory(m.handle, 'report-up-answer');
  });

  test('a refusal ends the matter REJECTED with the authority and its reference number as the reason', async () => {
    const m = await startMatter(bed, reportedPlan());
    await complete(m, (await m.task('review')).taskKey);
    await eventuallyState(m, (s) => s.awaitingMessages?.includes(MESSAGE_AUTHORITY_ANSWER));
    await m.handle.executeUpdate(recordAuthorityAnswer, { args: [{ actor: approver, answer: answerOf('refuse') }] });
    expect(await m.handle.result()).toMatchObject({ status: 'REJECTED' });
    expect(bed.recorder.of(m.matter.matterId, 'setMatterStatus').at(-1)!.input).toMatchObject({
      status: 'REJECTED',
      reason: '县残联不予批准（县残〔2026〕12号）',
    });
  });

  test('the plain message (as tools send it) also restarts the clock', async () => {
    const m = await startMatter(bed, reportedPlan());
    await complete(m, (await m.task('review')).taskKey);
    await eventuallyState(m, (s) => (s.clockStops?.length ?? 0) > 0);
    await m.handle.executeUpdate(deliverMessage, {
      args: [{ name: MESSAGE_AUTHORITY_ANSWER, payload: { [AUTHORITY_DECISION_FIELD]: 'approve' } }],
    });
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED', clockStops: [] });
    expect(bed.recorder.of(m.matter.matterId, 'resume')).toHaveLength(1);
  });
});

async function eventuallyState(m: Started, holds: (s: Awaited<ReturnType<Started['state']>>) => unknown) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const state = await m.state();
    if (holds(state)) return state;
    if (Date.now() > deadline) throw new Error(`state never held: ${JSON.stringify(state)}`);
    await sleep(100);
  }
}
