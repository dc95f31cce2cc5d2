import { testDb } from '../../support/db';
import { acceptMatter, as, backOfficeTask, formFor, matterDetail } from '../../support/matters';

jest.setTimeout(120_000);
const db = testDb();
afterAll(() => db.$disconnect());

describe('inbox', () => {
  test('my department\'s tasks, claim moves a task to mine, counts follow, lists filter and sort', async () => {
    const matter = await acceptMatter('RS-002');
    const task = await backOfficeTask(matter.id);
    const renshe = await as('renshe');
    const department = await renshe.get('/tasks?scope=department&sort=dueAt&order=ASC');
    expect(department.status).toBe(200);
    expect(department.body.data.map((t: { id: string }) => t.id)).toContain(task.id);
    const before = (await renshe.get('/tasks/counts')).body;
    const claimed = await renshe.post(`/tasks/${task.id}/claim`);
    expect(claimed.status).toBe(200);
    // claiming it again (a retry after a 503, a second click) answers with the task and claims nothing twice
    const again = await renshe.post(`/tasks/${task.id}/claim`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: task.id, status: 'CLAIMED', assigneeId: claimed.body.assigneeId });
    const claims = (await matterDetail(matter.id)).events.filter((e) => e.type === 'task.claimed' && e.data?.taskKey === task.taskKey);
    expect(claims).toHaveLength(1);
    const mine = await renshe.get('/tasks?scope=mine');
    expect(mine.body.data.map((t: { id: string }) => t.id)).toContain(task.id);
    expect((await renshe.get('/tasks/counts')).body.mine).toBe(before.mine + 1);
    expect((await renshe.get('/tasks?scope=mine&due=overdue')).status).toBe(200);
    const detail = await renshe.get(`/tasks/${task.id}`);
    expect(detail.body.matter.receiptNo).toBe(matter.receiptNo);
    expect(detail.body.allowedDecisions.length).toBeGreaterThan(0);
    // unclaim gives it back to the department
    expect((await renshe.post(`/tasks/${task.id}/unclaim`)).body.assigneeId).toBeNull();
    // matters list and CSV export
    const list = await (await as('manager')).get(`/matters?q=${matter.receiptNo}&sort=id`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    const csv = await (await as('manager')).get(`/matters/export.csv?q=${matter.receiptNo}`);
    expect(csv.status).toBe(200);
    const [, exportedRow] = String(csv.body).split('\r\n');
    // labels and names, not codes (the file is read in Excel); the applicant's name stays masked
    expect(exportedRow).toMatch(new RegExp(`^${matter.receiptNo},[^,]+,承诺件,办理中,正常,[^,]*\\*[^,]*,[^,]+,[^,]*,人社所,`));
    const tasksCsv = await renshe.get('/tasks/export.csv?scope=department');
    expect(tasksCsv.status).toBe(200);
    expect(String(tasksCsv.body).split('\r\n').find((l) => l.startsWith(`${matter.receiptNo},`))).toContain(',人社所,,待签收,');
    // each export leaves an audit entry: who, which filter, how many rows
    const audited = await db.auditLog.findMany({ where: { action: { in: ['matter.export', 'task.export'] } }, orderBy: { seq: 'desc' }, take: 2 });
    expect(audited.map((a) => [a.action, a.actorName, (a.detail as { filters: unknown }).filters])).toEqual([
      ['task.export', 'renshe', expect.objectContaining({ scope: 'department' })],
      ['matter.export', 'manager', expect.objectContaining({ q: matter.receiptNo })],
    ]);
    expect(audited[1].detail).toMatchObject({ rows: 1, truncated: false });
  });

  test('AB岗: while the holder is absent, the backup sees and completes the held task', async () => {
    const matter = await acceptMatter('MZ-005');
    const task = await backOfficeTask(matter.id);
    const holder = await as('minzheng');
    expect((await holder.post(`/tasks/${task.id}/claim`)).status).toBe(200);
    const me = (await holder.get('/auth/me')).body;
    const backup = await as('minzheng2');
    const backupId = (await backup.get('/auth/me')).body.id;
    const now = Date.now();
    const set = await holder.put(`/users/${me.id}/backup`, {
      backupUserId: backupId, absentFrom: new Date(now - 60_000).toISOString(), absentUntil: new Date(now + 3_600_000).toISOString(),
    });
    expect(set.status).toBe(200);
    const mine = await backup.get('/tasks?scope=mine');
    expect(mine.body.data.map((t: { id: string }) => t.id)).toContain(task.id);
    const form = (await backup.get(`/tasks/${task.id}`)).body;
    const done = await backup.post(`/tasks/${task.id}/complete`, { decision: form.allowedDecisions[0], comment: 'B 岗代办', formData: formFor(form.formFields) });
    expect(done.status).toBe(200);
    const after = await matterDetail(matter.id);
    expect(after.tasks.find((t) => t.id === task.id)).toMatchObject({ status: 'COMPLETED', completedByName: '孙民政' });
    await holder.put(`/users/${me.id}/backup`, { backupUserId: null, absentFrom: null, absentUntil: null });
  });
});
