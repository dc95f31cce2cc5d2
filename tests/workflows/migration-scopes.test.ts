/**
 * Version migration beyond top-level user tasks (patch MIGRATION_IN_SCOPES): a token inside a sub-process, the
 * instances of a multi-instance task, an event-based gateway with its racing catches, and a join with one branch
 * arrived, each moved to the target version by the migrateMatter Update on a real Temporal server, then run to the end
 * on the target's plan.
 */
import type { ProcedurePlan } from '../../bpmn/plan';
import { getMigrationView, migrateMatter, type MigrateMatterInput } from '../../workflows/migration-contract';
import { claimTask, completeTask, deliverMessage, type Actor } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, coActor, eventually, refusal, startMatter, type Started } from './helpers';
import { pathOf, plan } from './plans';

jest.setTimeout(90_000);

const bed = useWorkflowTestBed();
const designer: Actor = { userId: 'u-designer', displayName: '设计戊', departmentCode: 'ACC', roles: ['DESIGNER'] };

const migration = (to: ProcedurePlan, mapping: Record<string, string> = {}): MigrateMatterInput => ({
  actor: designer,
  migrationId: 'batch-scopes',
  fromVersionId: 'v1',
  fromVersion: 1,
  toVersionId: 'v2',
  toVersion: 2,
  plan: to,
  mapping,
});

const complete = (m: Started, taskKey: string, actor = approver, decision = 'complete') =>
  m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor, decision }] });

/** Both runs for the replay suite: the one that migrated (ending in continue-as-new), and the one on the target. */
async function keepRuns(m: Started, name: string) {
  await keepHistory(
    bed.env.client.workflow.getHandle(m.handle.workflowId, m.handle.firstExecutionRunId),
    `${name}-run`,
  );
  await keepHistory(m.handle, name);
}

/** Migrates, then waits for the run on the target's plan. */
async function migrate(m: Started, to: ProcedurePlan, mapping: Record<string, string> = {}) {
  await m.handle.executeUpdate(migrateMatter, { args: [migration(to, mapping)] });
  return eventually('the run on v2', async () => {
    const view = await m.handle.query(getMigrationView);
    return view.versionId === 'v2' && view;
  });
}

const vetting = (subId: string, taskId: string, after: string[]) => {
  const b = plan()
    .start()
    .subProcess(subId, (s) =>
      s
        .start('inStart')
        .task(taskId, { candidateDepartment: '$lead', name: '审核' })
        .end('inEnd')
        .chain('inStart', taskId, 'inEnd'),
    );
  for (const id of after) b.task(id, { candidateDepartment: '$lead' });
  return b
    .end()
    .chain('start', subId, ...after, 'end')
    .build();
};

test('a task inside a sub-process: the scope migrates with its mapping, the task kept with its holder, then the target goes on', async () => {
  const v1 = vetting('vet', 'review', ['approve']);
  const v2 = vetting('vetting', 'check', ['approve', 'archive']);
  const m = await startMatter(bed, v1);
  const review = await m.task('review');
  await m.handle.executeUpdate(claimTask, { args: [{ taskKey: review.taskKey, actor: approver }] });

  const outOfScope = await refusal(
    m.handle.executeUpdate(migrateMatter, { args: [migration(v2, { vet: 'vetting', review: 'approve' })] }),
  );
  expect(outOfScope).toMatchObject({ code: 'MIGRATION_UNMAPPABLE', zh: expect.stringContaining('子流程“vetting”') });

  const view = await migrate(m, v2, { vet: 'vetting', review: 'check' });
  expect(view.tokens.map((t) => [t.nodeId, t.scope === '' ? 'top' : 'inner'])).toEqual([
    ['vetting', 'top'],
    ['check', 'inner'],
  ]);
  const [task] = view.tasks;
  expect(task).toMatchObject({ taskKey: review.taskKey, nodeId: 'check', assigneeId: approver.userId });
  await complete(m, review.taskKey);
  for (const step of ['approve', 'archive']) await complete(m, (await m.task(step)).taskKey);
  const done = await m.handle.result();
  expect(done).toMatchObject({ status: 'COMPLETED' });
  expect(done.completedNodeIds).toEqual(expect.arrayContaining(['check', 'inEnd', 'vetting', 'archive']));
  await keepRuns(m, 'migrated-in-sub-process');
});

