/**
 * Issue 24 part 2 in the interpreter: a step's opinion and typed values travel as a reference to their
 * StepSubmission row (only the values conditions read go along), and separation of duties (`distinctFrom`) is
 * refused by the claim, complete and transfer validators.
 */
import { claimTask, completeTask, transferTask } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, approver2, refusal, startMatter } from './helpers';
import { gte, plan } from './plans';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();
const lead = { candidateDepartment: '$lead', candidateRole: 'APPROVER' as const };

/** 审查 (a score and a free-text note; a required opinion) → score ≥ 60: 审批 by someone else; otherwise 退办. */
const reviewThenApprove = () =>
  plan()
    .start()
    .task('review', {
      ...lead,
      opinionRequired: true,
      formFields: [
        { key: 'score', label: '评分', type: 'number', required: true },
        { key: 'note', label: '勘察情况', type: 'text', required: true },
      ],
    })
    .xor('route', 'review->refused')
    .task('approve', { ...lead, stepKind: 'approve', distinctFrom: ['review'] })
    .end('done')
    .end('refused', 'REJECTED')
    .flow('start', 'review')
    .flow('review', 'route')
    .flow('route', 'approve', { condition: gte('form.score', 60) })
    .flow('route', 'refused', { id: 'review->refused' })
    .chain('approve', 'done')
    .build();

const submitted = { id: 'submission-1', filled: ['score', 'note'], opinion: true };

test('the compiler names the keys conditions read; a submission carries its id and only those values, and the history keeps the reference', async () => {
  const p = reviewThenApprove();
  expect(p.conditionFormKeys).toEqual(['score']);
  const m = await startMatter(bed, p);
  const review = await m.task('review');
  await m.handle.executeUpdate(claimTask, { args: [{ taskKey: review.taskKey, actor: approver }] });

  // the opinion is required: neither a submission with one nor a comment, refused
  const unsaid = { ...submitted, opinion: false };
  expect(
    await refusal(
      m.handle.executeUpdate(completeTask, {
        args: [
          {
            taskKey: review.taskKey,
            actor: approver,
            decision: 'approve',
            submission: unsaid,
            formData: { score: 70 },
          },
        ],
      }),
    ),
  ).toMatchObject({ code: 'OPINION_MISSING', zh: '请填写办理意见' });

  // 'note' is required and not in the Update: the submission says it is filled
  await m.handle.executeUpdate(completeTask, {
    args: [
      { taskKey: review.taskKey, actor: approver, decision: 'approve', submission: submitted, formData: { score: 70 } },
    ],
  });
  await m.task('approve');
  const state = await m.state();
  expect(state.form).toEqual({ score: 70 });
  const closed = bed.recorder.of(m.matter.matterId, 'closeTask')[0].input;
  expect(closed).toMatchObject({ status: 'COMPLETED', decision: 'approve', submissionId: 'submission-1' });
  expect(closed).not.toHaveProperty('comment');
  expect(closed).not.toHaveProperty('formData');
  const completedEvent = bed.recorder
    .of(m.matter.matterId, 'recordEvent')
    .map((c) => c.input)
    .find((e) => e.type === 'task.completed');
  expect(completedEvent?.data).toEqual({
    taskKey: review.taskKey,
    nodeId: 'review',
    decision: 'approve',
    submissionId: 'submission-1',
  });
});

test('separation of duties: who did 审查 cannot claim, complete or be handed 审批 (SEPARATION_OF_DUTIES, zh and en); a colleague can', async () => {
  const m = await startMatter(bed, reviewThenApprove());
  const review = await m.task('review');
  await m.handle.executeUpdate(completeTask, {
    args: [
      { taskKey: review.taskKey, actor: approver, decision: 'approve', submission: submitted, formData: { score: 90 } },
    ],
  });
  const approve = await m.task('approve');
  const expected = {
    code: 'SEPARATION_OF_DUTIES',
    zh: '“approve”须由未办理过“review”的人员办理',
    en: '"approve" must be done by someone who did not do "review" of this matter',
  };
  expect(
    await refusal(m.handle.executeUpdate(claimTask, { args: [{ taskKey: approve.taskKey, actor: approver }] })),
  ).toEqual(expected);
  expect(
    await refusal(
      m.handle.executeUpdate(completeTask, {
        args: [{ taskKey: approve.taskKey, actor: approver, decision: 'approve' }],
      }),
    ),
  ).toEqual(expected);
  expect(
    await refusal(
      m.handle.executeUpdate(transferTask, {
        args: [
          {
            taskKey: approve.taskKey,
            actor: approver2,
            toUserId: approver.userId,
            toDepartmentCode: 'LEAD',
            comment: '转给审查人',
          },
        ],
      }),
    ),
  ).toMatchObject({ code: 'SEPARATION_OF_DUTIES' });

  await m.handle.executeUpdate(claimTask, { args: [{ taskKey: approve.taskKey, actor: approver2 }] });
  await m.handle.executeUpdate(completeTask, {
    args: [{ taskKey: approve.taskKey, actor: approver2, decision: 'approve' }],
  });
  expect(await m.handle.result()).toMatchObject({
    status: 'COMPLETED',
    decisions: { review: 'approve', approve: 'approve' },
  });
  await keepHistory(m.handle, 'submissions-and-separation');
});
