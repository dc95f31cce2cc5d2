import type { MigrationView } from '../../../workflows/migration-contract';
import { assessMigration } from '../../../workflows/migration-plan';
import { CURRENT_RULES } from '../../../workflows/migration-tokens';
import type { Token } from '../../../workflows/interpreter-types';
import type { LiveTask } from '../../../workflows/procedure-contract';
import { matterFacts } from '../../workflows/helpers';
import { pathOf, plan } from '../../workflows/plans';

const source = plan()
  .start()
  .task('review', { candidateDepartment: '$lead', name: '审核' })
  .boundary('remind', 'review', 24, false)
  .and('split')
  .task('a')
  .task('b')
  .and('join')
  .end()
  .chain('start', 'review', 'split')
  .chain('split', 'a', 'join')
  .chain('split', 'b', 'join')
  .chain('join', 'end')
  .build();

const task = (overrides: Partial<LiveTask> = {}): LiveTask => ({
  taskKey: 'matter-1/t2',
  nodeId: 'review',
  tokenId: 't2',
  name: '审核',
  stepKind: 'review',
  candidateDepartmentCode: 'LEAD',
  state: 'CLAIMED',
  assigneeId: 'u-1',
  formFields: [],
  createdAt: '2026-12-01T00:00:00.000Z',
  ...overrides,
});

/** A matter waiting at review (claimed, 补正 pause open, its reminder armed). */
function atReview(overrides: Partial<MigrationView> = {}): MigrationView {
  return {
    status: 'SUSPENDED',
    finished: false,
    matter: matterFacts(),
    tokens: [{ id: 't2', nodeId: 'review', scope: '', path: [], groupId: 't2', wait: { kind: 'task' } }],
    groups: [{ id: 't2', nodeId: 'review', scope: '', path: [], decisions: [] }],
    tasks: [task()],
    timers: [
      {
        key: 'boundary:t2:remind',
        fireAt: '2026-12-09T00:00:00.000Z',
        target: { kind: 'boundary', boundaryId: 'remind', groupId: 't2' },
      },
    ],
    suspended: true,
    clockStops: [],
    openIncidents: 0,
    ...overrides,
  };
}

test('the same plan: the task kept with its claim, the reminder at its instant, the 补正 pause kept', () => {
  const result = assessMigration(atReview(), source, source, {});
  expect(result).toMatchObject({ migratable: true, refusals: [], reopened: [], droppedTimers: [] });
  expect(result.tokenTargets).toEqual({ t2: 'review' });
  expect(result.outcome.map((n) => n.code)).toEqual(['TASK_KEPT', 'TIMER_KEPT', 'PAUSE_KEPT']);
  expect(result.outcome[1].zh).toContain('2026-12-09T00:00:00.000Z');
});

test('a renamed element with other candidates: mapped, the task reopened for its new department; a boundary gone, one new', () => {
  const target = plan()
    .start()
    .task('check', { candidateDepartment: 'OTHER', name: '审查' })
    .boundary('escalate', 'check', 48, true)
    .end()
    .chain('start', 'check', 'end')
    .build();
  const gone = assessMigration(atReview(), source, target, {});
  expect(gone.migratable).toBe(false);
  expect(gone.refusals).toEqual([
    expect.objectContaining({ code: 'ELEMENT_GONE', zh: expect.stringContaining('“审核”') }),
  ]);

  const mapped = assessMigration(atReview(), source, target, { review: 'check' });
  expect(mapped.migratable).toBe(true);
  expect(mapped.reopened).toEqual([{ taskKey: 'matter-1/t2', departmentCode: 'OTHER' }]);
  expect(mapped.droppedTimers).toEqual(['boundary:t2:remind']);
  expect(mapped.newBoundaryTimers).toEqual([{ groupId: 't2', boundaryId: 'escalate' }]);
  expect(mapped.outcome.map((n) => n.code)).toEqual(['TASK_REOPENED', 'TIMER_DROPPED', 'TIMER_ADDED', 'PAUSE_KEPT']);

  const wrongTarget = assessMigration(atReview(), source, target, { review: 'nowhere' });
  expect(wrongTarget.refusals.map((r) => r.code)).toEqual(['MAPPING_TARGET_UNKNOWN', 'ELEMENT_GONE']);
});

