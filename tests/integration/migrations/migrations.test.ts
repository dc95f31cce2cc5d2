import { testDb } from '../../support/db';
import { as, openTasks, waitFor, workerFor, type TaskRow } from '../../support/matters';
import { matterOnOldVersion, type DryRunItem } from '../../support/migrations';

jest.setTimeout(180_000);

const db = testDb();
afterAll(() => db.$disconnect());

test('proposal, dry run and batch: the claimed window task moves to its renamed element with its holder; audited; the matter goes on on v2', async () => {
  const { designer, procedureId, matter, receive } = await matterOnOldVersion();
  const pair = 'fromVersion=1&toVersion=2';

  expect((await (await as('clerk')).get(`/procedures/${procedureId}/migration-proposal?${pair}`)).status).toBe(403);
  const proposal = await designer.get(`/procedures/${procedureId}/migration-proposal?${pair}`);
  expect(proposal.status).toBe(200);
  expect(proposal.body).toMatchObject({ matters: 1, unread: 0 });
  expect(proposal.body.elements).toEqual([
    { nodeId: 'Task_Receive', name: '受理', type: 'userTask', matters: 1, proposed: null },
  ]);
  expect(proposal.body.targets.map((t: { nodeId: string }) => t.nodeId)).toContain('Task_Intake');

  const dryRun = (mapping: Record<string, string>) =>
    designer.post(`/procedures/${procedureId}/migration-dry-run`, { fromVersion: 1, toVersion: 2, mapping });
  const unmapped = (await dryRun({})).body.items as DryRunItem[];
  expect(unmapped).toEqual([
    expect.objectContaining({
      matterId: matter.id,
      migratable: false,
      refusals: [expect.objectContaining({ code: 'ELEMENT_GONE' })],
    }),
  ]);
  expect(unmapped[0].refusals[0].zh).toContain('在目标版本中不存在');
  const mapping = { Task_Receive: 'Task_Intake' };
  const mapped = (await dryRun(mapping)).body.items as DryRunItem[];
  expect(mapped[0]).toMatchObject({ migratable: true, refusals: [] });
  expect(mapped[0].outcome.map((n) => n.code)).toEqual(['TASK_KEPT']);
  expect(
    (await designer.post(`/procedures/${procedureId}/migration-dry-run`, { fromVersion: 1, toVersion: 1 })).status,
  ).toBe(400);

  const started = await designer.post(`/procedures/${procedureId}/migrations`, {
    fromVersion: 1,
    toVersion: 2,
    mapping,
  });
  expect(started.status).toBe(201);
  const batchId = started.body.id as string;
  const done = await waitFor(
    'the batch finished',
    async () => {
      const res = await designer.get(`/migrations/${batchId}`);
      return res.body.progress?.finished && res.body.finishedAt && res.body;
    },
    60_000,
  );
  expect(done.progress).toMatchObject({ total: 1, done: 1, migrated: 1, refused: 0, failed: 0 });
  expect(done.items).toEqual([expect.objectContaining({ matterId: matter.id, outcome: 'MIGRATED', reasonZh: null })]);
  expect((await designer.post(`/migrations/${batchId}/pause`)).status).toBe(409);

  // the row, the task and the page agree with the workflow: same task row, new element, same holder, no other task
  const row = await db.matter.findUniqueOrThrow({ where: { id: matter.id }, include: { procedureVersion: true } });
  expect(row).toMatchObject({ migratedFromVersion: 1, procedureVersion: { version: 2 } });
  expect(row.migratedAt).not.toBeNull();
  const tasks = await db.task.findMany({ where: { matterId: matter.id } });
  expect(tasks).toEqual([
    expect.objectContaining({
      id: receive.id,
      taskKey: receive.taskKey,
      nodeId: 'Task_Intake',
      name: '收件受理',
      status: 'CLAIMED',
    }),
  ]);
  const page = await (await as('manager')).get(`/matters/${matter.id}`);
  expect(page.body).toMatchObject({ procedureVersion: 2, migratedFromVersion: 1 });
  expect(page.body.events.map((e: { type: string }) => e.type)).toContain('matter.migrated');
  const audited = await db.auditLog.findMany({ where: { OR: [{ objectId: matter.id }, { objectId: procedureId }] } });
  expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['migration.start', 'matter.migrate.migrated']));

  // a second batch from v1 finds nothing running there
  expect(
    (await designer.post(`/procedures/${procedureId}/migrations`, { fromVersion: 1, toVersion: 2, mapping })).status,
  ).toBe(400);

  // the holder completes it and v2's plan goes on
  const intake = (await openTasks(matter.id))[0] as TaskRow;
  const api = await as(workerFor(intake));
  const detail = await api.get(`/tasks/${intake.id}`);
  const completed = await api.post(`/tasks/${intake.id}/complete`, {
    decision: detail.body.allowedDecisions[0],
    comment: '材料齐全',
    formData: { materialsComplete: true },
  });
  expect(completed.status).toBe(200);
  const next = await waitFor('the review task', async () =>
    (await openTasks(matter.id)).find((t) => t.nodeId === 'Task_Review'),
  );
  expect(next.name).toBe('审查');
});
