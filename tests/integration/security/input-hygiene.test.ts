import { randomUUID } from 'node:crypto';
import { ApiClient, type ApiResponse } from '../../support/api-client';
import { acceptMatter, applicant, as, backOfficeTask, itemGuide, openTasks, work } from '../../support/matters';
import { testDb } from '../../support/db';
import { addCalendarDays, chinaDateOf } from '../../../domain/china-time';
import { makeValidIdNumber } from '../../../domain/testing/id-numbers';

jest.setTimeout(180_000);

const NUL = 'a\u0000b';

/** A clean 400 naming the field, in Chinese and English (issue 25: each of these answered 500, or was stored). */
function expectRefused(res: ApiResponse, field: string) {
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('VALIDATION');
  const detail = (res.body.error.details as Array<{ path: string; message: string; messageEn: string }>).find(
    (d) => d.path === field,
  );
  expect(detail).toEqual({ path: field, message: expect.any(String), messageEn: expect.any(String) });
  expect(res.body.error.messageEn).toEqual(expect.any(String));
}

const intakeBody = async (over: Record<string, unknown> = {}) => {
  const guide = await itemGuide('MZ-001');
  return {
    idempotencyKey: randomUUID(),
    itemCode: 'MZ-001',
    applicant: applicant(),
    providedMaterials: guide.materials.filter((m) => m.required).map((m) => m.code),
    decision: 'ACCEPT',
    ...over,
  };
};

describe('text with a NUL is refused at the boundary with a 400 naming the field', () => {
  test('intake and bundle intake', async () => {
    const clerk = await as('clerk');
    const person = applicant();
    expectRefused(
      await clerk.post('/matters/intake', await intakeBody({ applicant: { ...person, name: NUL } })),
      'applicant.name',
    );
    expectRefused(await clerk.post('/matters/intake', await intakeBody({ decision: 'REFUSE', reason: NUL })), 'reason');
    expectRefused(
      await clerk.post('/matters/intake', await intakeBody({ idempotencyKey: `key-${NUL}-123` })),
      'idempotencyKey',
    );
    expectRefused(await clerk.post('/matters/intake', await intakeBody({ itemCode: `MZ${NUL}` })), 'itemCode');
    expectRefused(
      await clerk.post('/matters/bundle-intake', {
        idempotencyKey: randomUUID(),
        name: NUL,
        itemCodes: ['MZ-001', 'CL-001'],
        applicant: person,
        providedMaterials: ['ID_CARD'],
      }),
      'name',
    );
  });

  test('the searches and the exports', async () => {
    const manager = await as('manager');
    const admin = await as('admin');
    const q = encodeURIComponent(NUL);
    expectRefused(await manager.get(`/matters?q=${q}`), 'q');
    expectRefused(await manager.get(`/matters/export.csv?q=${q}`), 'q');
    expectRefused(await manager.get(`/tasks?q=${q}`), 'q');
    expectRefused(await admin.get(`/audit?actorName=${q}`), 'actorName');
    expectRefused(await admin.get(`/audit/export.csv?action=${q}`), 'action');
  });

  test('supervision, users, calendar notes and procedure names', async () => {
    const matter = await acceptMatter('MZ-001');
    const manager = await as('manager');
    const admin = await as('admin');
    expectRefused(await manager.post(`/matters/${matter.id}/supervise`, { message: `请加快${NUL}` }), 'message');
    expectRefused(
      await admin.post('/users', {
        username: `u${Date.now()}`,
        displayName: NUL,
        roles: ['CLERK'],
        departmentCode: 'WINDOW',
        password: 'Window-Clerk-2026-long',
      }),
      'displayName',
    );
    expectRefused(await admin.put('/calendar/overrides/2026-12-30', { kind: 'HOLIDAY', note: NUL }), 'note');
    expectRefused(await (await as('designer')).post('/procedures', { key: `nul-${Date.now()}`, name: NUL }), 'name');
  });

  test('the public lookup and rating, without a login', async () => {
    const anonymous = new ApiClient();
    expectRefused(
      await anonymous.get(`/public/lookup?receiptNo=${encodeURIComponent(NUL)}&phoneLast4=1234`),
      'receiptNo',
    );
    expectRefused(
      await anonymous.post('/public/rating', { receiptNo: 'SL-1', phoneLast4: '1234', score: 5, comment: NUL }),
      'comment',
    );
  });

  test('a human step with a NUL in its comment is refused at once, and the matter stays usable', async () => {
    const matter = await acceptMatter('MZ-001');
    const task = await backOfficeTask(matter.id);
    const api = await as('minzheng');
    expect((await api.post(`/tasks/${task.id}/claim`)).status).toBe(200);
    expectRefused(await api.post(`/tasks/${task.id}/complete`, { decision: 'approve', comment: NUL }), 'comment');
    expectRefused(
      await api.post(`/tasks/${task.id}/supplement`, { reason: `缺少${NUL}`, missing: ['户口簿'] }),
      'reason',
    );
    expectRefused(
      await api.post(`/matters/${matter.id}/extension-requests`, { workingDays: 2, reason: NUL }),
      'reason',
    );
    // a lone surrogate too: it would be stored as U+FFFD
    expectRefused(
      await api.post(`/tasks/${task.id}/complete`, { decision: 'approve', comment: 'ok\uD800' }),
      'comment',
    );
    // nothing moved: the same task is still the approver's, and completing it works
    expect((await openTasks(matter.id)).map((t) => [t.id, t.status])).toEqual([[task.id, 'CLAIMED']]);
    await work(task);
    expect((await openTasks(matter.id)).map((t) => t.id)).not.toContain(task.id);
  });
});