test('refused: a join whose branches differ, a multi-instance, a sub-process, a service wait, an open incident, an ended matter', () => {
  const joinWaiting = atReview({
    tokens: [{ id: 't5', nodeId: 'join', scope: '', path: [], wait: { kind: 'join', flowId: 'a->join' } }],
    groups: [],
    tasks: [],
    timers: [],
    suspended: false,
  });
  const fewerBranches = plan()
    .start()
    .and('split')
    .task('a')
    .and('join')
    .end()
    .chain('start', 'split', 'a', 'join', 'end')
    .build();
  const join = source.nodes.join;
  expect(join.incoming.length).toBe(2);
  joinWaiting.tokens[0].wait = { kind: 'join', flowId: join.incoming[0] };
  expect(assessMigration(joinWaiting, source, source, {}).migratable).toBe(true);
  expect(assessMigration(joinWaiting, source, fewerBranches, {}).refusals.map((r) => r.code)).toEqual([
    'JOIN_BRANCHES_DIFFER',
  ]);

  const codes = (view: MigrationView, rules = CURRENT_RULES) =>
    assessMigration(view, source, source, {}, rules).refusals.map((r) => r.code);
  const token = atReview().tokens[0];
  // as migration was first recorded (a run replaying it): nothing in a scope
  const recorded = { inScopes: false, calls: false };
  expect(codes(atReview({ tokens: [{ ...token, locals: { dept: 'A' } }] }), recorded)).toEqual(['IN_MULTI_INSTANCE']);
  expect(codes(atReview({ tokens: [{ ...token, scope: 't1' }] }), recorded)).toEqual(['IN_SUB_PROCESS']);
  expect(codes(atReview({ tokens: [{ ...token, wait: { kind: 'race' } }] }), recorded)).toEqual(['WAIT_NOT_MIGRATED']);
  expect(codes(atReview({ tokens: [{ ...token, wait: { kind: 'service' } }] }))).toEqual(['WAIT_NOT_MIGRATED']);
  expect(codes(atReview({ tokens: [{ ...token, wait: { kind: 'inclusiveJoin' } }] }))).toEqual(['WAIT_NOT_MIGRATED']);
  expect(codes(atReview({ openIncidents: 1 }))).toEqual(['MATTER_HAS_INCIDENT']);
  expect(codes(atReview({ finished: true, tokens: [], tasks: [], timers: [] }))).toEqual(['MATTER_FINISHED']);
});

/** A matter whose only wait is these tokens (and tasks). */
const waitingAt = (tokens: Token[], tasks: LiveTask[] = []): MigrationView =>
  atReview({ tokens, groups: [], tasks, timers: [], suspended: false });

