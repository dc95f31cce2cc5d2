import { randomUUID } from 'node:crypto';
import { chinaDateOf } from '../../../domain/china-time';
import { testDb } from '../../support/db';
import { as } from '../../support/matters';
import { insertMatter } from '../admin-fixtures/matter-rows';

const collect = async (username: string, matterId: string, body: Record<string, unknown>) =>
  (await as(username)).post(`/matters/${matterId}/fees`, { idempotencyKey: randomUUID(), ...body });

describe('收费: fee standards, collection at the window, receipts and the daily reconciliation', () => {
  const db = testDb();
  const today = chinaDateOf(new Date());
  let registration: { id: string; receiptNo: string };
  afterAll(() => db.$disconnect());

  beforeAll(async () => {
    registration = await insertMatter(db, 'ZR-002', { applicantName: '王缴费' });
  });

  it('gives each item’s fee lines with their basis, or 不收费', async () => {
    const clerk = await as('clerk');
    const charged = await clerk.get('/items/ZR-002/fees');
    expect(charged.status).toBe(200);
    expect(charged.body).toMatchObject({ itemCode: 'ZR-002', free: false });
    expect(charged.body.lines).toEqual([expect.objectContaining({ code: 'CERT', amountFen: 1000, unit: '每本' })]);
    expect((await clerk.get('/items/MZ-001/fees')).body).toEqual({ itemCode: 'MZ-001', free: true, lines: [] });
    expect((await clerk.get('/items/XX-999/fees')).status).toBe(404);
  });

  it('lets an admin replace an item’s fee lines, refusing bad ones with Chinese reasons', async () => {
    const admin = await as('admin');
    const line = { code: 'COPY', name: '复印费', amountFen: 50, unit: '每页', basis: '省物价局核定' };
    const bad = await admin.put('/items/NY-001/fees', {
      lines: [line, { ...line, amountFen: 0 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'lines.1.amountFen', message: '收费标准至少 0.01 元（不收费请删除该项）' }),
        expect.objectContaining({ path: 'lines.1.code', message: '收费项目编码 COPY 重复' }),
      ]),
    );
    expect((await (await as('clerk')).put('/items/NY-001/fees', { lines: [line] })).status).toBe(403);
    const saved = await admin.put('/items/NY-001/fees', { lines: [line] });
    expect(saved.body).toMatchObject({ free: false, lines: [line] });
    const guide = await fetch(`${process.env.TEST_API_URL}/api/public/guide/NY-001`).then((r) => r.json());
    expect(guide.fees.lines).toEqual([expect.objectContaining({ name: '复印费', amountFen: 50 })]);
    expect((await admin.put('/items/NY-001/fees', { lines: [] })).body).toMatchObject({ free: true, lines: [] });
  });

  it('records what the clerk collected, once per idempotency key, with a 收费票据 number', async () => {
    const key = randomUUID();
    const body = { idempotencyKey: key, windowCode: 'W01', lines: [{ code: 'CERT', quantity: 2 }], method: 'CASH' };
    const clerk = await as('clerk');
    const first = await clerk.post(`/matters/${registration.id}/fees`, body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      method: 'CASH',
      dueFen: 2000,
      paidFen: 2000,
      exemptFen: 0,
      windowCode: 'W01',
      collectedByName: '王窗口',
      channel: 'WINDOW',
      paidOn: today,
    });
    expect(first.body.receiptNo).toMatch(new RegExp(`^SF-${today.replace(/-/g, '')}-\\d{5}$`));
    expect(first.body.lines[0]).toMatchObject({ name: '不动产权属证书工本费', quantity: 2, subtotalFen: 2000 });
    const retried = await clerk.post(`/matters/${registration.id}/fees`, body);
    expect(retried.body.id).toBe(first.body.id);
    expect(await db.feePayment.count({ where: { idempotencyKey: key } })).toBe(1);

    const receipt = await clerk.get(`/fee-payments/${first.body.id}/receipt`);
    expect(receipt.body).toMatchObject({
      receiptNo: first.body.receiptNo,
      matterReceiptNo: registration.receiptNo,
      payerName: '王缴费',
      centreName: '城关镇便民服务中心',
      itemName: '不动产登记（宅基地使用权及房屋所有权首次登记）',
    });
  });

  it('takes an exemption only with its reason, and a payment only with its method', async () => {
    const noReason = await collect('clerk', registration.id, { lines: [{ code: 'CERT', quantity: 1 }], paidFen: 0 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toBe('减免收费须写明理由');
    const noMethod = await collect('clerk', registration.id, { lines: [{ code: 'CERT', quantity: 1 }] });
    expect(noMethod.body.error.details).toEqual([{ path: 'method', message: '请选择收费方式' }]);
    const tooMuch = await collect('clerk', registration.id, {
      lines: [{ code: 'CERT', quantity: 1 }],
      paidFen: 5000,
      method: 'CASH',
    });
    expect(tooMuch.body.error.message).toBe('实收金额不能超过应收金额');
    const exempt = await collect('clerk', registration.id, {
      windowCode: 'W01',
      lines: [{ code: 'CERT', quantity: 1 }],
      paidFen: 0,
      exemptReason: '低保户，依规免收',
    });
    expect(exempt.status).toBe(201);
    expect(exempt.body).toMatchObject({
      method: 'EXEMPT',
      paidFen: 0,
      exemptFen: 1000,
      exemptReason: '低保户，依规免收',
    });

    const free = await insertMatter(db, 'MZ-002');
    const refused = await collect('clerk', free.id, { lines: [{ code: 'CERT', quantity: 1 }], method: 'CASH' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('该事项不收费');
  });

  it('lets only the window (or the agent collecting for the applicant) record fees, within their matters', async () => {
    const approver = await collect('minzheng', registration.id, {
      lines: [{ code: 'CERT', quantity: 1 }],
      method: 'CASH',
    });
    expect(approver.status).toBe(403);
    const agent = await collect('agent', registration.id, { lines: [{ code: 'CERT', quantity: 1 }], method: 'CASH' });
    expect(agent.status).toBe(403);
    const fees = await (await as('manager')).get(`/matters/${registration.id}/fees`);
    expect(fees.body.payments.map((p: { method: string }) => p.method)).toEqual(['CASH', 'EXEMPT']);
  });

  it('reconciles the day per window: due, collected by method, exempted; exportable as CSV', async () => {
    const manager = await as('manager');
    const day = await manager.get(`/fees/reconciliation?date=${today}`);
    expect(day.status).toBe(200);
    const w01 = day.body.windows.find((w: { windowCode: string }) => w.windowCode === 'W01');
    expect(w01).toMatchObject({ windowName: '1号综合受理窗口' });
    expect(w01.count).toBeGreaterThanOrEqual(2);
    expect(w01.byMethod.CASH).toBeGreaterThanOrEqual(2000);
    expect(w01.exemptFen).toBeGreaterThanOrEqual(1000);
    expect(day.body.totals.paidFen).toBe(
      day.body.payments.reduce((sum: number, p: { paidFen: number }) => sum + p.paidFen, 0),
    );
    expect((await manager.get(`/fees/reconciliation?date=2020-01-01`)).body).toMatchObject({
      windows: [],
      totals: { count: 0, paidFen: 0 },
    });
    expect((await manager.get('/fees/reconciliation?date=yesterday')).status).toBe(400);

    const csv = await fetch(`${process.env.TEST_API_URL}/api/fees/reconciliation/export.csv?date=${today}`, {
      headers: { cookie: manager.cookieHeader },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '收费票据号,窗口,事项,收费项目,应收（元）,实收（元）,减免（元）,减免理由,收费方式,收费人,收费时间',
    );
    expect(text).toContain('不动产权属证书工本费×2,20.00,20.00,0.00,,现金,王窗口');
    expect(text).toContain('低保户，依规免收,免收');
  });
});
