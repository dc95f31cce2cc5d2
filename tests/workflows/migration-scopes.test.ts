/**
 * Version migration beyond top-level user tasks (patches MIGRATION_IN_SCOPES, MIGRATION_OF_CALLS): a token inside a
 * sub-process, the instances of a multi-instance task, an event-based gateway with its racing catches, a join with one
 * branch arrived, and a call activity whose called procedure runs, each moved to the target version by the
 * migrateMatter Update on a real Temporal server, then run to the end on the target's plan.
 */
import type { ProcedurePlan } from '../../bpmn/plan';
import { getMigrationView, migrateMatter, type MigrateMatterInput } from '../../workflows/migration-contract';
import {
  claimTask,
  completeTask,
  deliverMessage,
  deliverSignal,
  getState,
  type Actor,
} from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, clerk, coActor, eventually, refusal, startMatter, type Started } from './helpers';
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

test('a call activity whose called procedure runs: the call moves onto the same callee, its timer at its instant, the message boundary kept, the signal one dropped; the child ends on v2', async () => {
  const survey = plan()
    .start()
    .task('survey', { candidateDepartment: '$lead' })
    .end()
    .chain('start', 'survey', 'end')
    .build('migratedSurvey');
  bed.recorder.publish('migratedSurvey', survey);
  bed.recorder.publish('otherSurvey', survey);
  const v1 = plan()
    .start()
    .call('Survey', 'migratedSurvey', { out: { surveyResult: 'surveyResult' } })
    .boundary('late', 'Survey', 600, true)
    .catchingOn('asked', 'Survey', 'message', 'applicantAsked', false)
    .catchingOn('halt', 'Survey', 'signal', 'itemSuspended', true)
    .end()
    .end('told')
    .end('lapsed', 'REJECTED')
    .end('halted', 'REJECTED')
    .chain('start', 'Survey', 'end')
    .chain('asked', 'told')
    .chain('late', 'lapsed')
    .chain('halt', 'halted')
    .build();
  const v2 = (callee: string) =>
    plan()
      .start()
      .call('SiteSurvey', callee, { out: { surveyResult: 'result' } })
      .boundary('late', 'SiteSurvey', 600, true)
      .catchingOn('nudged', 'SiteSurvey', 'message', 'applicantAsked', false)
      .task('decide', { candidateDepartment: '$lead' })
      .end()
      .end('told')
      .end('lapsed', 'REJECTED')
      .chain('start', 'SiteSurvey', 'decide', 'end')
      .chain('nudged', 'told')
      .chain('late', 'lapsed')
      .build();
  const m = await startMatter(bed, v1);
  const before = await eventually('the call running, its timer armed', async () => {
    const view = await m.handle.query(getMigrationView);
    return view.timers.length === 1 && view.tokens.some((t) => t.wait?.kind === 'call') && view;
  });
  const call = before.tokens.find((t) => t.wait?.kind === 'call');
  const child = bed.env.client.workflow.getHandle(call?.wait?.kind === 'call' ? call.wait.workflowId : '');
  const task = await eventually('the survey task', async () => (await child.query(getState)).tasks[0]);

  const otherCallee = await refusal(
    m.handle.executeUpdate(migrateMatter, { args: [migration(v2('otherSurvey'), { Survey: 'SiteSurvey' })] }),
  );
  expect(otherCallee).toMatchObject({ code: 'MIGRATION_UNMAPPABLE', en: expect.stringContaining('calls another') });
  const toTask = await refusal(
    m.handle.executeUpdate(migrateMatter, { args: [migration(v2('migratedSurvey'), { Survey: 'decide' })] }),
  );
  expect(toTask).toMatchObject({ en: expect.stringContaining('(callActivity → userTask)') });

  const after = await migrate(m, v2('migratedSurvey'), { Survey: 'SiteSurvey' });
  expect(after.timers).toEqual(before.timers);
  const migrated = bed.recorder.of(m.matter.matterId, 'recordEvent').find((c) => c.input.type === 'matter.migrated');
  expect((migrated?.input.data.outcome as { code: string }[]).map((n) => n.code)).toEqual([
    'TOKEN_MOVED',
    'CALL_KEPT',
    'BOUNDARY_KEPT',
    'BOUNDARY_DROPPED',
    'TIMER_KEPT',
  ]);
  const state = await m.state();
  expect(state.messageWaits).toEqual([{ name: 'applicantAsked', nodeId: 'nudged', label: 'applicantAsked' }]);
  expect(state.signalWaits ?? []).toEqual([]);
  expect(await m.handle.executeUpdate(deliverSignal, { args: [{ name: 'itemSuspended', actor: clerk }] })).toEqual({
    reached: 0,
  });
  await m.handle.executeUpdate(deliverMessage, {
    args: [{ name: 'applicantAsked', actor: clerk, onlyIfAwaited: true }],
  });

  await child.executeUpdate(completeTask, {
    args: [{ taskKey: task.taskKey, actor: approver, decision: 'complete', formData: { surveyResult: 'pass' } }],
  });
  await complete(m, (await m.task('decide')).taskKey);
  const done = await m.handle.result();
  expect(done).toMatchObject({ status: 'COMPLETED', form: { result: 'pass' } });
  expect(done.completedNodeIds).toEqual(expect.arrayContaining(['told', 'SiteSurvey', 'decide', 'end']));
  expect(done.completedNodeIds).not.toContain('lapsed');
  await keepRuns(m, 'migrated-call-activity');
});
