import { randomUUID } from 'node:crypto';
import { chinaDateOf } from '../../../domain/china-time';
import { testDb } from '../../support/db';
import { as } from '../../support/matters';
import { insertMatter } from '../admin-fixtures/matter-rows';

const at = (iso: string) => new Date(iso);
/** May 2021: no other suite writes matters due then, so the report's figures are this suite's alone */
const PERIOD = '/accountability?from=2021-05-01&to=2021-05-31';

describe('责任追究: overdue and overturned matters traced to who held each step, by department and person', () => {
  const db = testDb();
  let late: { id: string; receiptNo: string };
  let stillOpen: { id: string; receiptNo: string };
  let onTime: { id: string; receiptNo: string };
  afterAll(() => db.$disconnect());

  const step = async (
    matterId: string,
    fields: { name: string; dept: string; by?: string; from: string; due: string; done?: string; status?: string },
  ) => {
    const holder = fields.by ? await db.user.findUniqueOrThrow({ where: { username: fields.by } }) : null;
    await db.task.create({
      data: {
        matterId,
        taskKey: `fixture-${randomUUID()}`,
        nodeId: 'review',
        name: fields.name,
        stepKind: 'userTask',
        candidateDepartmentCode: fields.dept,
        status: (fields.status ?? (fields.done ? 'COMPLETED' : 'OPEN')) as 'OPEN',
        createdAt: at(fields.from),
        dueAt: at(fields.due),
        completedAt: fields.done ? at(fields.done) : null,
        completedById: fields.done ? holder?.id : null,
        assigneeId: holder?.id ?? null,
      },
    });
  };

  beforeAll(async () => {
    late = await insertMatter(db, 'MZ-001', {
      status: 'COMPLETED',
      acceptedAt: at('2021-04-20T01:00:00Z'),
      dueAt: at('2021-05-05T09:00:00Z'),
      completedAt: at('2021-05-08T09:00:00Z'),
    });
    await step(late.id, {
      name: '窗口受理审查',
      dept: 'WINDOW',
      by: 'clerk',
      from: '2021-04-20T01:00:00Z',
      due: '2021-04-21T01:00:00Z',
      done: '2021-04-21T01:00:00Z',
    });
    await step(late.id, {
      name: '民政办审查',
      dept: 'MINZHENG',
      by: 'minzheng',
      from: '2021-04-21T01:00:00Z',
      due: '2021-04-24T01:00:00Z',
      done: '2021-05-06T01:00:00Z',
    });
    await step(late.id, {
      name: '撤回的会签',
      dept: 'CANLIAN',
      from: '2021-04-21T01:00:00Z',
      due: '2021-04-22T01:00:00Z',
      status: 'CANCELLED',
    });
    stillOpen = await insertMatter(db, 'MZ-001', {
      status: 'IN_PROGRESS',
      acceptedAt: at('2021-05-10T01:00:00Z'),
      dueAt: at('2021-05-20T09:00:00Z'),
    });
    await step(stillOpen.id, {
      name: '民政办审查',
      dept: 'MINZHENG',
      from: '2021-05-10T01:00:00Z',
      due: '2021-05-18T01:00:00Z',
    });
    onTime = await insertMatter(db, 'MZ-001', {
      status: 'COMPLETED',
      acceptedAt: at('2021-05-01T01:00:00Z'),
      dueAt: at('2021-05-10T09:00:00Z'),
      completedAt: at('2021-05-09T09:00:00Z'),
    });
  });

  it('lists the period’s overdue matters with the chain of steps against their limits', async () => {
    const manager = await as('manager');
    const report = await manager.get(PERIOD);
    expect(report.status).toBe(200);
    const receipts = report.body.cases.map((c: { receiptNo: string }) => c.receiptNo);
    expect(receipts).toEqual([stillOpen.receiptNo, late.receiptNo]);
    expect(receipts).not.toContain(onTime.receiptNo);

    const lateCase = report.body.cases[1];
    expect(lateCase).toMatchObject({ cause: 'OVERDUE', overdueDays: 3, departmentName: '民政办', reason: null });
    expect(lateCase.chain).toEqual([
      expect.objectContaining({ step: '窗口受理审查', holderName: '王窗口', heldDays: 1, limitDays: 1, overDays: 0 }),
      expect.objectContaining({
        step: '民政办审查',
        departmentName: '民政办',
        holderName: '张民政',
        heldDays: 15,
        limitDays: 3,
        overDays: 12,
        open: false,
      }),
    ]);
    expect(report.body.cases[0].chain).toEqual([
      expect.objectContaining({ step: '民政办审查', holderName: null, open: true, limitDays: 8 }),
    ]);

    const minzheng = report.body.byPerson.find((p: { name: string }) => p.name === '张民政');
    expect(minzheng).toEqual({
      userId: expect.any(String),
      name: '张民政',
      departmentName: '民政办',
      cases: 1,
      steps: 1,
      overSteps: 1,
      overDays: 12,
    });
    expect(report.body.byPerson.find((p: { name: string }) => p.name === '王窗口')).toMatchObject({ overSteps: 0 });
    expect(report.body.byPerson.find((p: { name: string }) => p.name === '未认领')).toMatchObject({ overSteps: 1 });
    expect(
      report.body.byDepartment.find((d: { departmentCode: string }) => d.departmentCode === 'MINZHENG'),
    ).toMatchObject({ departmentName: '民政办', cases: 2, steps: 2, overSteps: 2 });
    expect(report.body.byDepartment.map((d: { departmentCode: string }) => d.departmentCode)).not.toContain('CANLIAN');
  });

  it('records the reason found and exports every step as CSV', async () => {
    const manager = await as('manager');
    const saved = await manager.put(`/accountability/matters/${late.id}/reason`, {
      reason: '审查人员外出培训未交接，AB岗未顶岗',
    });
    expect(saved.status).toBe(200);
    expect((await manager.get(PERIOD)).body.cases[1].reason).toBe('审查人员外出培训未交接，AB岗未顶岗');

    const csv = await manager.get('/accountability/export.csv?from=2021-05-01&to=2021-05-31');
    expect(csv.status).toBe(200);
    const lines = (csv.body as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '受理编号,事项,牵头部门,追究原因,办件超期天数,环节,环节部门,经办人,开始,结束,用时（天）,环节时限（天）,超出（天）,复议或诉讼决定,查明原因',
    );
    const row = lines.find((l) => l.startsWith(late.receiptNo) && l.includes('民政办审查'))!;
    expect(row).toContain(',超期,3,民政办审查,民政办,张民政,');
    expect(row).toMatch(/,15,3,12,,审查人员外出培训未交接，AB岗未顶岗$/);
    expect(lines).toHaveLength(1 + 3);
  });

  it('takes a 退办 overturned on appeal into the report, and refuses bad input with Chinese reasons', async () => {
    const manager = await as('manager');
    const rejected = await insertMatter(db, 'MZ-001', {
      status: 'REJECTED',
      acceptedAt: at('2021-04-01T01:00:00Z'),
      completedAt: at('2021-04-03T01:00:00Z'),
    });
    const notRejected = await manager.post('/accountability/appeals', {
      receiptNo: onTime.receiptNo,
      appealDecision: '县政府复议决定书〔2026〕3号',
    });
    expect(notRejected.status).toBe(400);
    expect(notRejected.body.error.message).toBe('只有退办件才会因复议或诉讼被撤销');
    const appeal = await manager.post('/accountability/appeals', {
      receiptNo: rejected.receiptNo,
      appealDecision: '县政府复议决定书〔2026〕3号：撤销退办决定',
    });
    expect(appeal.status).toBe(201);
    const today = chinaDateOf(new Date());
    const report = await manager.get(`/accountability?from=${today}&to=${today}`);
    expect(report.body.cases.find((c: { receiptNo: string }) => c.receiptNo === rejected.receiptNo)).toMatchObject({
      cause: 'APPEAL',
      appealDecision: '县政府复议决定书〔2026〕3号：撤销退办决定',
    });

    const backwards = await manager.get('/accountability?from=2021-05-31&to=2021-05-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0]).toMatchObject({ path: 'to', message: '结束日期不能早于开始日期' });
    const blank = await manager.put(`/accountability/matters/${late.id}/reason`, { reason: '' });
    expect(blank.body.error.details[0]).toMatchObject({ path: 'reason', message: '请填写查明的原因' });
    expect((await (await as('clerk')).get(PERIOD)).status).toBe(403);
    expect((await (await as('minzheng')).get('/accountability/export.csv?from=2021-05-01&to=2021-05-31')).status).toBe(
      403,
    );
  });
});
