import { randomUUID } from 'node:crypto';
import { ApiClient } from '../../support/api-client';
import { testDb } from '../../support/db';
import { useTemporalClient } from '../../support/temporal-client';
import {
  acceptMatter,
  as,
  backOfficeTask,
  formFor,
  matterDetail,
  waitFor,
  workerFor,
  type TaskRow,
} from '../../support/matters';

jest.setTimeout(120_000);
const db = testDb();
const newKey = () => `k-${randomUUID()}`;

const AB_PASSWORD = 'Backup2026secure';
/** A new approver of 民政办, signed in. */
async function approverOfMinzheng(name: string) {
  const username = `ab-${randomUUID().slice(0, 8)}`;
  const displayName = `AB岗${name}`;
  const created = await (
    await as('admin')
  ).post('/users', { username, displayName, roles: ['APPROVER'], departmentCode: 'MINZHENG', password: AB_PASSWORD });
  expect(created.status).toBe(201);
  return { id: created.body.id as string, displayName, api: await ApiClient.login(username, AB_PASSWORD) };
}

/** Marks `holder` absent from a minute ago for an hour, with `backup` as B post (AB岗). */
async function markAbsent(holder: Approver, backup: Approver) {
  const now = Date.now();
  return holder.api.put(`/users/${holder.id}/backup`, {
    backupUserId: backup.id,
    absentFrom: new Date(now - 60_000).toISOString(),
    absentUntil: new Date(now + 3_600_000).toISOString(),
  });
}
type Approver = Awaited<ReturnType<typeof approverOfMinzheng>>;

const temporal = useTemporalClient();
afterAll(() => db.$disconnect());

