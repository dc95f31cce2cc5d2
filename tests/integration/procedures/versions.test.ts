import { readFileSync } from 'node:fs';
import path from 'node:path';
import { testDb } from '../../support/db';
import { as } from '../../support/matters';

jest.setTimeout(120_000);

const db = testDb();
afterAll(() => db.$disconnect());

/** unique per run: the test database may hold an earlier run's rows */
const run = String(Date.now() % 1_000_000);
// the API stores a diagram trimmed
const promisedXml = readFileSync(path.resolve(__dirname, '../../../bpmn/procedures/promised.bpmn'), 'utf8').trim();

async function newProcedure(key: string) {
  const designer = await as('designer');
  const created = await designer.post('/procedures', { key: `${key}-${run}`, name: '版本测试', draftXml: promisedXml });
  expect(created.status).toBe(201);
  return { designer, id: created.body.id as string };
}

describe('procedure versions: change notes, what publishing changes, restoring a version as the draft', () => {
  test('the change note is stored with the version, listed with it and in the audit trail', async () => {
    const { designer, id } = await newProcedure('ts-note');
    const published = await designer.post(`/procedures/${id}/publish`, { changeNote: '  首次发布：标准五步  ' });
    expect(published.status).toBe(201);
    const detail = await designer.get(`/procedures/${id}`);
    expect(detail.body.versions.map((v: { changeNote: string | null }) => v.changeNote)).toEqual([
      '首次发布：标准五步',
    ]);
    expect((await designer.get(`/procedures/${id}/versions/1`)).body.changeNote).toBe('首次发布：标准五步');
    const row = await db.procedureVersion.findUniqueOrThrow({
      where: { procedureId_version: { procedureId: id, version: 1 } },
    });
    expect(row.changeNote).toBe('首次发布：标准五步');
    const audit = await db.auditLog.findFirst({ where: { objectId: id, action: 'procedure.publish' } });
    expect(audit?.detail).toMatchObject({ version: 1, changeNote: '首次发布：标准五步' });

    // a blank or overlong note is refused with a message, and no version is made
    for (const changeNote of ['   ', 'x'.repeat(501)]) {
      const refused = await designer.put(`/procedures/${id}`, {
        draftXml: promisedXml.replace('name="审查"', 'name="复审"'),
      });
      expect(refused.status).toBe(200);
      const res = await designer.post(`/procedures/${id}/publish`, { changeNote });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(/变更说明/);
    }
    expect((await designer.get(`/procedures/${id}`)).body.versions).toHaveLength(1);
  });

  test('the draft changes name the elements added, removed and changed since the latest version', async () => {
    const { designer, id } = await newProcedure('ts-diff');
    const before = await designer.get(`/procedures/${id}/draft-changes`);
    expect(before.status).toBe(200);
    expect(before.body.baseVersion).toBeNull();
    expect(before.body.added.map((e: { id: string }) => e.id)).toContain('Task_Review');
    expect(before.body.removed).toEqual([]);

    expect((await designer.post(`/procedures/${id}/publish`, { changeNote: '第一版' })).status).toBe(201);
    const same = await designer.get(`/procedures/${id}/draft-changes`);
    expect(same.body).toEqual({ baseVersion: 1, unchanged: true, added: [], removed: [], changed: [] });

    const edited = promisedXml
      .replace('name="审查"', 'name="初审"')
      .replace('</bpmn:process>', '<bpmn:userTask id="Task_Extra" name="补充审查"/></bpmn:process>');
    expect((await designer.put(`/procedures/${id}`, { draftXml: edited })).status).toBe(200);
    const changes = await designer.get(`/procedures/${id}/draft-changes`);
    expect(changes.body).toMatchObject({
      baseVersion: 1,
      unchanged: false,
      added: [{ id: 'Task_Extra', name: '补充审查', type: 'bpmn:UserTask' }],
      removed: [],
      changed: [{ id: 'Task_Review', name: '初审', type: 'bpmn:UserTask' }],
    });

    // a clerk may not see a draft's changes
    expect((await (await as('clerk')).get(`/procedures/${id}/draft-changes`)).status).toBe(403);
  });

  test('any published version can be restored as the draft, also over a draft that does not parse', async () => {
    const { designer, id } = await newProcedure('ts-restore');
    expect((await designer.post(`/procedures/${id}/publish`, { changeNote: '第一版' })).status).toBe(201);
    const second = promisedXml.replace('name="审查"', 'name="第二版审查"');
    expect((await designer.put(`/procedures/${id}`, { draftXml: second })).status).toBe(200);
    expect((await designer.post(`/procedures/${id}/publish`, { changeNote: '第二版' })).status).toBe(201);

    // a draft broken beyond parsing: it is kept as saved, and comparing it says why it cannot
    expect((await designer.put(`/procedures/${id}`, { draftXml: '<bpmn:definitions><oops' })).status).toBe(200);
    const broken = await designer.get(`/procedures/${id}/draft-changes`);
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(/恢复/);

    const restored = await designer.post(`/procedures/${id}/versions/1/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.draftXml).toBe(promisedXml);
    expect((await designer.get(`/procedures/${id}`)).body.draftXml).toBe(promisedXml);
    // the draft is now version 1 again: against the latest (2) it changes the one renamed task back
    expect((await designer.get(`/procedures/${id}/draft-changes`)).body.changed).toEqual([
      { id: 'Task_Review', name: '审查', type: 'bpmn:UserTask' },
    ]);
    expect(await db.auditLog.count({ where: { objectId: id, action: 'procedure.restoreVersion' } })).toBe(1);

    expect((await designer.post(`/procedures/${id}/versions/9/restore`)).status).toBe(404);
    expect((await (await as('clerk')).post(`/procedures/${id}/versions/1/restore`)).status).toBe(403);
  });
});
