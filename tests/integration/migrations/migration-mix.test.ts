import { testDb } from '../../support/db';
import { as, driveToEnd, waitFor } from '../../support/matters';
import type { DryRunItem } from '../../support/migrations';
import {
  MIX_MAPPING,
  MIX_PLACES,
  expectedOnV2,
  matterAt,
  mixSnapshot,
  mixedProcedure,
} from '../../support/migration-mix';
import { useTemporalClient } from '../../support/temporal-client';

jest.setTimeout(300_000);

const db = testDb();
const temporal = useTemporalClient();
afterAll(() => db.$disconnect());

test('matters in a sub-process, in 补正, claimed and with a timer pending: the dry run names an element mapped out of its scope; the batch keeps every task, timer and pause, and each matter finishes on v2', async () => {
  const { designer, procedureId, itemCode, publishV2 } = await mixedProcedure(as);
  const matterIds: string[] = [];
  for (const place of MIX_PLACES) matterIds.push(await matterAt(as, itemCode, place));
  await publishV2();
  const before = await mixSnapshot(db, temporal(), matterIds);

  const dryRun = async (mapping: Record<string, string>) =>
    (await designer.post(`/procedures/${procedureId}/migration-dry-run`, { fromVersion: 1, toVersion: 2, mapping }))
      .body.items as DryRunItem[];
  const outOfScope = await dryRun({ ...MIX_MAPPING, Review: 'Approve' });
  const inSub = outOfScope.filter((item) => !item.migratable);
  expect(inSub).toHaveLength(2);
  expect(inSub[0].refusals).toEqual([
    expect.objectContaining({
      code: 'SCOPE_DIFFERS',
      zh: '环节“审查”映射到的“审批”位于流程顶层，而它所在的作用域迁移到子流程“部门审查”',
    }),
  ]);
  const mapped = await dryRun(MIX_MAPPING);
  expect(mapped.map((item) => item.refusals)).toEqual(MIX_PLACES.map(() => []));
  const supplement = mapped.find((item) => item.matterId === matterIds[MIX_PLACES.indexOf('reviewSupplement')]);
  expect(supplement?.outcome.map((n) => n.code)).toEqual(['TOKEN_MOVED', 'TASK_KEPT', 'PAUSE_KEPT']);

  const started = await designer.post(`/procedures/${procedureId}/migrations`, {
    fromVersion: 1,
    toVersion: 2,
    mapping: MIX_MAPPING,
  });
  expect(started.status).toBe(201);
  const done = await waitFor(
    'the batch finished',
    async () => {
      const res = await designer.get(`/migrations/${started.body.id}`);
      return res.body.progress?.finished && res.body;
    },
    120_000,
  );
  expect(done.progress).toMatchObject({ total: 5, migrated: 5, refused: 0, failed: 0 });

  const after = await mixSnapshot(db, temporal(), matterIds);
  for (const id of matterIds) {
    const { workflowVersionId, ...onV2 } = after.get(id)!;
    expect(onV2).toEqual(expectedOnV2(before.get(id)!));
    expect(workflowVersionId).toBeDefined();
  }
  // the reminder of each matter still at 受理 kept its instant; the 补正 pause holds
  expect(after.get(matterIds[0])!.timers).toHaveLength(1);
  expect(after.get(matterIds[MIX_PLACES.indexOf('reviewSupplement')])!.status).toBe('SUSPENDED');

  const clerk = await as('clerk');
  const supplemented = matterIds[MIX_PLACES.indexOf('reviewSupplement')];
  expect((await clerk.post(`/matters/${supplemented}/supplied`, {})).status).toBe(200);
  for (const id of matterIds) await driveToEnd(id);
  const statuses = await db.matter.findMany({ where: { id: { in: matterIds } }, select: { status: true } });
  expect(statuses.map((s) => s.status)).toEqual(MIX_PLACES.map(() => 'COMPLETED'));
  // every step opened after the migration is one of v2's elements
  const known = new Set([...before.values()].flatMap((m) => m.tasks.map((t) => t.id)));
  const steps = await db.task.findMany({ where: { matterId: { in: matterIds } }, select: { id: true, nodeId: true } });
  const opened = steps.filter((t) => !known.has(t.id)).map((t) => t.nodeId);
  expect(opened.length).toBeGreaterThan(0);
  expect(opened.filter((nodeId) => !['Intake', 'Check', 'Approve'].includes(nodeId))).toEqual([]);
});
