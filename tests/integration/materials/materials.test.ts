import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { addCalendarDays, chinaDateOf } from '../../../domain/china-time';
import { owedMaterialsDueWithin } from '../../../api/materials/owed-materials';
import type { Db } from '../../../platform/db';
import { testDb } from '../../support/db';
import { sha256 } from '../../support/file-store-suite';
import { fetchFile, samplePdf, samplePng, uploadFile } from '../../support/material-files';
import { applicant, as } from '../../support/matters';

/**
 * 电子材料 on the real stack: files staged at the window join the matter its intake makes; the approver previews and
 * downloads the same bytes (by hash), each access audited; bad files are refused with nothing stored; another
 * department is refused; owed (容缺) materials are tracked until a file or a mark supplies them.
 */
jest.setTimeout(120_000);

const ITEM = 'MZ-001'; // 最低生活保障申请: 民政办; 家庭收入情况说明 (INCOME) may be owed
let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(() => db.$disconnect());

const stagePath = (intakeKey: string, materialCode: string) =>
  `/materials/uploads?intakeKey=${intakeKey}&itemCode=${ITEM}&materialCode=${materialCode}`;

/** Every stored file (temporary ones aside): what "nothing stored" is checked against. */
async function storedFiles(): Promise<string[]> {
  const root = path.join(process.env.DATA_DIR!, 'files');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !e.parentPath.endsWith(`${path.sep}tmp`))
    .map((e) => e.name)
    .sort();
}

async function intake(intakeKey: string, owedDue = addCalendarDays(chinaDateOf(new Date()), 5)) {
  const res = await (
    await as('clerk')
  ).post('/matters/intake', {
    idempotencyKey: intakeKey,
    itemCode: ITEM,
    applicant: applicant(),
    providedMaterials: ['APPLICATION', 'ID_CARD', 'HUKOU', 'ASSETS', 'AUTH'],
    decision: 'ACCEPT_WITH_DEFICIENCY',
    owed: [{ code: 'INCOME', dueDate: owedDue }],
  });
  expect(res.status).toBe(201);
  return res.body.matter as { id: string; receiptNo: string };
}

const materialsOf = async (username: string, matterId: string) =>
  (await as(username)).get(`/matters/${matterId}/materials`);

test('files staged at intake reach the approver byte for byte; every view and download is audited', async () => {
  const clerk = await as('clerk');
  const intakeKey = randomUUID();
  const pdf = await samplePdf(`ID card ${intakeKey}`);
  const png = samplePng(16, 7);
  const staged = await uploadFile(clerk, stagePath(intakeKey, 'ID_CARD'), {
    filename: '身份证.pdf',
    type: 'application/pdf',
    content: pdf,
  });
  expect(staged.status).toBe(201);
  expect(staged.body).toMatchObject({ name: '身份证.pdf', mime: 'application/pdf', size: pdf.length, stage: 'INTAKE' });
  expect(staged.body.sha256).toBe(sha256(pdf));
  expect((await uploadFile(clerk, stagePath(intakeKey, 'HUKOU'), { filename: '户口簿', content: png })).body.name).toBe(
    '户口簿.png',
  );

  // until the intake is made, only the uploader sees a staged file
  expect((await fetchFile(await as('agent'), staged.body.id)).status).toBe(403);

  const matter = await intake(intakeKey);
  const listed = await materialsOf('minzheng', matter.id);
  expect(listed.status).toBe(200);
  const byCode = Object.fromEntries(listed.body.materials.map((m: any) => [m.code, m]));
  expect(byCode.ID_CARD.files).toEqual([expect.objectContaining({ id: staged.body.id, sha256: sha256(pdf) })]);
  expect(byCode.HUKOU.files[0]).toMatchObject({ mime: 'image/png', name: '户口簿.png' });
  expect(byCode.INCOME).toMatchObject({ owed: true, owedState: 'OWED', files: [] });
  expect(listed.body).toMatchObject({ canUpload: false, canMarkSupplied: false });

  const minzheng = await as('minzheng');
  const view = await fetchFile(minzheng, staged.body.id);
  expect(view.status).toBe(200);
  expect(sha256(view.bytes)).toBe(sha256(pdf));
  expect(view.headers.get('content-type')).toBe('application/pdf');
  expect(view.headers.get('content-disposition')).toMatch(
    /^inline; .*filename\*=UTF-8''%E8%BA%AB%E4%BB%BD%E8%AF%81\.pdf/,
  );
  expect(view.headers.get('x-content-type-options')).toBe('nosniff');
  const download = await fetchFile(minzheng, staged.body.id, true);
  expect(download.headers.get('content-disposition')).toMatch(/^attachment; /);
  expect(sha256(download.bytes)).toBe(sha256(pdf));

  const minzhengUser = await db.user.findUniqueOrThrow({ where: { username: 'minzheng' } });
  const audited = await db.auditLog.findMany({
    where: { objectType: 'MaterialFile', objectId: staged.body.id, actorId: minzhengUser.id },
    orderBy: { seq: 'asc' },
  });
  expect(audited.map((a) => a.action)).toEqual(['material.view', 'material.download']);
  expect(audited[0].detail).toMatchObject({ matterId: matter.id, materialCode: 'ID_CARD', sha256: sha256(pdf) });

  // the intake is made: its files are the matter's record now
  expect((await clerk.request('DELETE', `/materials/uploads/${staged.body.id}`)).status).toBe(409);
});

