import { testDb } from '../../support/db';
import {
  acceptMatter,
  as,
  backOfficeTask,
  driveToEnd,
  keepMatterHistory,
  matterDetail,
  openTasks,
  waitFor,
  work,
  workerFor,
  type TaskRow,
} from '../../support/matters';

jest.setTimeout(180_000);

const db = testDb();
afterAll(() => db.$disconnect());

/** A catalogue item running the given seeded procedure, created once through the admin API. */
async function itemRunning(code: string, procedureKey: string, promisedDays = 10) {
  const admin = await as('admin');
  const res = await admin.post('/items', {
    code,
    name: `测试事项（${procedureKey}）`,
    kind: 'PROMISED',
    leadDepartmentCode: 'MINZHENG',
    legalBasis: '测试依据',
    conditions: '测试条件',
    promisedDays,
    statutoryDays: 20,
    deliveryMethods: ['ONSITE'],
    procedureKey,
    materials: [{ code: 'APPLICATION', name: '申请书' }],
  });
  expect([201, 409]).toContain(res.status);
}

describe('seeded procedures on the real worker', () => {
  test('the standard five steps run to completion, and the boundary timer on the unanswered 审批 fires its warning', async () => {
    await itemRunning('TS-STD', 'standard');
    const matter = await acceptMatter('TS-STD');
    // accepted long ago: the warning point (two working days before the deadline) has already passed when 审批 opens
    await db.matter.update({
      where: { id: matter.id },
      data: {
        acceptedAt: new Date('2026-10-09T10:00:00+08:00'),
        acceptedOn: '2026-10-09',
        dueDate: '2026-10-23',
        dueAt: new Date('2026-10-23T23:59:59.999+08:00'),
      },
    });
    let approve;
    while (!approve) {
      const open = await waitFor('an open task', async () => (await openTasks(matter.id)).at(0));
      if (open.stepKind === 'approve') approve = open;
      else await work(open);
    }
    await waitFor('the deadline warning', async () =>
      (await matterDetail(matter.id)).events.some((e) => e.type === 'service.notify'),
    );
    // the non-interrupting timer leaves the task open
    expect((await openTasks(matter.id)).map((t) => t.id)).toContain(approve.id);
    await driveToEnd(matter.id);
    const done = await matterDetail(matter.id);
    expect(done.status).toBe('COMPLETED');
    expect(done.tasks.filter((t) => t.status === 'COMPLETED').map((t) => t.stepKind)).toEqual([
      'receive',
      'route',
      'survey',
      'approve',
      'deliver',
    ]);
    await keepMatterHistory(matter.id, 'seeded-standard-with-boundary-timer');
  });

  test('a running matter keeps the version it started on; a new version applies to new matters only', async () => {
    // a procedure of its own (a copy of the seeded promised one), so other tests running meanwhile are not affected
    const designer = await as('designer');
    const seeded = (await designer.get('/procedures')).body.data.find((p: { key: string }) => p.key === 'promised');
    const xml: string = (await designer.get(`/procedures/${seeded.id}`)).body.draftXml;
    const created = await designer.post('/procedures', { key: 'ts-versions', name: '版本测试流程', draftXml: xml });
    expect(created.status).toBe(201);
    expect((await designer.post(`/procedures/${created.body.id}/publish`)).status).toBe(201);
    await itemRunning('TS-VER', 'ts-versions');
    const running = await acceptMatter('TS-VER');
    const before = await matterDetail(running.id);

    const renamed = xml.replace('name="审查"', 'name="初审（新版）"');
    expect(renamed).not.toBe(xml);
    expect((await designer.put(`/procedures/${created.body.id}`, { draftXml: renamed })).status).toBe(200);
    // two clicks at once, and one more later (a retry after a lost answer): one new version
    const clicks = await Promise.all([1, 2].map(() => designer.post(`/procedures/${created.body.id}/publish`)));
    clicks.push(await designer.post(`/procedures/${created.body.id}/publish`));
    const published = clicks[0];
    expect(clicks.map((c) => [c.status, c.body.version, c.body.id])).toEqual(
      clicks.map(() => [201, before.procedureVersion + 1, published.body.id]),
    );
    expect(clicks.filter((c) => !c.body.unchanged)).toHaveLength(1);
    expect(clicks[2].body.unchanged).toBe(true);
    expect((await designer.get(`/procedures/${created.body.id}`)).body.versions).toHaveLength(2);

    const fresh = await acceptMatter('TS-VER');
    expect((await matterDetail(fresh.id)).procedureVersion).toBe(published.body.version);
    const names = async (id: string) => {
      await driveToEnd(id);
      return (await matterDetail(id)).tasks.map((t) => t.name);
    };
    expect(await names(running.id)).toContain('审查');
    expect(await names(fresh.id)).toContain('初审（新版）');
    expect((await matterDetail(running.id)).procedureVersion).toBe(before.procedureVersion);
  });

  test('a version published before the compiler wrote allowedDecisions (plan schema 1) runs, and its forms still offer them', async () => {
    const designer = await as('designer');
    const seeded = (await designer.get('/procedures')).body.data.find((p: { key: string }) => p.key === 'rejected');
    const xml: string = (await designer.get(`/procedures/${seeded.id}`)).body.draftXml;
    const created = await designer.post('/procedures', { key: 'ts-schema-1', name: '旧版计划测试流程', draftXml: xml });
    expect(created.status).toBe(201);
    const published = await designer.post(`/procedures/${created.body.id}/publish`);
    expect(published.status).toBe(201);
    // the plan as the compiler stored it before: no allowedDecisions, schema 1
    const version = await db.procedureVersion.findUniqueOrThrow({ where: { id: published.body.id } });
    const plan = version.plan as {
      schemaVersion: number;
      nodes: Record<string, Record<string, unknown>>;
      conditionFormKeys?: string[];
    };
    expect(plan.schemaVersion).toBe(3);
    delete plan.conditionFormKeys;
    for (const node of Object.values(plan.nodes)) delete node.allowedDecisions;
    await db.procedureVersion.update({
      where: { id: version.id },
      data: { plan: { ...plan, schemaVersion: 1 } as object },
    });

    await itemRunning('TS-PLAN1', 'ts-schema-1');
    const matter = await acceptMatter('TS-PLAN1');
    const decisionsOf = async (task: TaskRow) =>
      (await (await as(workerFor(task))).get(`/tasks/${task.id}`)).body.allowedDecisions;
    const window = await waitFor('受理', async () => (await openTasks(matter.id)).find((t) => t.name === '受理'));
    expect(await decisionsOf(window)).toEqual(['complete']);
    const review = await backOfficeTask(matter.id);
    expect(review.name).toBe('审查');
    expect(await decisionsOf(review)).toEqual(['approve', 'reject']);
    await work(review, 'reject');
    await waitFor('the refusal', async () => (await matterDetail(matter.id)).status === 'REJECTED');
  });
});
