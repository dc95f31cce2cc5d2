import { randomUUID } from 'node:crypto';
import { testDb } from '../../support/db';
import { acceptMatter, applicant, as, itemGuide, matterDetail, waitFor } from '../../support/matters';

const db = testDb();
afterAll(() => db.$disconnect());

describe('受理窗口: the window a matter is accepted at', () => {
  test("a clerk chooses among the own department's windows; centre-wide roles see every window", async () => {
    const mine = await (await as('clerk')).get('/windows');
    expect(mine.status).toBe(200);
    // other suites open windows of their own while this runs: the seeded two are there, and only the clerk's
    expect(mine.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'W01', name: '1号综合受理窗口', departmentCode: 'WINDOW', active: true }),
        expect.objectContaining({ code: 'W02', name: '2号综合受理窗口', departmentCode: 'WINDOW', active: true }),
      ]),
    );
    expect(mine.body.every((w: { departmentCode: string }) => w.departmentCode === 'WINDOW')).toBe(true);
    expect((await (await as('minzheng')).get('/windows')).body).toEqual([]);
    const all = await (await as('manager')).get('/windows');
    expect(all.body.map((w: { code: string }) => w.code)).toEqual(expect.arrayContaining(['W01', 'W02']));
  });

  test('the matter records the window it was accepted at', async () => {
    const matter = await acceptMatter('MZ-001', { extra: { windowCode: 'W02' } });
    expect((await matterDetail(matter.id)).windowCode).toBe('W02');
  });

  test("an unknown window, or another department's, is refused with a Chinese message and makes no matter", async () => {
    const department = await db.department.findUniqueOrThrow({ where: { code: 'MINZHENG' } });
    await db.window.upsert({
      where: { code: 'TS-MZ' },
      update: {},
      create: { code: 'TS-MZ', name: '民政专窗', departmentId: department.id },
    });
    try {
      for (const windowCode of ['W99', 'TS-MZ']) await expectRefused(windowCode);
    } finally {
      await db.window.delete({ where: { code: 'TS-MZ' } });
    }
  });

  // the API keeps each department's windows until a change notice (api/organisation/window-directory.ts)
  test('a window opened or moved away in the database is taken or refused once its notice arrives', async () => {
    const [windowDept, otherDept] = await Promise.all(
      ['WINDOW', 'CANLIAN'].map((code) => db.department.findUniqueOrThrow({ where: { code } })),
    );
    const code = `WT${randomUUID().slice(0, 6)}`; // listed after W01 and W02, which consoles pick first
    await expectRefused(code);
    await db.window.create({ data: { code, name: '临时受理窗口', departmentId: windowDept.id } });
    const taken = await waitFor(
      'the new window to be taken',
      async () => {
        const res = await intakeAt(code);
        return res.status === 201 && res;
      },
      5_000,
    );
    expect((await matterDetail(taken.body.matter.id)).windowCode).toBe(code);
    await db.window.update({ where: { code }, data: { departmentId: otherDept.id } });
    await waitFor('the moved window to be refused', async () => (await intakeAt(code)).status === 400, 5_000);
  });
});

async function intakeAt(windowCode: string, idempotencyKey = randomUUID()) {
  const guide = await itemGuide('MZ-001');
  return (await as('clerk')).post('/matters/intake', {
    idempotencyKey,
    itemCode: 'MZ-001',
    applicant: applicant(),
    windowCode,
    decision: 'ACCEPT',
    providedMaterials: guide.materials.filter((m) => m.required).map((m) => m.code),
  });
}

async function expectRefused(windowCode: string) {
  const idempotencyKey = randomUUID();
  const res = await intakeAt(windowCode, idempotencyKey);
  expect(res.status).toBe(400);
  expect(res.body.error).toMatchObject({ code: 'VALIDATION', message: `受理窗口 ${windowCode} 不存在或不属于本部门` });
  expect(await db.matter.count({ where: { idempotencyKey } })).toBe(0);
}