test("another department's approver sees neither the materials nor a file", async () => {
  const intakeKey = randomUUID();
  const staged = await uploadFile(await as('clerk'), stagePath(intakeKey, 'ID_CARD'), {
    filename: 'id.pdf',
    content: await samplePdf('scope'),
  });
  const matter = await intake(intakeKey);
  const canlian = await as('canlian');
  expect((await canlian.get(`/matters/${matter.id}/materials`)).status).toBe(403);
  expect((await fetchFile(canlian, staged.body.id)).status).toBe(403);
  const canlianUser = await db.user.findUniqueOrThrow({ where: { username: 'canlian' } });
  expect(
    await db.auditLog.count({ where: { actorId: canlianUser.id, action: 'access.denied', objectId: matter.id } }),
  ).toBeGreaterThanOrEqual(2);
});

test('bad files are refused in both languages and nothing is stored', async () => {
  const clerk = await as('clerk');
  const intakeKey = randomUUID();
  const pdf = await samplePdf('bad files');
  const limits = (await clerk.get('/materials/limits')).body;
  expect(limits).toEqual({ fileBytes: 20 * 1024 * 1024, matterBytes: 200 * 1024 * 1024 });
  const before = await storedFiles();
  const cases: Array<[string, Parameters<typeof uploadFile>[2], number]> = [
    ['empty', { filename: 'a.pdf', content: Buffer.alloc(0) }, 400],
    ['oversized', { filename: 'big.pdf', content: Buffer.concat([pdf, Buffer.alloc(limits.fileBytes)]) }, 413],
    ['a PNG named .pdf', { filename: 'a.pdf', content: samplePng() }, 415],
    ['a program', { filename: 'setup.pdf', content: Buffer.from('MZ\x90\x00\x03\x00\x00\x00'.repeat(100)) }, 415],
    ['text', { filename: 'a.txt', content: Buffer.from('just some text '.repeat(50)) }, 415],
    ['a path in the name', { filename: '../../secret/a.pdf', content: pdf }, 400],
  ];
  for (const [what, part, status] of cases) {
    const res = await uploadFile(clerk, stagePath(intakeKey, 'ID_CARD'), part);
    expect({ what, status: res.status }).toEqual({ what, status });
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(res.body.error.messageEn).toMatch(/[a-z]/);
  }
  expect(await db.materialFile.count({ where: { intakeKey } })).toBe(0);
  expect(await storedFiles()).toEqual(before);
});