describe('inbox', () => {
  test("my department's tasks, claim moves a task to mine, counts follow, lists filter and sort", async () => {
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
    const claims = (await matterDetail(matter.id)).events.filter(
      (e) => e.type === 'task.claimed' && e.data?.taskKey === task.taskKey,
    );
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
    expect(exportedRow).toMatch(
      new RegExp(`^${matter.receiptNo},[^,]+,承诺件,办理中,正常,[^,]*\\*[^,]*,[^,]+,[^,]*,人社所,`),
    );
    const tasksCsv = await renshe.get('/tasks/export.csv?scope=department');
    expect(tasksCsv.status).toBe(200);
    expect(
      String(tasksCsv.body)
        .split('\r\n')
        .find((l) => l.startsWith(`${matter.receiptNo},`)),
    ).toContain(',人社所,,待签收,');
    // each export leaves an audit entry: who, which filter, how many rows
    const audited = await db.auditLog.findMany({
      where: { action: { in: ['matter.export', 'task.export'] } },
      orderBy: { seq: 'desc' },
      take: 2,
    });
    expect(audited.map((a) => [a.action, a.actorName, (a.detail as { filters: unknown }).filters])).toEqual([
      ['task.export', 'renshe', expect.objectContaining({ scope: 'department' })],
      ['matter.export', 'manager', expect.objectContaining({ q: matter.receiptNo })],
    ]);
    expect(audited[1].detail).toMatchObject({ rows: 1, truncated: false });
  });

  test("a step retried with its Idempotency-Key answers with the first attempt's outcome, also once the matter has ended", async () => {
    const matter = await acceptMatter('MZ-005');
    const withKey = async (task: TaskRow, key: string) => {
      const api = await as(workerFor(task));
      const form = (await api.get(`/tasks/${task.id}`)).body;
      if (form.status === 'OPEN') expect((await api.post(`/tasks/${task.id}/claim`)).status).toBe(200);
      const body = { decision: form.allowedDecisions[0], comment: '同意', formData: formFor(form.formFields) };
      return (k = key) => api.request('POST', `/tasks/${task.id}/complete`, body, { 'idempotency-key': k });
    };
    const first = await backOfficeTask(matter.id);
    // any step: the retry joins the first attempt's Update (Temporal keeps its outcome), so it is not a second step
    const worker = await as(workerFor(first));
    expect((await worker.post(`/tasks/${first.id}/claim`)).status).toBe(200);
    const unclaimKey = { 'idempotency-key': newKey() };
    const unclaims = [
      await worker.request('POST', `/tasks/${first.id}/unclaim`, {}, unclaimKey),
      await worker.request('POST', `/tasks/${first.id}/unclaim`, {}, unclaimKey),
    ];
    expect(unclaims.map((r) => [r.status, r.body.status])).toEqual([
      [200, 'OPEN'],
      [200, 'OPEN'],
    ]);
    const unclaimed = (await matterDetail(matter.id)).events.filter(
      (e) => e.type === 'task.unclaimed' && e.data?.taskKey === first.taskKey,
    );
    expect(unclaimed).toHaveLength(1);

    // a transfer takes the task away from the user, and its retry still answers with the outcome
    expect((await worker.post(`/tasks/${first.id}/claim`)).status).toBe(200);
    const transferKey = { 'idempotency-key': newKey() };
    const transfer = () =>
      worker.request(
        'POST',
        `/tasks/${first.id}/transfer`,
        { toDepartmentCode: 'RENSHE', comment: '转人社所' },
        transferKey,
      );
    const transfers = [await transfer(), await transfer()];
    expect(transfers.map((r) => [r.status, r.body.candidateDepartmentCode])).toEqual([
      [200, 'RENSHE'],
      [200, 'RENSHE'],
    ]);
    const transferred = (await matterDetail(matter.id)).events.filter(
      (e) => e.type === 'task.transferred' && e.data?.taskKey === first.taskKey,
    );
    expect(transferred).toHaveLength(1);

    const complete = await withKey(transfers[0].body, newKey());
    const [done, retried] = [await complete(), await complete()];
    expect([done.status, retried.status]).toEqual([200, 200]);
    expect(retried.body).toMatchObject({ id: first.id, status: 'COMPLETED' });
    // a new key is a new step, refused: the task is done
    expect((await complete(newKey())).status).toBe(409);
    expect((await complete('short')).body.error.details.map((d: { message: string }) => d.message)).toEqual([
      '幂等键至少 8 个字符',
    ]);
    const completions = (await matterDetail(matter.id)).events.filter(
      (e) => e.type === 'task.completed' && e.data?.taskKey === first.taskKey,
    );
    expect(completions).toHaveLength(1);

    // the last step ends the matter's workflow, which then answers no Update: its retry still gets the outcome
    let last = complete;
    for (;;) {
      const open = await waitFor('a step or the end', async () => {
        const m = await matterDetail(matter.id);
        const tasks = m.tasks.filter((t) => t.status === 'OPEN' || t.status === 'CLAIMED');
        return m.status !== 'IN_PROGRESS' || tasks.length ? tasks : undefined;
      });
      if (!open.length) break;
      for (const task of open) {
        last = await withKey(task, newKey());
        expect((await last()).status).toBe(200);
      }
    }
    const ended = await matterDetail(matter.id);
    expect(ended.status).toBe('COMPLETED');
    await temporal().workflow.getHandle(ended.workflowId).result();
    const again = await last();
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('COMPLETED');
    expect((await last(newKey())).status).toBe(409);
  });

  test('督办 bulk reassignment moves each task once: the same request again leaves the moved tasks as they are', async () => {
    const matters = [await acceptMatter('MZ-005'), await acceptMatter('MZ-005')];
    const tasks = [await backOfficeTask(matters[0].id), await backOfficeTask(matters[1].id)];
    const manager = await as('manager');
    const to = (await (await as('minzheng2')).get('/auth/me')).body;
    const request = { taskIds: tasks.map((t) => t.id), toUserId: to.id };
    expect((await manager.post('/tasks/reassign', request)).body).toEqual({ reassigned: 2 });
    expect((await manager.post('/tasks/reassign', request)).body).toEqual({ reassigned: 2 });
    for (const [i, task] of tasks.entries()) {
      const detail = await matterDetail(matters[i].id);
      expect(detail.tasks.find((t) => t.id === task.id)).toMatchObject({ status: 'CLAIMED', assigneeId: to.id });
      expect(
        detail.events.filter((e) => e.type === 'task.transferred' && e.data?.taskKey === task.taskKey),
      ).toHaveLength(1);
    }
    const nobody = await manager.post('/tasks/reassign', { ...request, toUserId: randomUUID() });
    expect([nobody.status, nobody.body.error.message]).toEqual([400, '接收人不存在或已停用']);
  });

  test('AB岗: while the holder is absent, the backup sees and completes the held task', async () => {
    // two approvers of their own: an absence changes who holds every task of the absent user, and the demo users'
    // tasks belong to the other tests running meanwhile
    const [holder, backup] = await Promise.all([approverOfMinzheng('甲'), approverOfMinzheng('乙')]);
    const matter = await acceptMatter('MZ-005');
    const task = await backOfficeTask(matter.id);
    expect((await holder.api.post(`/tasks/${task.id}/claim`)).status).toBe(200);
    expect((await markAbsent(holder, backup)).status).toBe(200);
    const mine = await backup.api.get('/tasks?scope=mine');
    expect(mine.body.data.map((t: { id: string }) => t.id)).toContain(task.id);
    const form = (await backup.api.get(`/tasks/${task.id}`)).body;
    const done = await backup.api.post(`/tasks/${task.id}/complete`, {
      decision: form.allowedDecisions[0],
      comment: 'B 岗代办',
      formData: formFor(form.formFields),
    });
    expect(done.status).toBe(200);
    const after = await matterDetail(matter.id);
    expect(after.tasks.find((t) => t.id === task.id)).toMatchObject({
      status: 'COMPLETED',
      completedByName: backup.displayName,
    });
  });

  test('AB岗: a holder marked absent who claims a task themselves keeps it, and completes it', async () => {
    const [holder, backup] = await Promise.all([approverOfMinzheng('丙'), approverOfMinzheng('丁')]);
    expect((await markAbsent(holder, backup)).status).toBe(200);
    const matter = await acceptMatter('MZ-005');
    const task = await backOfficeTask(matter.id);
    const claimed = await holder.api.post(`/tasks/${task.id}/claim`);
    expect([claimed.status, claimed.body.assigneeId]).toEqual([200, holder.id]);
    expect((await holder.api.get('/tasks?scope=mine')).body.data.map((t: { id: string }) => t.id)).toContain(task.id);
    expect((await backup.api.get('/tasks?scope=mine')).body.data.map((t: { id: string }) => t.id)).toContain(task.id);

    const form = (await holder.api.get(`/tasks/${task.id}`)).body;
    const done = await holder.api.post(`/tasks/${task.id}/complete`, {
      decision: form.allowedDecisions[0],
      comment: '本人办理',
      formData: formFor(form.formFields),
    });
    expect(done.status).toBe(200);
    const after = await matterDetail(matter.id);
    expect(after.tasks.find((t) => t.id === task.id)).toMatchObject({
      status: 'COMPLETED',
      completedByName: holder.displayName,
    });
    expect(after.events.filter((e) => e.type === 'task.transferred')).toHaveLength(0);
  });
});