describe('beyond top-level user tasks', () => {
  const inSub = (subId: string, taskId: string, name = '审核') =>
    plan()
      .start()
      .subProcess(subId, (b) =>
        b
          .start('inStart')
          .task(taskId, { candidateDepartment: '$lead', name })
          .end('inEnd')
          .chain('inStart', taskId, 'inEnd'),
      )
      .task('approve', { candidateDepartment: '$lead' })
      .end()
      .chain('start', subId, 'approve', 'end')
      .build();
  const inSubView = () =>
    waitingAt(
      [
        { id: 't1', nodeId: 'vet', scope: '', path: [], wait: { kind: 'subProcess' } },
        { id: 't3', nodeId: 'review', scope: 't1', path: [], groupId: 't3', wait: { kind: 'task' } },
      ],
      [task({ taskKey: 'matter-1/t3', tokenId: 't3' })],
    );

  test('a sub-process migrates with its mapping: its inner task kept; an inner element mapped out of its scope is refused by name', () => {
    const v1 = inSub('vet', 'review');
    const v2 = inSub('vetting', 'check', '审查');
    const mapped = assessMigration(inSubView(), v1, v2, { vet: 'vetting', review: 'check' });
    expect(mapped).toMatchObject({ migratable: true, tokenTargets: { t1: 'vetting', t3: 'check' } });
    expect(mapped.outcome.map((n) => n.code)).toEqual(['TOKEN_MOVED', 'TASK_KEPT']);

    const outOfScope = assessMigration(inSubView(), v1, v2, { vet: 'vetting', review: 'approve' });
    expect(outOfScope.refusals).toEqual([
      expect.objectContaining({
        code: 'SCOPE_DIFFERS',
        zh: '环节“审核”映射到的“approve”位于流程顶层，而它所在的作用域迁移到子流程“vetting”',
      }),
    ]);
    // the sub-process itself mapped onto a task: its type differs, named
    const onTask = assessMigration(inSubView(), v1, v2, { vet: 'approve', review: 'check' });
    expect(onTask.refusals.map((r) => r.code)).toEqual(['TYPE_DIFFERS', 'SCOPE_DIFFERS']);
    expect(onTask.refusals[0].zh).toContain('“vet”');
  });

  test('a multi-instance task keeps each instance (and its task) when it stays multi-instance the same way', () => {
    const mi = (sequential: boolean) => ({
      sequential,
      collection: pathOf('matter.coDepartmentCodes'),
      collectionSource: 'matter.coDepartmentCodes',
      elementVariable: 'dept',
    });
    const signed = (id: string, loop?: ReturnType<typeof mi>) =>
      plan()
        .start()
        .task(id, { candidateDepartment: '${dept}', ...(loop ? { multiInstance: loop } : {}) })
        .end()
        .chain('start', id, 'end')
        .build();
    const view = waitingAt(
      [
        {
          id: 't1',
          nodeId: 'sign',
          scope: '',
          path: [],
          wait: { kind: 'multiInstance' },
          multiInstance: { items: ['A', 'B'], instanceIds: ['t2', 't3'], completed: 1, outputs: ['approve'] },
        },
        {
          id: 't3',
          nodeId: 'sign',
          scope: 't1',
          path: [],
          groupId: 't3',
          locals: { dept: 'B', loopCounter: 2 },
          wait: { kind: 'task' },
        },
      ],
      [task({ taskKey: 'matter-1/t3', tokenId: 't3', nodeId: 'sign', candidateDepartmentCode: 'B' })],
    );
    const v1 = signed('sign', mi(false));
    const kept = assessMigration(view, v1, signed('cosign', mi(false)), { sign: 'cosign' });
    expect(kept).toMatchObject({ migratable: true, tokenTargets: { t1: 'cosign', t3: 'cosign' }, reopened: [] });
    expect(kept.outcome.map((n) => n.code)).toEqual(['TOKEN_MOVED', 'TASK_KEPT']);

    const single = assessMigration(view, v1, signed('sign'), {});
    expect(single.refusals.map((r) => r.code)).toEqual(['MULTI_INSTANCE_DIFFERS', 'MULTI_INSTANCE_DIFFERS']);
    expect(single.refusals[0].zh).toContain('“sign”（并行多实例）映射到的“sign”是单实例');
    expect(assessMigration(view, v1, signed('sign', mi(true)), {}).migratable).toBe(false);
  });

  const race = (supplied: string, withTimer = true) => {
    const b = plan().start().race('gw').message(supplied, 'materialsSupplied');
    if (withTimer) b.timer('lapsed', 240);
    b.end('done').end('refused', 'REJECTED');
    b.chain('start', 'gw', supplied, 'done');
    if (withTimer) b.chain('gw', 'lapsed', 'refused');
    return b.build();
  };
  const racing = () =>
    waitingAt([
      { id: 't1', nodeId: 'gw', scope: '', path: [], wait: { kind: 'race' } },
      {
        id: 't2',
        nodeId: 'supplied',
        scope: '',
        path: [],
        raceId: 't1',
        wait: { kind: 'message', name: 'materialsSupplied' },
      },
      { id: 't3', nodeId: 'lapsed', scope: '', path: [], raceId: 't1', wait: { kind: 'timer' } },
    ]);

  test('an event-based gateway migrates with its waits; a target gateway waiting for other events is refused', () => {
    const v1 = race('supplied');
    const renamed = assessMigration(racing(), v1, race('arrived'), { supplied: 'arrived' });
    expect(renamed).toMatchObject({ migratable: true, tokenTargets: { t1: 'gw', t2: 'arrived', t3: 'lapsed' } });
    const noTimer = assessMigration(racing(), v1, race('supplied', false), { lapsed: 'refused' });
    expect(noTimer.refusals.map((r) => r.code)).toEqual(['RACE_DIFFERS', 'TYPE_DIFFERS']);
    expect(noTimer.refusals[0].zh).toContain('事件网关“gw”');
  });

  test('a join with one branch arrived: the branch is counted on the renamed branch of the target', () => {
    const renamed = plan()
      .start()
      .and('split')
      .task('a')
      .task('b2')
      .and('join')
      .end()
      .chain('start', 'split')
      .chain('split', 'a', 'join')
      .chain('split', 'b2', 'join')
      .chain('join', 'end')
      .build();
    const view = waitingAt(
      [
        { id: 't5', nodeId: 'join', scope: '', path: [], wait: { kind: 'join', flowId: 'b->join' } },
        { id: 't4', nodeId: 'a', scope: '', path: [], groupId: 't4', wait: { kind: 'task' } },
      ],
      [task({ taskKey: 'matter-1/t4', tokenId: 't4', nodeId: 'a', name: 'a', candidateDepartmentCode: undefined })],
    );
    const mapped = assessMigration(view, source, renamed, { b: 'b2' });
    expect(mapped).toMatchObject({ migratable: true, joinFlows: { t5: 'b2->join' } });
    expect(assessMigration(view, source, renamed, {}).refusals.map((r) => r.code)).toEqual(['JOIN_BRANCHES_DIFFER']);
  });
});

