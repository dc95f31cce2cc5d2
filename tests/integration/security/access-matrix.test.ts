import { randomUUID } from 'node:crypto';
import { API_URL, ApiClient } from '../../support/api-client';
import { acceptMatter, applicant, as, backOfficeTask } from '../../support/matters';
import { testDb } from '../../support/db';

jest.setTimeout(180_000);

/** Demo users (prisma/seed-data/organisation.ts): one per role, and approvers of several departments. */
const USERS: Record<string, { roles: string[]; department: string }> = {
  admin: { roles: ['ADMIN'], department: 'CENTRE' },
  manager: { roles: ['MANAGER'], department: 'CENTRE' },
  designer: { roles: ['DESIGNER'], department: 'CENTRE' },
  clerk: { roles: ['CLERK'], department: 'WINDOW' },
  agent: { roles: ['AGENT'], department: 'WINDOW' },
  minzheng: { roles: ['APPROVER'], department: 'MINZHENG' },
  canlian: { roles: ['APPROVER'], department: 'CANLIAN' },
  renshe: { roles: ['APPROVER'], department: 'RENSHE' },
  ziran: { roles: ['APPROVER'], department: 'ZIRAN' },
};
const DUMMY_ID = '00000000-0000-4000-8000-000000000000';

interface Operation {
  method: string;
  path: string;
  roles: string[];
}

