/**
 * Reconcile on the live test stack: rows put out of step with their workflows by hand, as a restore from two
 * snapshots taken seconds apart leaves them, are repaired from the workflows and every repair is listed.
 * Scoped to this file's matters: other files' matters on the same stack are left alone.
 */
import { runReconcileJob } from '../../../platform/reconcile/reconcile-job';
import { acceptMatter, openTasks, waitFor, work } from '../../support/matters';
import { testDb } from '../../support/db';
import { useTemporalClient } from '../../support/temporal-client';

jest.setTimeout(180_000);

describe('reconcile', () => {
  const temporal = useTemporalClient();
  const db = testDb();
  afterAll(() => db.$disconnect());

  const reconcileOnly = (matterIds: string[]) =>
    runReconcileJob({ db, databaseUrl: process.env.DATABASE_URL!, temporal: temporal() }, 'cli', { matterIds });

  test('rows ahead of or behind the workflow are repaired from it, each repair listed and the run recorded', async () => {
    const a = await acceptMatter('MZ-005');
    const b = await acceptMatter('MZ-005');
    const c = await acceptMatter('MZ-005');
    for (const m of [a, b, c]) await waitFor('受理', async () => (await openTasks(m.id)).length === 1);
    const [taskA] = await openTasks(a.id);
    const [taskB] = await openTasks(b.id);
    const matterB = await db.matter.findUniqueOrThrow({ where: { id: b.id } });

    // a: its task done after the workflows' snapshot: the row says COMPLETED, a later task and event exist
    await db.task.update({
      where: { id: taskA.id },
      data: { status: 'COMPLETED', decision: 'approve', completedAt: new Date() },
    });
    const matterA = await db.matter.findUniqueOrThrow({ where: { id: a.id } });
    await db.task.create({
      data: {
        taskKey: `${matterA.workflowId}/t99`,
        matterId: a.id,
        nodeId: 'Task_Review',
        name: '审查',
        stepKind: 'review',
      },
    });
    await db.matterEvent.create({
      data: { matterId: a.id, eventKey: `${matterA.workflowId}:99`, type: 'task.completed' },
    });
    // b: its task row lost, its status wrong, its deadline wrong
    await db.task.delete({ where: { id: taskB.id } });
    await db.matter.update({
      where: { id: b.id },
      data: { status: 'COMPLETED', warningLevel: 'RED', dueDate: '2000-01-01' },
    });
    // c: in step with its workflow

    const { runId, report } = await reconcileOnly([a.id, b.id, c.id]);
    const repairsOf = (id: string) =>
      report.repaired
        .find((m) => m.matterId === id)
        ?.repairs.map((r) => r.kind)
        .sort();
    expect(repairsOf(a.id)).toEqual(['rowRemoved', 'rowRemoved', 'taskReopened']);
    expect(repairsOf(b.id)).toEqual(['matterDeadline', 'matterStatus', 'taskCreated']);
    expect(repairsOf(c.id)).toBeUndefined();
    expect(report.findings).toEqual([]);

    expect(await db.task.findUniqueOrThrow({ where: { id: taskA.id } })).toMatchObject({
      status: 'OPEN',
      decision: null,
      completedAt: null,
    });
    expect(await db.task.findUnique({ where: { taskKey: `${matterA.workflowId}/t99` } })).toBeNull();
    expect(await db.matterEvent.findUnique({ where: { eventKey: `${matterA.workflowId}:99` } })).toBeNull();
    expect(await db.matter.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: 'IN_PROGRESS',
      warningLevel: matterB.warningLevel,
      dueDate: matterB.dueDate,
    });
    expect((await openTasks(b.id)).map((t) => t.taskKey)).toEqual([taskB.taskKey]);
    const run = await db.operationRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ kind: 'RECONCILE', status: 'SUCCEEDED', trigger: 'cli' });

    // the repaired matters go on as if nothing happened, and a second reconcile finds nothing
    await work((await openTasks(a.id))[0]);
    await work((await openTasks(b.id))[0]);
    await waitFor(
      'the next steps',
      async () => (await openTasks(a.id)).length === 1 && (await openTasks(b.id)).length === 1,
    );
    const again = await reconcileOnly([a.id, b.id, c.id]);
    expect(again.report.repaired).toEqual([]);
  });

  test('a matter whose workflow is gone is started again from its first step', async () => {
    const m = await acceptMatter('MZ-005');
    await waitFor('受理', async () => (await openTasks(m.id)).length === 1);
    const row = await db.matter.findUniqueOrThrow({ where: { id: m.id } });
    const handle = temporal().workflow.getHandle(row.workflowId);
    await handle.terminate('the drill: as if it had never been started');
    // a terminated workflow is still there: what a restore loses is the whole execution; stand in with an unknown id
    await db.matter.update({ where: { id: m.id }, data: { workflowId: `${row.workflowId}-lost` } });
    const { report } = await reconcileOnly([m.id]);
    expect(report.restarted.map((r) => r.matterId)).toEqual([m.id]);
    expect((await db.matter.findUniqueOrThrow({ where: { id: m.id } })).status).toBe('PENDING_START');
    // the API's pending-start sweep starts it again (older than 30 s by its acceptance: here, set back)
    await db.matter.update({ where: { id: m.id }, data: { createdAt: new Date(Date.now() - 3_600_000) } });
    await waitFor('the restarted workflow', async () => (await openTasks(m.id)).length === 1, 60_000);
    expect(await temporal().workflow.getHandle(`${row.workflowId}-lost`).describe()).toMatchObject({
      status: { name: 'RUNNING' },
    });
  });
});