describe('call activities and the boundaries of running activities', () => {
  const caller = (callId: string, callee: string) =>
    plan().start().call(callId, callee).end().chain('start', callId, 'end').build();
  const calling = () =>
    waitingAt([{ id: 't1', nodeId: 'Survey', scope: '', path: [], wait: { kind: 'call', workflowId: 'm/call-t1' } }]);

  test('a call token moves onto a call of the same callee, its child kept; another callee, or the recorded rules, refuse it', () => {
    const v1 = caller('Survey', 'siteSurvey');
    const kept = assessMigration(calling(), v1, caller('SiteSurvey', 'siteSurvey'), { Survey: 'SiteSurvey' });
    expect(kept).toMatchObject({ migratable: true, tokenTargets: { t1: 'SiteSurvey' } });
    expect(kept.outcome.map((n) => n.code)).toEqual(['TOKEN_MOVED', 'CALL_KEPT']);
    expect(kept.outcome[1].zh).toContain('m/call-t1');

    const other = assessMigration(calling(), v1, caller('Survey', 'otherSurvey'), {});
    expect(other.refusals).toEqual([
      expect.objectContaining({ code: 'CALLEE_DIFFERS', zh: expect.stringContaining('siteSurvey → otherSurvey') }),
    ]);
    const recorded = assessMigration(calling(), v1, v1, {}, { inScopes: true, calls: false });
    expect(recorded.refusals.map((r) => r.code)).toEqual(['WAIT_NOT_MIGRATED']);
  });

  test("a sub-process's boundary timers follow its target: one gone is cancelled, one new armed; the recorded rules keep them", () => {
    const vetting = (timerId: string) =>
      plan()
        .start()
        .subProcess('vet', (s) => s.start('in').task('review').end('inEnd').chain('in', 'review', 'inEnd'))
        .boundary(timerId, 'vet', 48, true)
        .end()
        .end('late')
        .chain('start', 'vet', 'end')
        .chain(timerId, 'late')
        .build();
    const view = atReview({
      tokens: [
        { id: 't1', nodeId: 'vet', scope: '', path: [], wait: { kind: 'subProcess' } },
        { id: 't2', nodeId: 'review', scope: 't1', path: [], groupId: 't2', wait: { kind: 'task' } },
      ],
      groups: [{ id: 't2', nodeId: 'review', scope: 't1', path: [], decisions: [] }],
      tasks: [task({ nodeId: 'review' })],
      timers: [
        {
          key: 'boundary:t1:expire',
          fireAt: '2026-12-09T00:00:00.000Z',
          target: { kind: 'callBoundary', boundaryId: 'expire', tokenId: 't1' },
        },
      ],
      suspended: false,
    });
    const v1 = vetting('expire');
    expect(assessMigration(view, v1, v1, {}).droppedTimers).toEqual([]);
    const moved = assessMigration(view, v1, vetting('overdue'), {});
    expect(moved).toMatchObject({
      migratable: true,
      droppedTimers: ['boundary:t1:expire'],
      newActivityTimers: [{ tokenId: 't1', boundaryId: 'overdue' }],
    });
    const recorded = assessMigration(view, v1, vetting('overdue'), {}, { inScopes: true, calls: false });
    expect(recorded).toMatchObject({ droppedTimers: [], newActivityTimers: [] });
  });

  test('message and signal boundaries: one of the same name on the target is kept, one gone is dropped, a new one added', () => {
    const reviewing = (boundaries: Array<['message' | 'signal', string]>) => {
      const b = plan().start().task('review', { candidateDepartment: '$lead' }).end();
      boundaries.forEach(([kind, name], i) => b.catchingOn(`b${i}`, 'review', kind, name, false).end(`e${i}`));
      b.chain('start', 'review', 'end');
      boundaries.forEach((_, i) => b.chain(`b${i}`, `e${i}`));
      return b.build();
    };
    const view = atReview({ timers: [], suspended: false });
    const v1 = reviewing([
      ['message', 'applicantAsked'],
      ['signal', 'itemSuspended'],
    ]);
    const v2 = reviewing([
      ['signal', 'rulesChanged'],
      ['message', 'applicantAsked'],
    ]);
    const result = assessMigration(view, v1, v2, {});
    expect(result.outcome.map((n) => [n.code, n.en])).toEqual([
      ['TASK_KEPT', expect.any(String)],
      ['BOUNDARY_KEPT', 'the message boundary "applicantAsked" is kept on "review": still awaited'],
      [
        'BOUNDARY_DROPPED',
        'the signal boundary "itemSuspended" is not on "review" in the target version: no longer awaited',
      ],
      ['BOUNDARY_ADDED', 'new signal boundary "rulesChanged" awaited from the migration on'],
    ]);
  });
});