test('a multi-instance task: each open instance keeps its task on the renamed element, the completed one counts', async () => {
  const countersign = {
    sequential: false,
    collection: pathOf('matter.coDepartmentCodes'),
    collectionSource: 'matter.coDepartmentCodes',
    elementVariable: 'dept',
    outputCollection: 'opinions',
  };
  const signed = (id: string, loop?: typeof countersign) =>
    plan()
      .start()
      .task(id, { candidateDepartment: '${dept}', stepKind: 'joint', ...(loop ? { multiInstance: loop } : {}) })
      .task('decide', { candidateDepartment: '$lead' })
      .end()
      .chain('start', id, 'decide', 'end')
      .build();
  const m = await startMatter(bed, signed('sign', countersign), { matter: { coDepartmentCodes: ['CO1', 'CO2'] } });
  await complete(m, (await m.task('sign', 'CO1')).taskKey, coActor('CO1'), 'approve');
  const co2 = await m.task('sign', 'CO2');

  const single = await refusal(m.handle.executeUpdate(migrateMatter, { args: [migration(signed('sign'))] }));
  expect(single).toMatchObject({ code: 'MIGRATION_UNMAPPABLE', zh: expect.stringContaining('是单实例') });

  const view = await migrate(m, signed('cosign', countersign), { sign: 'cosign' });
  expect(view.tasks).toEqual([expect.objectContaining({ taskKey: co2.taskKey, nodeId: 'cosign' })]);
  const state = await complete(m, co2.taskKey, coActor('CO2'), 'approve');
  expect(state.form.opinions).toEqual(['approve', 'approve']);
  await complete(m, (await m.task('decide')).taskKey);
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  await keepRuns(m, 'migrated-multi-instance');
});

test('an event-based gateway: its catches migrate, the timer at its original instant; the message then wins on the target', async () => {
  const race = (supplied: string, after?: string) => {
    const b = plan().start().race('gw').message(supplied, 'materialsSupplied').timer('lapsed', 600);
    if (after) b.task(after, { candidateDepartment: '$lead' });
    b.end('done').end('refused', 'REJECTED').chain('gw', 'lapsed', 'refused');
    return (after ? b.chain('start', 'gw', supplied, after, 'done') : b.chain('start', 'gw', supplied, 'done')).build();
  };
  const m = await startMatter(bed, race('supplied'));
  const before = await eventually('the race armed', async () => {
    const view = await m.handle.query(getMigrationView);
    return view.timers.length === 1 && view;
  });
  const after = await migrate(m, race('arrived', 'confirm'), { supplied: 'arrived' });
  expect(after.timers).toEqual(before.timers);
  expect(after.tokens.map((t) => t.nodeId).sort()).toEqual(['arrived', 'gw', 'lapsed']);
  await m.handle.executeUpdate(deliverMessage, { args: [{ name: 'materialsSupplied' }] });
  await complete(m, (await m.task('confirm')).taskKey);
  const done = await m.handle.result();
  expect(done).toMatchObject({ status: 'COMPLETED' });
  expect(done.completedNodeIds).toEqual(expect.arrayContaining(['gw', 'arrived', 'confirm', 'done']));
  await keepRuns(m, 'migrated-event-gateway');
});

test('a join with one branch arrived: the branch counts on the renamed branch of the target, which the other completes', async () => {
  const split = (b: string) =>
    plan()
      .start()
      .and('split')
      .task('a', { candidateDepartment: '$lead' })
      .task(b, { candidateDepartment: '$lead' })
      .and('join')
      .end()
      .chain('start', 'split')
      .chain('split', 'a', 'join')
      .chain('split', b, 'join')
      .chain('join', 'end')
      .build();
  const m = await startMatter(bed, split('b'));
  await complete(m, (await m.task('b')).taskKey);
  const a = await m.task('a');
  const view = await migrate(m, split('b2'), { b: 'b2' });
  expect(view.tokens.find((t) => t.nodeId === 'join')?.wait).toEqual({ kind: 'join', flowId: 'b2->join' });
  await complete(m, a.taskKey);
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED', activeNodeIds: [] });
  await keepRuns(m, 'migrated-join-one-arrived');
});
