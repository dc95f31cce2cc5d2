import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../../generated/prisma/client';
import type { Db } from '../../../platform/db';
import { hashPassword } from '../../../api/auth/password';
import { ApiClient, DEMO_PASSWORD } from '../../support/api-client';
import { testDb } from '../../support/db';
import { insertMatter } from '../admin-fixtures/matter-rows';

/**
 * The inbox's rules on rows written straight to the database, in a department of their own so that nothing else
 * the suite does lands in these lists: scope (department and role, mine and AB岗), status, due soon / overdue
 * (by the task's due time or the matter's warning), literal search, sort with empty due times last, paging with
 * the total, the counts, the 督办 flag, and instants that come back exactly as stored.
 */
jest.setTimeout(120_000);

const DAY = 86_400_000;
let db: Db;
let api: ApiClient;
let dept: string;
let me: string;
const ids: Record<string, string> = {};
const now = Date.now();

async function user(username: string, departmentId: string, extra: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  return db.user.create({
    data: {
      username,
      displayName: username,
      roles: ['APPROVER'],
      departmentId,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      ...extra,
    },
  });
}

beforeAll(async () => {
  db = testDb();
  const tag = randomUUID().slice(0, 8).toUpperCase();
  dept = `T${tag}`;
  const department = await db.department.create({ data: { code: dept, name: `测试部门${tag}` } });
  // a department of its own too: a user added to a seeded department would show in other suites' user lists
  const otherDept = await db.department.create({ data: { code: `${dept}O`, name: `测试部门${tag}乙` } });
  me = (await user(`inbox-me-${tag}`, department.id)).id;
  const backedNow = await user(`inbox-absent-${tag}`, department.id, {
    backupUserId: me,
    absentFrom: new Date(now - DAY),
    absentUntil: new Date(now + DAY),
  });
  const backedLater = await user(`inbox-later-${tag}`, department.id, {
    backupUserId: me,
    absentFrom: new Date(now + DAY),
    absentUntil: new Date(now + 2 * DAY),
  });
  const stranger = await user(`inbox-other-${tag}`, otherDept.id);

  const plain = await insertMatter(db, 'MZ-005');
  const red = await insertMatter(db, 'MZ-005', { warningLevel: 'RED' });
  const yellow = await insertMatter(db, 'MZ-005', { warningLevel: 'YELLOW' });
  await db.supervision.create({ data: { matterId: red.id, fromUserId: stranger.id, message: '请加快办理' } });
  const task = async (key: string, matterId: string, fields: Partial<Prisma.TaskUncheckedCreateInput>) => {
    const t = await db.task.create({
      data: {
        matterId,
        taskKey: `fixture-${randomUUID()}/${key}`,
        nodeId: `Task_${key}`,
        name: `审查${key}`,
        stepKind: 'review',
        candidateDepartmentCode: dept,
        createdAt: new Date(now - DAY),
        ...fields,
      },
    });
    ids[key] = t.id;
  };
  // due in 5 days, 1 day (soon), 10 days ago (overdue), none; a RED matter's task not yet due; a YELLOW one's
  await task('a', plain.id, { dueAt: new Date(now + 5 * DAY + 123) });
  await task('b', plain.id, {
    dueAt: new Date(now + DAY),
    candidateRole: 'APPROVER',
    assigneeId: me,
    status: 'CLAIMED',
  });
  await task('c', plain.id, { dueAt: new Date(now - 10 * DAY) });
  await task('d', plain.id, { dueAt: null, createdAt: new Date(now - 2 * DAY) });
  await task('e', red.id, { dueAt: new Date(now + 7 * DAY) });
  await task('f', yellow.id, { dueAt: new Date(now + 8 * DAY), name: '含%通配符的环节' });
  // not in my department's list: another role, done, another department
  await task('g', plain.id, { dueAt: new Date(now), candidateRole: 'CLERK' });
  await task('h', plain.id, {
    dueAt: new Date(now),
    status: 'COMPLETED',
    completedAt: new Date(now),
    completedById: me,
    decision: 'complete',
  });
  await task('i', plain.id, { dueAt: new Date(now), candidateDepartmentCode: 'MINZHENG' });
  // mine through AB岗: held by a colleague absent now (not by one absent only later)
  await task('j', plain.id, {
    dueAt: new Date(now + 3 * DAY),
    candidateDepartmentCode: 'MINZHENG',
    assigneeId: backedNow.id,
    status: 'CLAIMED',
  });
  await task('k', plain.id, {
    dueAt: new Date(now + 3 * DAY),
    candidateDepartmentCode: 'MINZHENG',
    assigneeId: backedLater.id,
    status: 'CLAIMED',
  });
  api = await ApiClient.login(`inbox-me-${tag}`);
});
afterAll(() => db.$disconnect());