async function operations(): Promise<Operation[]> {
  const doc = (await (await fetch(`${API_URL}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { 'x-roles'?: string[] }>>;
  };
  return Object.entries(doc.paths).flatMap(([p, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path: p.replace(/^\/api/, ''),
      roles: op['x-roles'] ?? ['ANY'],
    })),
  );
}
const concrete = (p: string, id = DUMMY_ID) =>
  p
    .replace(/\{id\}/g, id)
    .replace(/\{version\}/g, '1')
    .replace(/\{code\}/g, 'MZ-001')
    .replace(/\{date\}/g, '2026-12-01')
    .replace(/\{name\}/g, 'materialsSupplied')
    .replace(/\{[a-zA-Z]+\}/g, DUMMY_ID);

describe('access matrix: every route × role × department', () => {
  let ops: Operation[];
  beforeAll(async () => {
    ops = await operations();
  });

  test('the API documents a role list for every route', () => {
    expect(ops.length).toBeGreaterThan(30);
    for (const op of ops) expect(op.roles.length).toBeGreaterThan(0);
  });

  test('without a session every non-public route answers 401', async () => {
    const anonymous = new ApiClient();
    const failures: string[] = [];
    for (const op of ops.filter((o) => !o.roles.includes('PUBLIC'))) {
      const res = await anonymous.request(op.method, concrete(op.path), op.method === 'GET' ? undefined : {});
      if (res.status !== 401) failures.push(`${op.method} ${op.path} → ${res.status}`);
    }
    expect(failures).toEqual([]);
    // each refused request left an audit record naming the route
    const recorded = await testDb().auditLog.count({
      where: { action: 'access.unauthenticated', objectId: `GET /api${concrete('/matters/{id}')}` },
    });
    expect(recorded).toBeGreaterThanOrEqual(1);
  });

  test('function level: a role not listed for a route gets 403', async () => {
    const failures: string[] = [];
    for (const [username, user] of Object.entries(USERS)) {
      const api = await as(username);
      for (const op of ops.filter((o) => !o.roles.includes('ANY') && !o.roles.includes('PUBLIC'))) {
        if (user.roles.some((r) => op.roles.includes(r))) continue;
        const res = await api.request(op.method, concrete(op.path), op.method === 'GET' ? undefined : {});
        if (res.status !== 403) failures.push(`${username} ${op.method} ${op.path} → ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
    const recorded = await testDb().auditLog.count({
      where: {
        action: 'access.denied',
        actorName: 'clerk',
        objectId: 'POST /api/matters/00000000-0000-4000-8000-000000000000/extension-requests',
      },
    });
    expect(recorded).toBeGreaterThanOrEqual(1);
  });

  test('object level: another department can neither read nor change a matter or its task, and each try is audited', async () => {
    const matter = await acceptMatter('MZ-001');
    const task = await backOfficeTask(matter.id);
    const matterOps = ops.filter((o) => o.path.startsWith('/matters/{id}'));
    const taskOps = ops.filter((o) => o.path.startsWith('/tasks/{id}'));
    expect(matterOps.length).toBeGreaterThanOrEqual(6);
    expect(taskOps.length).toBeGreaterThanOrEqual(7);
    const outsiders = Object.entries(USERS).filter(
      ([, u]) => u.roles.includes('APPROVER') && u.department !== 'MINZHENG',
    );
    const failures: string[] = [];
    for (const [username, user] of outsiders) {
      const api = await as(username);
      for (const op of matterOps) {
        if (!op.roles.includes('ANY') && !user.roles.some((r) => op.roles.includes(r))) continue;
        const res = await api.request(
          op.method,
          concrete(op.path, matter.id),
          op.method === 'GET'
            ? undefined
            : { note: 'x', message: '越权督办', workingDays: 1, reason: '越权', kind: 'hearing' },
        );
        if (res.status !== 403) failures.push(`${username} ${op.method} ${op.path} → ${res.status}`);
      }
      for (const op of taskOps) {
        const res = await api.request(
          op.method,
          concrete(op.path, task.id),
          op.method === 'GET'
            ? undefined
            : {
                decision: 'approve',
                comment: '越权操作',
                toNodeId: 'x',
                toDepartmentCode: 'CANLIAN',
                reason: '越权操作',
                missing: ['x'],
              },
        );
        if (res.status !== 403) failures.push(`${username} ${op.method} ${op.path} → ${res.status}`);
      }
      const listed = await api.get(`/matters?q=${matter.receiptNo}`);
      if (listed.status !== 200 || listed.body.total !== 0)
        failures.push(`${username} lists the matter: ${listed.status} ${JSON.stringify(listed.body).slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
    const denials = await testDb().auditLog.count({
      where: { action: 'access.denied', objectId: { in: [matter.id, task.id] } },
    });
    expect(denials).toBeGreaterThanOrEqual(outsiders.length * 2);
    // the lead department itself can read it
    expect((await (await as('minzheng')).get(`/matters/${matter.id}`)).status).toBe(200);
  });

  test('a notice is read by its issuer, the window clerks of its department and the centre, not by an agent', async () => {
    const notice = await (
      await as('clerk')
    ).post('/matters/intake', {
      idempotencyKey: randomUUID(),
      itemCode: 'MZ-001',
      applicant: applicant(),
      providedMaterials: ['ID_CARD'],
      decision: 'NOTICE',
    });
    expect(notice.status).toBe(201);
    const path = `/notices/${notice.body.notice.id}`;
    expect((await (await as('agent')).get(path)).status).toBe(403);
    expect((await (await as('minzheng')).get(path)).status).toBe(403);
    expect((await (await as('clerk')).get(path)).status).toBe(200);
    expect((await (await as('manager')).get(path)).status).toBe(200);
  });

  test('the Temporal UI link is given to admins and managers only', async () => {
    const matter = await acceptMatter('MZ-001');
    expect((await (await as('manager')).get(`/matters/${matter.id}`)).body.temporalUrl).toMatch(/^http/);
    expect((await (await as('clerk')).get(`/matters/${matter.id}`)).body.temporalUrl).toBeNull();
    expect((await (await as('minzheng')).get(`/matters/${matter.id}`)).body.temporalUrl).toBeNull();
  });

  test('fields a role may not set are not accepted by any route', async () => {
    const matter = await acceptMatter('MZ-001');
    const task = await backOfficeTask(matter.id);
    const api = await as('minzheng');
    await api.post(`/tasks/${task.id}/claim`);
    const res = await api.post(`/tasks/${task.id}/complete`, {
      decision: 'approve',
      assigneeId: DUMMY_ID,
      status: 'COMPLETED',
      dueAt: '2030-01-01',
      candidateDepartmentCode: 'CANLIAN',
    });
    // unknown fields are stripped: the task is completed by the workflow, nothing else changes
    expect([200, 409]).toContain(res.status);
    const row = await testDb().task.findUniqueOrThrow({ where: { id: task.id } });
    expect(row.candidateDepartmentCode).toBe(task.candidateDepartmentCode);
    expect(row.dueAt?.toISOString()).not.toBe('2030-01-01T00:00:00.000Z');
  });
});
