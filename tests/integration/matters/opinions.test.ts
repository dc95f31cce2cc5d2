/**
 * 办理意见 are the case record (issue 24, part 2): what each step's handler decided and wrote is kept in PostgreSQL
 * (never in a Temporal history), shown on the matter and on the closed task, printed as the 审批表; 审批 is done by
 * someone other than who did 审查 and 现场勘察; the approver may reveal the applicant where the step needs it.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { testDb } from '../../support/db';
import {
  acceptMatter,
  as,
  backOfficeTask,
  matterDetail,
  openTasks,
  waitFor,
  work,
  type TaskRow,
} from '../../support/matters';
import { FORM_TEXT_MARKER, leaksInLogs, leaksInTemporal } from '../../support/pii-scan';

jest.setTimeout(180_000);
const db = testDb();
afterAll(() => db.$disconnect());

const typed = (text: string) => `${text} ${FORM_TEXT_MARKER}`;

interface StepRecord {
  taskId: string;
  name: string;
  handlerName: string | null;
  completedAt: string;
  decision: string | null;
  opinionLabel: string;
  opinion: string | null;
  values: Array<{ key: string; label: string; value: unknown }>;
  legalBasis: string | null;
}

/** The open task of the matter at the named step, once it is there. */
const openStep = (matterId: string, name: string) =>
  waitFor(`the ${name} step`, async () => (await openTasks(matterId)).find((t) => t.name === name));

/** 受理 → 审查 (民政办 minzheng) → 现场勘察 (minzheng): the matter waits at 审批. */
async function matterAtApproval() {
  const matter = await acceptMatter('MZ-001');
  const review = await backOfficeTask(matter.id);
  expect(review.name).toBe('审查');
  await work(review, 'approve', {});
  const survey = await openStep(matter.id, '现场勘察');
  return { matter, review, survey };
}

const claim = async (username: string, task: TaskRow) => (await as(username)).post(`/tasks/${task.id}/claim`);