const keysOf = (rows: Array<{ id: string }>) => rows.map((r) => Object.keys(ids).find((k) => ids[k] === r.id) ?? r.id);
async function inbox(query: string) {
  const res = await api.get(`/tasks?${query}`);
  expect(res.status).toBe(200);
  return {
    keys: keysOf(res.body.data),
    total: res.body.total as number,
    data: res.body.data as Array<Record<string, unknown>>,
  };
}

test('department scope: open tasks of my department for any role or mine, sorted by due time with empty ones last, paged with the total', async () => {
  expect(await inbox('scope=department&sort=dueAt&order=ASC')).toMatchObject({
    keys: ['c', 'b', 'a', 'e', 'f', 'd'],
    total: 6,
  });
  expect((await inbox('scope=department&sort=dueAt&order=DESC')).keys).toEqual(['f', 'e', 'a', 'b', 'c', 'd']);
  expect(await inbox('scope=department&sort=dueAt&order=ASC&page=2&perPage=4')).toMatchObject({
    keys: ['f', 'd'],
    total: 6,
  });
  expect(await inbox('scope=department&page=3&perPage=4')).toMatchObject({ keys: [], total: 6 });
  expect((await inbox('scope=department&sort=createdAt&order=DESC')).keys.at(-1)).toBe('d');
  expect(await inbox('scope=department&status=COMPLETED')).toMatchObject({ keys: ['h'], total: 1 });
});

test('mine: held by me or by a colleague absent now who named me as backup (AB岗)', async () => {
  expect(await inbox('scope=mine&sort=dueAt&order=ASC')).toMatchObject({ keys: ['b', 'j'], total: 2 });
  expect(await api.get('/tasks/counts')).toMatchObject({ status: 200, body: { mine: 2, department: 6, overdue: 2 } });
});

test("due soon and overdue go by the task's due time or the matter's warning; search is literal", async () => {
  expect((await inbox('scope=department&due=soon&sort=dueAt')).keys).toEqual(['b', 'f']);
  expect((await inbox('scope=department&due=overdue&sort=dueAt')).keys).toEqual(['c', 'e']);
  expect((await inbox('scope=department&q=审查a')).keys).toEqual(['a']);
  expect((await inbox(`scope=department&q=${encodeURIComponent('%')}`)).keys).toEqual(['f']);
  const receipt = (await db.matter.findFirstOrThrow({ where: { tasks: { some: { id: ids.e } } } })).receiptNo;
  expect((await inbox(`scope=department&q=${receipt}`)).keys).toEqual(['e']);
});

test('rows carry the matter, names and the 督办 flag, and instants exactly as stored', async () => {
  const { data } = await inbox('scope=department&sort=dueAt&order=ASC');
  const byKey = Object.fromEntries(data.map((r) => [keysOf([r as { id: string }])[0], r]));
  const stored = await db.task.findUniqueOrThrow({ where: { id: ids.a }, include: { matter: true } });
  expect(byKey.a).toMatchObject({
    dueAt: stored.dueAt!.toISOString(),
    createdAt: stored.createdAt.toISOString(),
    completedAt: null,
    receiptNo: stored.matter.receiptNo,
    itemName: stored.matter.itemName,
    matterDueDate: stored.matter.dueDate,
    warningLevel: 'NONE',
    status: 'OPEN',
    candidateRole: null,
    supervised: false,
  });
  expect(byKey.b).toMatchObject({
    assigneeId: me,
    assigneeName: expect.stringMatching(/^inbox-me-/),
    candidateRole: 'APPROVER',
    status: 'CLAIMED',
  });
  expect(byKey.e).toMatchObject({ supervised: true, warningLevel: 'RED' });
});

test('a task outside my scope is forbidden and audited; an unknown one is not found', async () => {
  expect((await api.get(`/tasks/${ids.i}`)).status).toBe(403);
  expect(await db.auditLog.count({ where: { action: 'access.denied', objectType: 'Task', objectId: ids.i } })).toBe(1);
  expect((await api.get(`/tasks/${randomUUID()}`)).status).toBe(404);
  expect((await api.post(`/tasks/${ids.k}/claim`)).status).toBe(403);
});