describe('dates are real days in plausible ranges', () => {
  test('filters refuse impossible and out-of-range dates', async () => {
    const manager = await as('manager');
    expectRefused(await manager.get('/dashboard/summary?from=0014-11-08'), 'from');
    expectRefused(await manager.get('/dashboard/summary?to=2026-02-30'), 'to');
    expectRefused(await manager.get('/matters?from=2026-13-45'), 'from');
    expectRefused(await manager.get('/matters?to=9999-99-99'), 'to');
    expectRefused(await (await as('admin')).get('/audit?from=2026-02-30T10:00:00Z'), 'from');
    expect((await manager.get('/dashboard/summary?from=2026-01-01&to=2026-12-31')).status).toBe(200);
  });

  test('owed-material due dates: real, not past, not absurdly far', async () => {
    const guide = await itemGuide('MZ-001');
    const owed = guide.materials.find((m) => m.required && m.deficiencyAllowed);
    expect(owed).toBeDefined();
    const clerk = await as('clerk');
    const owing = async (dueDate: string) =>
      clerk.post(
        '/matters/intake',
        await intakeBody({
          decision: 'ACCEPT_WITH_DEFICIENCY',
          providedMaterials: guide.materials.filter((m) => m.required && m.code !== owed!.code).map((m) => m.code),
          owed: [{ code: owed!.code, dueDate }],
        }),
      );
    for (const dueDate of ['2026-02-30', '9999-99-99', '1999-01-01'])
      expectRefused(await owing(dueDate), 'owed.0.dueDate');
    expectRefused(await owing(addCalendarDays(chinaDateOf(new Date()), 400)), 'owed.0.dueDate');
    expect((await owing(addCalendarDays(chinaDateOf(new Date()), 10))).status).toBe(201);
  });

  test('an ID number of someone born in 2099 is refused', async () => {
    const res = await (
      await as('clerk')
    ).post(
      '/matters/intake',
      await intakeBody({ applicant: { ...applicant(), idNumber: makeValidIdNumber(1, { birthDate: '2099-01-01' }) } }),
    );
    expectRefused(res, 'applicant.idNumber');
    expect(res.body.error.messageEn).toContain('The birth date inside the ID number is in the future');
  });
});

test("a right-to-left override in an applicant's name is refused; a name is kept in NFC", async () => {
  const clerk = await as('clerk');
  expectRefused(
    await clerk.post('/matters/intake', await intakeBody({ applicant: { ...applicant(), name: '张\u202E三' } })),
    'applicant.name',
  );
  const res = await clerk.post(
    '/matters/intake',
    await intakeBody({ applicant: { ...applicant(), name: 'Zoe\u0301' } }),
  );
  expect(res.status).toBe(201);
  const db = testDb();
  try {
    const { applicantName } = await db.matter.findUniqueOrThrow({ where: { id: res.body.matter.id } });
    expect(applicantName).toBe('Zo\u00E9');
  } finally {
    await db.$disconnect();
  }
});

test('% and _ in a search are taken literally', async () => {
  const matter = await acceptMatter('MZ-001');
  const manager = await as('manager');
  const admin = await as('admin');
  const total = async (api: ApiClient, path: string) => {
    const res = await api.get(path);
    expect(res.status).toBe(200);
    return res.body.total as number;
  };
  expect(await total(manager, `/matters?q=${encodeURIComponent(matter.receiptNo)}`)).toBe(1);
  expect(await total(manager, '/matters?q=%25')).toBe(0);
  expect(await total(manager, `/matters?q=${encodeURIComponent(matter.receiptNo.replace(/\d/, '_'))}`)).toBe(0);
  expect(await total(admin, '/audit?actorName=%25')).toBe(0);
  expect(await total(admin, '/users?q=%25')).toBe(0);
  expect(await total(admin, '/users?q=_')).toBe(0);
  expect(await total(admin, '/users?q=clerk')).toBeGreaterThan(0);
  expect(await total(manager, '/tasks?q=%25&scope=department')).toBe(0);
});
