import { randomUUID } from 'node:crypto';
import { chinaDateOf } from '../../../domain/china-time';
import { API_URL, ApiClient } from '../../support/api-client';
import { testDb } from '../../support/db';
import { as } from '../../support/matters';
import { insertMatter } from '../admin-fixtures/matter-rows';

const at = (iso: string) => new Date(iso);

describe('dashboard', () => {
  const db = testDb();
  let overdueId: string;
  let quietId: string;
  let freshId: string;

  beforeAll(async () => {
    // March 2020 belongs to this file alone: the period figures can be checked exactly.
    const w01 = await db.window.findUniqueOrThrow({ where: { code: 'W01' } });
    const onTime = await insertMatter(db, 'MZ-002', {
      status: 'COMPLETED',
      windowId: w01.id,
      acceptedAt: at('2020-03-02T02:00:00Z'),
      completedAt: at('2020-03-04T02:00:00Z'),
      dueAt: at('2020-03-09T15:59:59.999Z'),
      dueDate: '2020-03-09',
    });
    const late = await insertMatter(db, 'MZ-002', {
      status: 'COMPLETED',
      windowId: w01.id,
      acceptedAt: at('2020-03-03T02:00:00Z'),
      completedAt: at('2020-03-07T02:00:00Z'),
      dueAt: at('2020-03-05T15:59:59.999Z'),
      dueDate: '2020-03-05',
    });
    const overdue = await insertMatter(db, 'MZ-002', {
      windowId: w01.id,
      acceptedAt: at('2020-03-10T02:00:00Z'),
      lastProgressAt: at('2020-03-11T02:00:00Z'),
      warningLevel: 'RED',
      dueDate: '2020-03-17',
      dueAt: at('2020-03-17T15:59:59.999Z'),
    });
    const quiet = await insertMatter(db, 'MZ-002', {
      lastProgressAt: new Date(Date.now() - 10 * 86_400_000),
      dueDate: '2099-01-01',
    });
    const fresh = await insertMatter(db, 'MZ-002', { dueDate: '2099-01-01' });
    overdueId = overdue.id;
    quietId = quiet.id;
    freshId = fresh.id;
    await db.rating.createMany({
      data: [
        { matterId: onTime.id, score: 4, at: at('2020-03-05T02:00:00Z') },
        { matterId: late.id, score: 2, at: at('2020-03-08T02:00:00Z') },
      ],
    });
    const approver = await db.user.findUniqueOrThrow({ where: { username: 'minzheng' } });
    await db.task.create({
      data: {
        matterId: overdue.id,
        taskKey: `fixture-${randomUUID()}`,
        nodeId: 'review',
        name: '审核',
        stepKind: 'REVIEW',
        candidateDepartmentCode: 'MINZHENG',
        assigneeId: approver.id,
        status: 'CLAIMED',
      },
    });
  });
  afterAll(() => db.$disconnect());

  it('answers 401 without a session and 403 to roles other than manager and admin', async () => {
    const anonymous = new ApiClient();
    expect((await anonymous.get('/dashboard/summary')).status).toBe(401);
    expect((await anonymous.get('/dashboard/stalled')).status).toBe(401);
    expect((await anonymous.get('/dashboard/stalled/export.csv')).status).toBe(401);
    for (const username of ['clerk', 'minzheng']) {
      expect((await (await as(username)).get('/dashboard/summary')).status).toBe(403);
      expect((await (await as(username)).get('/dashboard/stalled')).status).toBe(403);
      expect((await (await as(username)).get('/dashboard/stalled/export.csv')).status).toBe(403);
    }
  });

  it('computes the period figures in SQL: handling days, on-time rate, rating, by department, window and item', async () => {
    const res = await (await as('manager')).get('/dashboard/summary?from=2020-03-01&to=2020-03-31');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ avgHandlingDays: 3, onTimeRate: 0.5, avgRating: 3 });
    expect(res.body.byWindow).toEqual(
      expect.arrayContaining([
        { code: 'W01', name: '1号综合受理窗口', accepted: 3 },
        { code: 'W02', name: '2号综合受理窗口', accepted: 0 },
      ]),
    );
    const item = res.body.byItem.find((i: { code: string }) => i.code === 'MZ-002');
    expect(item).toMatchObject({ name: '临时救助申请', accepted: 3, completed: 2 });
    expect(item.overdue).toBeGreaterThanOrEqual(1);
    const minzheng = res.body.byDepartment.find((d: { code: string }) => d.code === 'MINZHENG');
    expect(minzheng).toMatchObject({ name: '民政办', completed: 2 });
    expect(minzheng.inProgress).toBeGreaterThanOrEqual(3);
    expect(res.body.byDepartment.map((d: { code: string }) => d.code)).not.toContain('CENTRE');
  });

  it("counts the open, due-soon and overdue matters of now and today's acceptances", async () => {
    const open = { status: { in: ['IN_PROGRESS', 'SUSPENDED'] as ('IN_PROGRESS' | 'SUSPENDED')[] } };
    const today = chinaDateOf(new Date());
    const count = () =>
      Promise.all([
        db.matter.count({ where: { acceptedOn: today } }),
        db.matter.count({ where: open }),
        db.matter.count({ where: { ...open, warningLevel: 'RED' } }),
      ]);
    const [acceptedBefore] = await count();
    const res = await (await as('admin')).get('/dashboard/summary');
    const [acceptedAfter, inProgress, overdue] = await count();
    expect(res.body.acceptedToday).toBeGreaterThanOrEqual(acceptedBefore);
    expect(res.body.acceptedToday).toBeLessThanOrEqual(acceptedAfter);
    // other test files run matters meanwhile: the figures are close to the database's, and never below ours
    expect(res.body.inProgress).toBeGreaterThanOrEqual(3);
    expect(Math.abs(res.body.inProgress - inProgress)).toBeLessThanOrEqual(10);
    expect(res.body.overdue).toBeGreaterThanOrEqual(1);
    expect(Math.abs(res.body.overdue - overdue)).toBeLessThanOrEqual(10);
    expect(res.body.onTimeRate === null || (res.body.onTimeRate >= 0 && res.body.onTimeRate <= 1)).toBe(true);
  });

  it('rejects a period that ends before it starts, or a malformed date, in Chinese', async () => {
    const manager = await as('manager');
    const reversed = await manager.get('/dashboard/summary?from=2020-03-31&to=2020-03-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details[0].message).toBe('结束日期不能早于开始日期');
    expect((await manager.get('/dashboard/summary?from=2020-3-1')).body.error.details[0].message).toBe(
      '日期格式应为 YYYY-MM-DD',
    );
  });

  it('lists stalled matters: overdue, or without progress for three working days, with who holds their tasks', async () => {
    const res = await (
      await as('manager')
    ).get('/dashboard/stalled?departmentCode=MINZHENG&perPage=100&sort=lastProgressAt&order=ASC');
    expect(res.status).toBe(200);
    const ids = res.body.data.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining([overdueId, quietId]));
    expect(ids).not.toContain(freshId);
    expect(res.body.data.find((m: { id: string }) => m.id === overdueId)).toMatchObject({
      itemName: '临时救助申请',
      leadDepartmentCode: 'MINZHENG',
      dueDate: '2020-03-17',
      warningLevel: 'RED',
      openTaskAssignees: ['张民政'],
    });
  });

  it('exports the stalled list as CSV for Excel: same filter and rows as the list, whole centre for managers and admins', async () => {
    const canlian = await db.serviceItem.findFirstOrThrow({ where: { leadDepartmentCode: 'CANLIAN' } });
    const elsewhere = await insertMatter(db, canlian.code, {
      warningLevel: 'RED',
      dueDate: '2020-03-20',
      itemName: '=HYPERLINK("http://x","a,b")',
    });
    const csvOf = async (username: string, query: string) => {
      // raw bytes: the client's text() would swallow the BOM
      const res = await fetch(`${API_URL}/api/dashboard/stalled/export.csv${query}`, {
        headers: { cookie: (await as(username)).cookieHeader },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('督办清单-')}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
      expect(lines[0]).toBe('受理编号,事项,牵头部门,承诺办结日,预警,最近进展,当前办理人');
      expect(lines.at(-1)).toBe('');
      return lines.slice(1, -1);
    };
    const [overdue, quiet, fresh] = await Promise.all(
      [overdueId, quietId, freshId].map((id) => db.matter.findUniqueOrThrow({ where: { id } })),
    );
    const rowOf = (lines: string[], receiptNo: string) => lines.find((l) => l.startsWith(`${receiptNo},`));

    const minzheng = await csvOf('manager', '?departmentCode=MINZHENG');
    // names and labels, not codes: the file is read in Excel
    expect(rowOf(minzheng, overdue.receiptNo)).toBe(
      `${overdue.receiptNo},临时救助申请,民政办,2020-03-17,已超期,2020-03-11T02:00:00.000Z,张民政`,
    );
    expect(rowOf(minzheng, quiet.receiptNo)).toBeDefined();
    expect(rowOf(minzheng, fresh.receiptNo)).toBeUndefined();
    expect(rowOf(minzheng, elsewhere.receiptNo)).toBeUndefined();
    expect(minzheng.every((l) => l.split(',')[2] === '民政办')).toBe(true);
    // an export carries personal data out: who exported which filter, and how many rows, is in the audit trail
    const exported = await db.auditLog.findFirst({
      where: { action: 'stalled.export', actorName: 'manager' },
      orderBy: { seq: 'desc' },
    });
    expect(exported?.detail).toMatchObject({
      filters: { departmentCode: 'MINZHENG' },
      rows: minzheng.length,
      truncated: false,
    });

    // no filter: the whole centre, as the list shows it; a formula in a cell is neutralised
    const everyDepartment = await csvOf('admin', '');
    expect(rowOf(everyDepartment, elsewhere.receiptNo)).toBe(
      `${elsewhere.receiptNo},"'=HYPERLINK(""http://x"",""a,b"")",残联,2020-03-20,已超期,${elsewhere.lastProgressAt.toISOString()},`,
    );
    const list = await (await as('admin')).get('/dashboard/stalled?perPage=100');
    const listed = list.body.data.map((m: { receiptNo: string }) => m.receiptNo);
    expect(everyDepartment.map((l) => l.split(',')[0])).toEqual(expect.arrayContaining(listed));
  });
});