describe('opinions kept', () => {
  test('every completed step shows who, when, the decision, the opinion and every value, on the matter and on the closed task; the 审批表 prints them; no history holds the typed text', async () => {
    const { matter, review, survey } = await matterAtApproval();
    const minzheng = await as('minzheng');
    expect((await claim('minzheng', survey)).status).toBe(200);
    const surveyed = await minzheng.post(`/tasks/${survey.id}/complete`, {
      decision: 'complete',
      comment: typed('房屋为砖混结构，家庭成员四人'),
      formData: { surveyDate: '2026-12-07', conclusion: '符合条件' },
    });
    expect(surveyed.status).toBe(200);

    const approval = await openStep(matter.id, '审批');
    const head = await as('minzheng-head');
    expect((await claim('minzheng-head', approval)).status).toBe(200);
    const form = (await head.get(`/tasks/${approval.id}`)).body;
    expect(form).toMatchObject({ opinionLabel: '审批意见', opinionRequired: true, record: null });
    expect(form.formFields.map((f: { key: string }) => f.key)).toEqual(['legalBasis']);
    const approved = await head.request(
      'POST',
      `/tasks/${approval.id}/complete`,
      {
        decision: 'approve',
        comment: typed('经审查符合低保条件，同意'),
        formData: { legalBasis: typed('《社会救助暂行办法》第九条') },
      },
      { 'idempotency-key': `k-${randomUUID()}` },
    );
    expect(approved.status).toBe(200);

    const detail = await matterDetail(matter.id);
    const steps = detail.steps as StepRecord[];
    expect(steps.map((s) => s.name)).toEqual(['受理', '审查', '现场勘察', '审批']);
    const byName = Object.fromEntries(steps.map((s) => [s.name, s]));
    expect(byName['现场勘察']).toMatchObject({
      handlerName: '张民政',
      decision: 'complete',
      opinionLabel: '勘察情况',
      opinion: typed('房屋为砖混结构，家庭成员四人'),
      values: [
        { key: 'surveyDate', label: '勘察日期', value: '2026-12-07' },
        { key: 'conclusion', label: '勘察结论', value: '符合条件' },
      ],
      legalBasis: null,
    });
    expect(byName['审批']).toMatchObject({
      handlerName: '林民政',
      decision: 'approve',
      opinionLabel: '审批意见',
      opinion: typed('经审查符合低保条件，同意'),
      legalBasis: typed('《社会救助暂行办法》第九条'),
    });
    // 审查 decided without citing a basis: the item's own (its guide's) stands
    expect(byName['审查'].legalBasis).toBeTruthy();
    expect(Date.parse(byName['审批'].completedAt)).toBeGreaterThanOrEqual(Date.parse(byName['审查'].completedAt));

    // reopening a completed task shows what was decided and written there, read-only
    const closed = (await minzheng.get(`/tasks/${survey.id}`)).body;
    expect(closed.status).toBe('COMPLETED');
    expect(closed.record).toMatchObject({ taskId: survey.id, opinion: typed('房屋为砖混结构，家庭成员四人') });
    expect((await minzheng.get(`/tasks/${review.id}`)).body.record).toMatchObject({ decision: 'approve' });

    // 审批表: the centre, the item, the applicant masked, each step with handler, time, decision, opinion, basis
    const sheet = await head.get(`/matters/${matter.id}/approval-form`);
    expect(sheet.status).toBe(200);
    expect(sheet.body).toMatchObject({ receiptNo: matter.receiptNo, itemCode: 'MZ-001', applicantName: '张*' });
    expect(sheet.body.applicantIdMasked).toMatch(/\*/);
    expect(sheet.body.steps.map((s: StepRecord) => [s.name, s.handlerName, s.decision])).toEqual([
      ['受理', '王窗口', 'complete'],
      ['审查', '张民政', 'approve'],
      ['现场勘察', '张民政', 'complete'],
      ['审批', '林民政', 'approve'],
    ]);
    expect((await (await as('canlian')).get(`/matters/${matter.id}/approval-form`)).status).toBe(403);

    // typed text went to PostgreSQL only: the submissions hold it, the workflow's history does not
    const { workflowId } = await db.matter.findUniqueOrThrow({ where: { id: matter.id } });
    const rows = await db.stepSubmission.findMany({ where: { matterId: matter.id } });
    expect(rows.filter((r) => JSON.stringify(r).includes(FORM_TEXT_MARKER))).toHaveLength(2);
    expect(await leaksInTemporal(process.env.TEMPORAL_ADDRESS!, process.env.TEMPORAL_NAMESPACE, [workflowId])).toEqual(
      [],
    );
    const logs = leaksInLogs(path.join(process.env.DATA_DIR!, 'logs'));
    expect(logs.filter((l) => l.ids.includes(FORM_TEXT_MARKER))).toEqual([]);
  });

  test('a retried completion (same Idempotency-Key) keeps one submission; bad values are a 400 and store nothing; a missing opinion is refused by the workflow and leaves nothing behind', async () => {
    const { matter, survey } = await matterAtApproval();
    const minzheng = await as('minzheng');
    expect((await claim('minzheng', survey)).status).toBe(200);
    const bad = await minzheng.post(`/tasks/${survey.id}/complete`, {
      decision: 'complete',
      comment: '勘察完毕',
      formData: { surveyDate: '7/12/2026', conclusion: '也许', size: 3 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('勘察日期：应为日期');
    expect(bad.body.error.message).toContain('表单没有字段 size');
    expect(bad.body.error.messageEn).toContain('surveyDate: expected a date');
    const unsaid = await minzheng.post(`/tasks/${survey.id}/complete`, {
      decision: 'complete',
      formData: { surveyDate: '2026-12-07', conclusion: '符合条件' },
    });
    expect(unsaid.status).toBe(409);
    expect(unsaid.body.error).toMatchObject({ message: '请填写勘察情况', details: { code: 'OPINION_MISSING' } });
    expect(await db.stepSubmission.count({ where: { taskKey: survey.taskKey } })).toBe(0);

    const key = `k-${randomUUID()}`;
    const send = () =>
      minzheng.request(
        'POST',
        `/tasks/${survey.id}/complete`,
        { decision: 'complete', comment: '勘察完毕', formData: { surveyDate: '2026-12-07', conclusion: '符合条件' } },
        { 'idempotency-key': key },
      );
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const kept = await db.stepSubmission.findMany({ where: { taskKey: survey.taskKey } });
    expect(kept).toHaveLength(1);
    const row = await db.task.findUniqueOrThrow({ where: { id: survey.id } });
    expect(row).toMatchObject({ submissionId: kept[0].id, comment: '勘察完毕', decision: 'complete' });
    expect(row.formData).toEqual({ surveyDate: '2026-12-07', conclusion: '符合条件' });
    expect((await matterDetail(matter.id)).steps.filter((s: StepRecord) => s.name === '现场勘察')).toHaveLength(1);
  });

  test('separation of duties: whoever did 审查 or 现场勘察 cannot claim or complete 审批 (409, in Chinese and English); the head of approvals can', async () => {
    const { matter, survey } = await matterAtApproval();
    await work(survey);
    const approval = await openStep(matter.id, '审批');
    const refused = await claim('minzheng', approval);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({
      code: 'ILLEGAL_TRANSITION',
      message: '“审批”须由未办理过“审查”“现场勘察”的人员办理',
      messageEn: '"审批" must be done by someone who did not do "审查", "现场勘察" of this matter',
      details: { code: 'SEPARATION_OF_DUTIES' },
    });
    // handed to them by a manager (督办) it is refused the same way
    const manager = await as('manager');
    const minzhengId = (await (await as('minzheng')).get('/auth/me')).body.id;
    const reassigned = await manager.post('/tasks/reassign', { taskIds: [approval.id], toUserId: minzhengId });
    expect(reassigned.status).toBe(409);
    expect(reassigned.body.error.details).toEqual({ code: 'SEPARATION_OF_DUTIES' });
    expect((await claim('minzheng-head', approval)).status).toBe(200);
    await work(approval, 'approve');
    await waitFor('the 送达 step', async () => (await openTasks(matter.id)).find((t) => t.name === '送达'));
  });

  test("the approver at a step that needs the applicant's identity reveals the full name and ID number, audited; a colleague not on such a step cannot", async () => {
    const { matter, survey } = await matterAtApproval();
    await work(survey);
    const approval = await openStep(matter.id, '审批');
    const head = await as('minzheng-head');
    const colleague = await as('minzheng2');
    // offered to 民政办's approvers at a step that needs the identity: they may look before claiming
    expect((await matterDetail(matter.id, 'minzheng2')).canReveal).toBe(true);
    expect((await claim('minzheng-head', approval)).status).toBe(200);
    expect((await matterDetail(matter.id, 'minzheng2')).canReveal).toBe(false);
    const denied = await colleague.post(`/matters/${matter.id}/reveal`);
    expect(denied.status).toBe(403);

    const task = (await head.get(`/tasks/${approval.id}`)).body;
    expect(task.matter.canReveal).toBe(true);
    const revealed = await head.post(`/matters/${matter.id}/reveal`);
    expect(revealed.status).toBe(200);
    const row = await db.matter.findUniqueOrThrow({ where: { id: matter.id } });
    expect(revealed.body).toMatchObject({ applicantName: row.applicantName, phone: null });
    expect(revealed.body.idNumber).toMatch(/^\d{17}[\dX]$/);
    const audit = await db.auditLog.findFirst({
      where: { action: 'pii.reveal', objectId: matter.id, actorName: 'minzheng-head' },
    });
    expect(audit?.detail).toEqual({ nodeId: 'Task_Approve' });
    // another department's approver: not in scope at all
    expect((await (await as('canlian')).post(`/matters/${matter.id}/reveal`)).status).toBe(403);
  });
});
