import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../../prisma/seed-data/organisation';
import { ApiClient } from '../../support/api-client';
import { testDb } from '../../support/db';
import {
  APPROVER_OF,
  WORKER_OF,
  acceptMatter,
  as,
  driveToEnd,
  matterDetail,
  openTasks,
  waitFor,
  work,
} from '../../support/matters';

jest.setTimeout(180_000);

const db = testDb();
afterAll(() => db.$disconnect());

/** unique per run: the test database may hold an earlier run's rows */
const run = String(Date.now() % 1_000_000);
const promisedXml = readFileSync(path.resolve(__dirname, '../../../bpmn/procedures/promised.bpmn'), 'utf8');

const auditActions = async (objectType: string) =>
  (await db.auditLog.findMany({ where: { objectType }, select: { action: true, detail: true } })).map((a) => ({
    action: a.action,
    code: (a.detail as { code?: string } | null)?.code,
  }));

describe('organisation as data: departments, windows and stations kept by an admin', () => {
  test('a department added in the console is one a procedure can name: it publishes and runs; deactivating it is refused while used, with the list', async () => {
    const code = `TYJR${run}`;
    const itemCode = `TY-${run}`;
    const admin = await as('admin');
    const designer = await as('designer');

    // the procedure names the department for every back-office step
    const xml = promisedXml.replaceAll('department="$lead"', `department="${code}"`);
    expect(xml).not.toBe(promisedXml);
    const procedure = await designer.post('/procedures', {
      key: `ts-tyjr-${run}`,
      name: '退役军人优待证',
      draftXml: xml,
    });
    expect(procedure.status).toBe(201);
    const refused = await designer.post(`/procedures/${procedure.body.id}/publish`);
    expect(refused.status).toBe(400);
    expect(
      refused.body.error.details.map((p: { code: string; elementId: string }) => `${p.code}@${p.elementId}`),
    ).toEqual(
      expect.arrayContaining(['CANDIDATE_DEPARTMENT_UNKNOWN@Task_Review', 'CANDIDATE_DEPARTMENT_UNKNOWN@Task_Approve']),
    );
    expect((await designer.post('/procedures/validate', { xml })).body.ok).toBe(false);

    expect((await (await as('clerk')).post('/departments', { code, name: '退役军人服务站' })).status).toBe(403);
    const bad = await admin.post('/departments', { code: 'tyjr', name: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['code', 'name']);
    const created = await admin.post('/departments', {
      code,
      name: '退役军人服务站',
      nameEn: 'Veterans service station',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      code,
      name: '退役军人服务站',
      nameEn: 'Veterans service station',
      active: true,
      headUserId: null,
    });
    expect((await admin.post('/departments', { code, name: '重复' })).status).toBe(409);
    expect((await (await as('clerk')).get('/departments')).body).toContainEqual(created.body);
    expect((await designer.post('/procedures/validate', { xml })).body.ok).toBe(true);

    const published = await designer.post(`/procedures/${procedure.body.id}/publish`);
    expect(published.status).toBe(201);

    // its staff, and an item run by the procedure
    for (const username of [`tyjr${run}`, `tyjr${run}-head`]) {
      const user = await admin.post('/users', {
        username,
        displayName: '退役军人事务员',
        roles: ['APPROVER'],
        departmentCode: code,
        password: DEMO_PASSWORD,
      });
      expect(user.status).toBe(201);
    }
    WORKER_OF[code] = `tyjr${run}`;
    APPROVER_OF[code] = `tyjr${run}-head`;
    const item = await admin.post('/items', {
      code: itemCode,
      name: '退役军人优待证申领',
      kind: 'PROMISED',
      leadDepartmentCode: code,
      legalBasis: '测试依据',
      conditions: '测试条件',
      promisedDays: 10,
      statutoryDays: 20,
      deliveryMethods: ['ONSITE'],
      procedureKey: `ts-tyjr-${run}`,
      materials: [{ code: 'APPLICATION', name: '申请书' }],
    });
    expect(item.status).toBe(201);

    const matter = await acceptMatter(itemCode);
    const review = await waitFor('the department’s task', async () => {
      const open = await openTasks(matter.id);
      const ours = open.find((t) => t.candidateDepartmentCode === code);
      if (!ours) for (const t of open) await work(t);
      return ours;
    });
    expect(review.name).toBe('审查');

    const inUse = await admin.put(`/departments/${code}`, { active: false });
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.message).toContain(`ts-tyjr-${run} v1`);
    expect(inUse.body.error.message).toContain(`${matter.receiptNo} 审查`);
    expect(inUse.body.error.message).toContain(itemCode);
    expect(inUse.body.error.messageEn).toContain('cannot be deactivated');
    expect(inUse.body.error.details).toMatchObject({
      versions: [{ key: `ts-tyjr-${run}`, version: 1 }],
      tasks: [{ receiptNo: matter.receiptNo, name: '审查' }],
      openTaskCount: 1,
      items: [{ code: itemCode }],
    });
    expect((await admin.get(`/departments/${code}`)).body.active).toBe(true);

    await driveToEnd(matter.id);
    const done = await matterDetail(matter.id);
    expect(done.status).toBe('COMPLETED');
    expect(done.tasks.filter((t) => t.candidateDepartmentCode === code).map((t) => [t.name, t.status])).toEqual([
      ['审查', 'COMPLETED'],
      ['现场勘察', 'COMPLETED'],
      ['审批', 'COMPLETED'],
    ]);

    // no open task, but the latest version and the item still name it
    const stillNamed = await admin.put(`/departments/${code}`, { active: false });
    expect(stillNamed.status).toBe(409);
    expect(stillNamed.body.error.details.openTaskCount).toBe(0);

    // a new version that no longer names it, and the item withdrawn: now it may go
    expect((await designer.put(`/procedures/${procedure.body.id}`, { draftXml: promisedXml })).status).toBe(200);
    expect((await designer.post(`/procedures/${procedure.body.id}/publish`)).status).toBe(201);
    expect((await admin.put(`/items/${itemCode}`, { active: false })).status).toBe(200);
    const renamed = await admin.put(`/departments/${code}`, { name: '退役军人服务站（已撤并）', active: false });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: '退役军人服务站（已撤并）', active: false });

    // an inactive department takes no new step, user or item
    const draft = await designer.post('/procedures', { key: `ts-tyjr2-${run}`, name: '停用后', draftXml: xml });
    const afterwards = await designer.post(`/procedures/${draft.body.id}/publish`);
    expect(afterwards.status).toBe(400);
    expect(afterwards.body.error.details[0].messageZh).toContain('不存在或已停用');
    const user = await admin.post('/users', {
      username: `tyjr${run}-late`,
      displayName: '迟到的人',
      roles: ['APPROVER'],
      departmentCode: code,
      password: DEMO_PASSWORD,
    });
    expect(user.status).toBe(400);
    expect(user.body.error.message).toContain('已停用');

    expect(
      (await auditActions('Department')).filter((a) => a.code === code || a.action === 'department.create'),
    ).toEqual(
      expect.arrayContaining([
        { action: 'department.create', code },
        { action: 'department.deactivate', code },
      ]),
    );
  });

  test('a window an admin adds takes intakes; deactivated, it is no longer offered and an intake naming it is refused', async () => {
    const code = `W${run}`.slice(0, 20);
    const admin = await as('admin');
    const clerk = await as('clerk');
    expect((await clerk.post('/windows', { code, name: '3号窗口', departmentCode: 'WINDOW' })).status).toBe(403);
    expect((await admin.post('/windows', { code, name: '3号窗口', departmentCode: 'NOPE' })).status).toBe(400);
    const created = await admin.post('/windows', { code, name: '3号综合受理窗口', departmentCode: 'WINDOW' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      code,
      name: '3号综合受理窗口',
      kind: 'COMPREHENSIVE',
      departmentCode: 'WINDOW',
      active: true,
    });
    expect((await clerk.get('/windows')).body.map((w: { code: string }) => w.code)).toContain(code);
    const accepted = await acceptMatter('MZ-001', { extra: { windowCode: code } });
    expect((await matterDetail(accepted.id)).windowCode).toBe(code);

    expect((await admin.put(`/windows/${code}`, { active: false })).status).toBe(200);
    expect((await clerk.get('/windows')).body.map((w: { code: string }) => w.code)).not.toContain(code);
    expect((await admin.get('/windows?all=true')).body).toContainEqual({ ...created.body, active: false });
    await expect(acceptMatter('MZ-001', { extra: { windowCode: code } })).rejects.toThrow(/400/);
    expect(await auditActions('Window')).toEqual(
      expect.arrayContaining([
        { action: 'window.create', code },
        { action: 'window.deactivate', code },
      ]),
    );
  });

  test('a village station is added, renamed and deactivated by an admin, and drops out of the public guide', async () => {
    const code = `ST-${run}`;
    const admin = await as('admin');
    expect((await (await as('manager')).post('/stations', { code, name: '西村', village: '西村' })).status).toBe(403);
    const created = await admin.post('/stations', { code, name: '西村便民服务站', village: '西村' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ code, name: '西村便民服务站', village: '西村', active: true, agentCount: 0 });
    const renamed = await admin.put(`/stations/${code}`, { name: `西村便民服务站${run}` });
    expect(renamed.body.name).toBe(`西村便民服务站${run}`);
    const publicStations = async () => (await new ApiClient().get('/public/guide/MZ-001')).body.stations as string[];
    expect(await publicStations()).toContain(`西村便民服务站${run}`);
    expect((await admin.put(`/stations/${code}`, { active: false })).body.active).toBe(false);
    expect(await publicStations()).not.toContain(`西村便民服务站${run}`);
    expect((await admin.get('/stations')).body).toContainEqual({ ...renamed.body, active: false });
    expect(await auditActions('ServiceStation')).toEqual(
      expect.arrayContaining([
        { action: 'station.create', code },
        { action: 'station.update', code },
        { action: 'station.deactivate', code },
      ]),
    );
  });
});
