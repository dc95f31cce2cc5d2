import { randomUUID } from 'node:crypto';
import { chinaDateOf } from '../../../domain/china-time';
import { calendarChanged } from '../../../workflows/procedure-contract';
import { ApiClient, forwardedRequest } from '../../support/api-client';
import { testDb } from '../../support/db';
import { useTemporalClient } from '../../support/temporal-client';
import { acceptMatter, as, matterDetail, openTasks, waitFor, type TaskRow } from '../../support/matters';

/** 投诉 as matters (docs/ten-systems.md): three intakes, 受理分办, the reply on time and late, rating, figures. */
describe('complaints', () => {
  const db = testDb();
  const temporal = useTemporalClient();
  const today = () => chinaDateOf(new Date());
  const period = () => `from=${today()}&to=${today()}`;
  afterAll(() => db.$disconnect());

  const complainant = { name: '赵投诉', phone: '13900001234' };
  const replyTask = (matterId: string) =>
    waitFor('the reply step', async () => (await openTasks(matterId)).find((t) => t.name === '调查答复'));

  /** the department's approver claims and answers the reply step; the complaint is then finished */
  async function reply(task: TaskRow, username: string, upheld: '属实' | '不属实') {
    const api = await as(username);
    expect((await api.post(`/tasks/${task.id}/claim`)).status).toBe(200);
    const res = await api.post(`/tasks/${task.id}/complete`, {
      decision: 'complete',
      comment: '已调查核实，答复投诉人',
      formData: { upheld },
    });
    expect(res.status).toBe(200);
    const { matterId } = await db.task.findUniqueOrThrow({ where: { id: task.id }, select: { matterId: true } });
    await waitFor('the reply', async () => (await matterDetail(matterId)).status === 'COMPLETED');
  }

  async function complaintFigures() {
    const summary = await (await as('manager')).get(`/dashboard/summary?${period()}`);
    expect(summary.status).toBe(200);
    const of = (code: string) =>
      summary.body.complaints.byDepartment.find((d: { code: string }) => d.code === code) ?? {
        received: 0,
        replied: 0,
        repliedOnTime: 0,
        upheld: 0,
      };
    return { MINZHENG: of('MINZHENG'), WEIJIAN: of('WEIJIAN'), unassigned: summary.body.complaints.unassigned };
  }
  async function upheldAgainst(username: string) {
    const report = await (await as('manager')).get(`/assessment?${period()}`);
    expect(report.status).toBe(200);
    expect(report.body.complaintsSource).toMatchObject({ connected: true });
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    return report.body.people.find((p: { userId: string }) => p.userId === user.id)?.complaintsUpheld ?? 0;
  }

  test('taken at the window, by phone and on the public page; assigned, replied on time and late, rated, counted', async () => {
    const before = await complaintFigures();
    const upheldBefore = await upheldAgainst('clerk');
    // the complained-about matter: 民政 leads it, 王窗口 (clerk) accepted it
    const subject = await acceptMatter('MZ-002');
    const clerk = await as('clerk');

    // the link suggests the department; the generic intake refuses the complaint item
    const suggested = await clerk.get(`/complaints/subject?receiptNo=${subject.receiptNo}`);
    expect(suggested.body).toEqual({ subjectMatterId: subject.id, subjectUserId: null, departmentCode: 'MINZHENG' });
    expect((await clerk.get('/complaints/subject?receiptNo=NO-SUCH-1')).status).toBe(400);
    const asIntake = await clerk.post('/matters/intake', {
      idempotencyKey: randomUUID(),
      itemCode: 'TS-001',
      applicant: { ...complainant, idNumber: '110101199003077777' },
      providedMaterials: [],
      decision: 'ACCEPT',
    });
    expect(asIntake.status).toBe(400);
    expect(asIntake.body.error.message).toBe('投诉请在“投诉登记”中受理');
    const bad = await clerk.post('/complaints', {
      idempotencyKey: randomUUID(),
      channel: 'WINDOW',
      complainant,
      content: '差',
      departmentCode: 'MINZHENG',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].message).toBe('投诉内容至少 5 个字');

    // 1. at the window, about the matter: the clerk names 民政 (as suggested); 民政 replies 属实 within the limit
    const key = randomUUID();
    const windowInput = {
      idempotencyKey: key,
      channel: 'WINDOW',
      complainant,
      content: '办理临时救助时窗口人员态度生硬',
      subjectReceiptNo: subject.receiptNo,
      departmentCode: 'MINZHENG',
      windowCode: 'W01',
    };
    const atWindow = await clerk.post('/complaints', windowInput);
    expect(atWindow.status).toBe(201);
    expect((await clerk.post('/complaints', windowInput)).body.receiptNo).toBe(atWindow.body.receiptNo);
    const windowTask = await replyTask(atWindow.body.matterId);
    expect(windowTask).toMatchObject({ candidateDepartmentCode: 'MINZHENG', candidateRole: 'APPROVER' });
    // another department does not see it
    const canlian = await as('canlian');
    expect(
      (await canlian.get('/complaints?perPage=100')).body.data.some(
        (c: { matterId: string }) => c.matterId === atWindow.body.matterId,
      ),
    ).toBe(false);
    await reply(windowTask, 'minzheng', '属实');

    // 2. by phone, about a person: the link suggests 残联, the clerk names 卫健 instead; the reply comes late
    const person = await db.user.findUniqueOrThrow({ where: { username: 'canlian' } });
    expect((await clerk.get(`/complaints/subject?userId=${person.id}`)).body.departmentCode).toBe('CANLIAN');
    const byPhone = await clerk.post('/complaints', {
      idempotencyKey: randomUUID(),
      channel: 'PHONE',
      complainant: { name: '钱来电', phone: '13900005678' },
      content: '电话反映：卫生院开具的证明被要求重复提交',
      subjectUserId: person.id,
      departmentCode: 'WEIJIAN',
    });
    expect(byPhone.status).toBe(201);
    const phoneTask = await replyTask(byPhone.body.matterId);
    expect(phoneTask.candidateDepartmentCode).toBe('WEIJIAN');
    // received four weeks ago: the reply limit has long run out
    const longAgo = '2026-10-19';
    await db.matter.update({
      where: { id: byPhone.body.matterId },
      data: { acceptedAt: new Date(`${longAgo}T10:00:00+08:00`), acceptedOn: longAgo },
    });
    const { workflowId } = await db.matter.findUniqueOrThrow({ where: { id: byPhone.body.matterId } });
    await temporal().workflow.getHandle(workflowId).signal(calendarChanged);
    await waitFor('the passed reply limit', async () => {
      const row = await db.matter.findUniqueOrThrow({ where: { id: byPhone.body.matterId } });
      return row.dueAt !== null && row.dueAt < new Date();
    });
    await reply(phoneTask, 'weijian', '不属实');

    // 3. on the public page, no login: about the matter; it waits for 受理分办 by the receiving window
    const publicInput = {
      idempotencyKey: randomUUID(),
      complainant: { name: '孙网友', phone: '13900009876' },
      content: '网上反映：临时救助审批时间过长',
      subjectReceiptNo: subject.receiptNo,
    };
    const online = await forwardedRequest('203.0.113.91', 'POST', '/public/complaints', publicInput);
    expect(online.status).toBe(201);
    expect(online.body.receiptNo).toMatch(/\d/);
    // a receipt number that names no matter is kept for the clerk, and the page says nothing about it
    const unknown = await forwardedRequest('203.0.113.91', 'POST', '/public/complaints', {
      ...publicInput,
      idempotencyKey: randomUUID(),
      subjectReceiptNo: 'NO-SUCH-2',
    });
    expect(unknown.status).toBe(201);
    const onlineRow = await db.matter.findUniqueOrThrow({ where: { receiptNo: online.body.receiptNo } });
    const awaiting = await clerk.get('/complaints?state=AWAITING&channel=PUBLIC&perPage=100');
    const listed = awaiting.body.data.find((c: { matterId: string }) => c.matterId === onlineRow.id);
    expect(listed).toMatchObject({
      channel: 'PUBLIC',
      awaitingAssignment: true,
      suggestedDepartmentCode: 'MINZHENG',
      departmentCode: null,
      subjectReceiptNo: subject.receiptNo,
      complainantName: '孙**',
    });
    const unknownRow = await db.complaint.findFirstOrThrow({
      where: { content: { contains: 'NO-SUCH-2' } },
    });
    expect(unknownRow.subjectMatterId).toBeNull();
    expect((await canlian.post(`/complaints/${onlineRow.id}/assign`, { departmentCode: 'MINZHENG' })).status).toBe(403);
    const assigned = await clerk.post(`/complaints/${onlineRow.id}/assign`, { departmentCode: 'MINZHENG' });
    expect(assigned.status).toBe(200);
    const changed = await clerk.post(`/complaints/${onlineRow.id}/assign`, { departmentCode: 'ZIRAN' });
    expect(changed.status).toBe(409);
    expect(changed.body.error.message).toContain('已分办至 MINZHENG');
    const onlineTask = await replyTask(onlineRow.id);
    expect(onlineTask.candidateDepartmentCode).toBe('MINZHENG');
    await reply(onlineTask, 'minzheng', '属实');

    // the complainant follows it up and rates the reply (好差评, the public rating path)
    const look = await new ApiClient().get(`/public/lookup?receiptNo=${online.body.receiptNo}&phoneLast4=9876`);
    expect(look.body).toMatchObject({ status: 'COMPLETED', canRate: true });
    const rated = await forwardedRequest('203.0.113.91', 'POST', '/public/rating', {
      receiptNo: online.body.receiptNo,
      phoneLast4: '9876',
      score: 4,
      comment: '答复及时',
    });
    expect(rated.status).toBe(201);

    // the links both ways: the complaint names its matter, the matter lists the complaints about it ("被投诉")
    const manager = await as('manager');
    const links = await manager.get(`/matters/${subject.id}/complaints`);
    expect(links.body.complaint).toBeNull();
    expect(links.body.against.map((c: { receiptNo: string }) => c.receiptNo).sort()).toEqual(
      [atWindow.body.receiptNo, online.body.receiptNo].sort(),
    );
    const own = await manager.get(`/matters/${onlineRow.id}/complaints`);
    expect(own.body.complaint).toMatchObject({
      subjectReceiptNo: subject.receiptNo,
      departmentCode: 'MINZHENG',
      upheld: true,
      onTime: true,
      ratingScore: 4,
    });
    const phoneRow = (await manager.get(`/matters/${byPhone.body.matterId}/complaints`)).body.complaint;
    expect(phoneRow).toMatchObject({ subjectUserName: '周残联', upheld: false, onTime: false, channel: 'PHONE' });

    // the dashboard: by department concerned, with the on-time reply rate
    const after = await complaintFigures();
    expect(after.MINZHENG.replied - before.MINZHENG.replied).toBe(2);
    expect(after.MINZHENG.repliedOnTime - before.MINZHENG.repliedOnTime).toBe(2);
    expect(after.MINZHENG.upheld - before.MINZHENG.upheld).toBe(2);
    expect(after.WEIJIAN.replied - before.WEIJIAN.replied).toBe(1);
    expect(after.WEIJIAN.repliedOnTime - before.WEIJIAN.repliedOnTime).toBe(0);
    expect(after.WEIJIAN.onTimeRate).toBe(after.WEIJIAN.repliedOnTime / after.WEIJIAN.replied);
    // the unknown-receipt complaint still waits for 受理分办
    expect(after.unassigned - before.unassigned).toBe(1);

    // the assessment: two upheld complaints about the matter 王窗口 accepted; the 不属实 one counts for nobody
    expect((await upheldAgainst('clerk')) - upheldBefore).toBe(2);
    expect(await upheldAgainst('canlian')).toBe(0);
  });
});
