import { claimTask, completeTask, type Actor } from '../../workflows/procedure-contract';
import { getMigrationView, migrateMatter, type MigrateMatterInput } from '../../workflows/migration-contract';
import { assessMigration } from '../../workflows/migration-plan';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, clerk, eventually, refusal, startMatter } from './helpers';
import { plan } from './plans';

jest.setTimeout(90_000);

const bed = useWorkflowTestBed();
const designer: Actor = { userId: 'u-designer', displayName: '设计戊', departmentCode: 'ACC', roles: ['DESIGNER'] };

const v1 = plan()
  .start()
  .task('review', { candidateDepartment: '$lead', name: '审核' })
  .task('approve', { candidateDepartment: '$lead', name: '审批' })
  .end()
  .chain('start', 'review', 'approve', 'end')
  .build();
// v2 renames the review step's element and adds an archive step after approval
const v2 = plan()
  .start()
  .task('check', { candidateDepartment: '$lead', name: '受理审查' })
  .task('approve', { candidateDepartment: '$lead', name: '审批' })
  .task('archive', { candidateDepartment: '$lead', name: '归档' })
  .end()
  .chain('start', 'check', 'approve', 'archive', 'end')
  .build();

const migration = (overrides: Partial<MigrateMatterInput> = {}): MigrateMatterInput => ({
  actor: designer,
  migrationId: 'batch-1',
  fromVersionId: 'v1',
  fromVersion: 1,
  toVersionId: 'v2',
  toVersion: 2,
  plan: v2,
  mapping: { review: 'check' },
  ...overrides,
});

test('a claimed task migrates to its renamed element: same task, same holder, the row updated; the matter goes on on v2', async () => {
  const m = await startMatter(bed, v1);
  const review = await m.task('review');
  await m.handle.executeUpdate(claimTask, { args: [{ taskKey: review.taskKey, actor: approver }] });
  const id = m.matter.matterId;

  // the dry run: the element is gone unless mapped
  const view = await m.handle.query(getMigrationView);
  const unmapped = assessMigration(view, v1, v2, {});
  expect(unmapped.migratable).toBe(false);
  expect(unmapped.refusals.map((r) => r.code)).toEqual(['ELEMENT_GONE']);
  expect(unmapped.refusals[0].zh).toContain('“审核”在目标版本中不存在');
  const mapped = assessMigration(view, v1, v2, { review: 'check' });
  expect(mapped).toMatchObject({ migratable: true, reopened: [] });
  expect(mapped.outcome.map((n) => n.code)).toEqual(['TASK_KEPT']);

  expect((await refusal(m.handle.executeUpdate(migrateMatter, { args: [migration({ actor: clerk })] }))).code).toBe(
    'MIGRATION_FORBIDDEN',
  );
  expect((await refusal(m.handle.executeUpdate(migrateMatter, { args: [migration({ mapping: {} })] }))).code).toBe(
    'MIGRATION_UNMAPPABLE',
  );
  const migrated = await m.handle.executeUpdate(migrateMatter, { args: [migration()] });
  expect(migrated.tasks).toEqual([
    expect.objectContaining({
      taskKey: review.taskKey,
      nodeId: 'check',
      name: '受理审查',
      assigneeId: approver.userId,
      state: 'CLAIMED',
    }),
  ]);
  const synced = bed.recorder.of(id, 'syncTask').at(-1)?.input;
  expect(synced?.task).toMatchObject({ taskKey: review.taskKey, nodeId: 'check', assigneeId: approver.userId });
  expect(bed.recorder.of(id, 'recordMigration').map((c) => c.input)).toEqual([
    expect.objectContaining({ matterId: id, fromVersionId: 'v1', toVersionId: 'v2', migrationId: 'batch-1' }),
  ]);
  expect(bed.recorder.eventTypes(id)).toContain('matter.migrated');

  // the continued run is on v2: a second migration from v1 is refused, and v2's new step opens after approval
  await eventually('the run on v2', async () => (await m.handle.query(getMigrationView)).versionId === 'v2');
  expect((await refusal(m.handle.executeUpdate(migrateMatter, { args: [migration()] }))).code).toBe(
    'MIGRATION_VERSION_MISMATCH',
  );
  await m.handle.executeUpdate(completeTask, {
    args: [{ taskKey: review.taskKey, actor: approver, decision: 'complete' }],
  });
  for (const step of ['approve', 'archive']) {
    const task = await m.task(step);
    await m.handle.executeUpdate(completeTask, {
      args: [{ taskKey: task.taskKey, actor: approver, decision: 'complete' }],
    });
  }
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  expect(bed.recorder.of(id, 'syncTask').filter((c) => c.input.task.taskKey === review.taskKey)).toHaveLength(3);
  // the run that migrated (it ends continuing as new), and the run that went on on v2
  await keepHistory(
    bed.env.client.workflow.getHandle(m.handle.workflowId, m.handle.firstExecutionRunId),
    'migration-run',
  );
  await keepHistory(m.handle, 'migrated-to-new-version');
});

test('a waiting timer keeps its instant; a token whose element changed type is refused with the reason', async () => {
  const waits = plan().start().timer('cool', 1000).end().chain('start', 'cool', 'end').build();
  const m = await startMatter(bed, waits);
  const view = await eventually('the timer armed', async () => {
    const v = await m.handle.query(getMigrationView);
    return v.timers.length === 1 && v;
  });
  const toMessage = plan().start().message('cool', 'go').end().chain('start', 'cool', 'end').build();
  const asMessage = migration({ plan: toMessage, mapping: {} });
  const refused = await refusal(m.handle.executeUpdate(migrateMatter, { args: [asMessage] }));
  expect(refused).toMatchObject({ code: 'MIGRATION_UNMAPPABLE', zh: expect.stringContaining('类型不同') });

  const longer = plan().start().timer('cool', 1000).task('after').end().chain('start', 'cool', 'after', 'end').build();
  await m.handle.executeUpdate(migrateMatter, { args: [migration({ plan: longer, mapping: {} })] });
  const after = await eventually('the run on v2', async () => {
    const v = await m.handle.query(getMigrationView);
    return v.versionId === 'v2' && v;
  });
  expect(after.timers).toEqual(view.timers);
  expect(after.tokens.map((t) => t.nodeId)).toEqual(['cool']);
  await m.handle.terminate('test done');
});
