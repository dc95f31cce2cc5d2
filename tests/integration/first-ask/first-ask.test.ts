import { testDb } from '../../support/db';
import { as } from '../../support/matters';
import { insertMatter } from '../admin-fixtures/matter-rows';

const question = { question: '低保需要带什么材料？', itemCode: 'MZ-001' };

describe('首问责任制: the first person asked records the question, its answer or hand-over, and the matter that follows', () => {
  const db = testDb();
  afterAll(() => db.$disconnect());

  it('records an answer at the window, the asker’s phone encrypted and shown by its last four digits', async () => {
    const clerk = await as('clerk');
    const created = await clerk.post('/first-asks', {
      ...question,
      channel: 'WINDOW',
      askerName: '李群众',
      askerPhone: '13800001234',
      outcome: 'ANSWERED',
      answer: '一次性告知了所需的五项材料',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      channel: 'WINDOW',
      responderName: '王窗口',
      askerPhoneLast4: '1234',
      itemName: expect.stringContaining('最低生活保障'),
      outcome: 'ANSWERED',
      matterId: null,
    });
    expect(created.body).not.toHaveProperty('askerPhone');
    const row = await db.firstAsk.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row.askerPhoneCipher).toBeTruthy();
    expect(row.askerPhoneCipher).not.toContain('13800001234');
  });

  it('refuses bad input with Chinese reasons', async () => {
    const clerk = await as('clerk');
    const refused = async (body: Record<string, unknown>) => {
      const res = await clerk.post('/first-asks', body);
      expect(res.status).toBe(400);
      return res.body.error.details[0] as { path: string; message: string };
    };
    const base = { ...question, channel: 'PHONE', outcome: 'ANSWERED', answer: '已答复' };
    expect(await refused({ ...base, question: '' })).toMatchObject({ path: 'question', message: '请填写所问事项' });
    expect(await refused({ ...base, askerPhone: '123' })).toMatchObject({
      path: 'askerPhone',
      message: '联系电话应为 11 位手机号或带区号的固定电话',
    });
    expect(await refused({ ...base, outcome: 'HANDED_OVER' })).toMatchObject({
      path: 'handedToUserId',
      message: '转交须指明转交的人员或部门',
    });
    expect(await refused({ ...base, channel: 'AGENT' })).toMatchObject({
      path: 'channel',
      message: '“代办员”渠道只能由代办员登记',
    });
    expect(await refused({ ...base, outcome: 'HANDED_OVER', handedToDepartmentCode: 'NOPE' })).toMatchObject({
      path: 'handedToDepartmentCode',
      message: '部门 NOPE 不存在',
    });
    expect(await refused({ ...base, itemCode: 'XX-999' })).toMatchObject({
      path: 'itemCode',
      message: '事项 XX-999 不存在',
    });
  });

  it('records a village agent’s hand-over, seen by the person it was handed to and not by others', async () => {
    const minzheng = await db.user.findUniqueOrThrow({ where: { username: 'minzheng' } });
    const handed = await (
      await as('agent')
    ).post('/first-asks', {
      ...question,
      channel: 'AGENT',
      outcome: 'HANDED_OVER',
      answer: '家庭情况复杂，转民政办审查人员当面解答',
      handedToUserId: minzheng.id,
    });
    expect(handed.status).toBe(201);
    expect(handed.body).toMatchObject({ channel: 'AGENT', responderName: '刘代办', handedToName: '张民政' });

    const ids = async (username: string) =>
      ((await (await as(username)).get('/first-asks?perPage=100')).body.data as Array<{ id: string }>).map((r) => r.id);
    expect(await ids('minzheng')).toContain(handed.body.id);
    expect(await ids('manager')).toContain(handed.body.id);
    expect(await ids('clerk2')).not.toContain(handed.body.id);
  });

  it('links the record to the matter that followed, whose page then names the first-ask person', async () => {
    const clerk = await as('clerk');
    const manager = await as('manager');
    const matter = await insertMatter(db, 'MZ-001');
    const record = await clerk.post('/first-asks', {
      ...question,
      channel: 'WINDOW',
      outcome: 'ANSWERED',
      answer: '材料齐全，当场受理',
    });
    expect((await manager.get(`/matters/${matter.id}/first-ask`)).body).toBeNull();

    const unknown = await clerk.post(`/first-asks/${record.body.id}/link`, { receiptNo: 'NO-SUCH' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('受理编号 NO-SUCH 不存在');
    expect((await (await as('clerk2')).post(`/first-asks/${record.body.id}/link`, matter)).status).toBe(403);

    const linked = await clerk.post(`/first-asks/${record.body.id}/link`, { receiptNo: matter.receiptNo });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ matterId: matter.id, matterReceiptNo: matter.receiptNo });
    expect((await manager.get(`/matters/${matter.id}/first-ask`)).body).toMatchObject({
      id: record.body.id,
      responderName: '王窗口',
    });
    const onlyLinked = await clerk.get('/first-asks?linked=true&perPage=100');
    expect(onlyLinked.body.data.every((r: { matterId: string | null }) => r.matterId)).toBe(true);
    expect(onlyLinked.body.data.map((r: { id: string }) => r.id)).toContain(record.body.id);
  });
});