test('an owed material is tracked until a file supplies it, or staff mark it supplied', async () => {
  const clerk = await as('clerk');
  const today = chinaDateOf(new Date());
  const [byFile, byMark] = [await intake(randomUUID(), addCalendarDays(today, 3)), await intake(randomUUID())];
  const owed = async () =>
    (await owedMaterialsDueWithin(db, 7)).filter((o) => o.matterId === byFile.id || o.matterId === byMark.id);
  expect(await owed()).toEqual([
    expect.objectContaining({ matterId: byFile.id, materialCode: 'INCOME', dueDate: addCalendarDays(today, 3) }),
    expect.objectContaining({ matterId: byMark.id, materialCode: 'INCOME', overdue: false }),
  ]);
  expect((await owedMaterialsDueWithin(db, 2)).some((o) => o.matterId === byFile.id)).toBe(false);

  const income = await samplePdf('income statement');
  const added = await uploadFile(clerk, `/matters/${byFile.id}/materials/INCOME/files`, {
    filename: '收入说明.pdf',
    content: income,
  });
  expect(added.status).toBe(201);
  expect(added.body.stage).toBe('SUPPLEMENT');
  expect((await clerk.post(`/matters/${byMark.id}/materials/INCOME/supplied`, { note: '纸质原件已收' })).status).toBe(
    200,
  );
  // a material that was not owed cannot be marked
  expect((await clerk.post(`/matters/${byMark.id}/materials/ID_CARD/supplied`, {})).status).toBe(409);
  expect(await owed()).toEqual([]);

  const fileState = (await materialsOf('clerk', byFile.id)).body;
  expect(fileState).toMatchObject({ canUpload: true, canMarkSupplied: true });
  expect(fileState.materials.find((m: any) => m.code === 'INCOME')).toMatchObject({
    owedState: 'SUPPLIED',
    supplied: { how: 'FILE' },
  });
  const markState = (await materialsOf('minzheng', byMark.id)).body.materials.find((m: any) => m.code === 'INCOME');
  expect(markState).toMatchObject({ owedState: 'SUPPLIED', supplied: { how: 'MARK', note: '纸质原件已收' } });
  const events = (await clerk.get(`/matters/${byMark.id}`)).body.events.map((e: any) => e.type);
  expect(events).toContain('material.supplied');
  expect((await clerk.get(`/matters/${byFile.id}`)).body.events.map((e: any) => e.type)).toContain('material.uploaded');
});

test('a staged file can be taken back before the intake', async () => {
  const clerk = await as('clerk');
  const intakeKey = randomUUID();
  const staged = await uploadFile(clerk, stagePath(intakeKey, 'AUTH'), {
    filename: 'wrong page.pdf',
    content: await samplePdf('wrong page'),
  });
  expect((await (await as('agent')).request('DELETE', `/materials/uploads/${staged.body.id}`)).status).toBe(403);
  expect((await clerk.request('DELETE', `/materials/uploads/${staged.body.id}`)).status).toBe(200);
  expect(await db.materialFile.count({ where: { intakeKey } })).toBe(0);
});

test("a village agent's uploads join the matter the agent submits", async () => {
  const agent = await as('agent');
  const intakeKey = randomUUID();
  const pdf = await samplePdf(`entrusted ${intakeKey}`);
  expect(
    (await uploadFile(agent, stagePath(intakeKey, 'APPLICATION'), { filename: '申请书.pdf', content: pdf })).status,
  ).toBe(201);
  expect((await agent.get(`/materials/uploads?intakeKey=${intakeKey}`)).body).toEqual([
    expect.objectContaining({ materialCode: 'APPLICATION', sha256: sha256(pdf) }),
  ]);
  const res = await agent.post('/matters/intake', {
    idempotencyKey: intakeKey,
    itemCode: ITEM,
    applicant: applicant(),
    providedMaterials: ['APPLICATION', 'ID_CARD', 'HUKOU', 'INCOME', 'ASSETS', 'AUTH'],
    decision: 'ACCEPT',
    entrustment: { documentRef: `WT-${intakeKey.slice(0, 8)}` },
  });
  expect(res.status).toBe(201);
  for (const username of ['agent', 'minzheng']) {
    const listed = await materialsOf(username, res.body.matter.id);
    const application = listed.body.materials.find((m: any) => m.code === 'APPLICATION');
    expect({ username, files: application.files.map((f: any) => f.sha256) }).toEqual({
      username,
      files: [sha256(pdf)],
    });
  }
});
