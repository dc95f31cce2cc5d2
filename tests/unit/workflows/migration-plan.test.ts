import type { MigrationView } from '../../../workflows/migration-contract';
import { assessMigration } from '../../../workflows/migration-plan';
import type { LiveTask } from '../../../workflows/procedure-contract';
import { matterFacts } from '../../workflows/helpers';
import { plan } from '../../workflows/plans';

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

  const codes = (view: MigrationView) => assessMigration(view, source, source, {}).refusals.map((r) => r.code);
  const token = atReview().tokens[0];
  expect(codes(atReview({ tokens: [{ ...token, locals: { dept: 'A' } }] }))).toEqual(['IN_MULTI_INSTANCE']);
  expect(codes(atReview({ tokens: [{ ...token, scope: 't1' }] }))).toEqual(['IN_SUB_PROCESS']);
  expect(codes(atReview({ tokens: [{ ...token, wait: { kind: 'service' } }] }))).toEqual(['WAIT_NOT_MIGRATED']);
  expect(codes(atReview({ openIncidents: 1 }))).toEqual(['MATTER_HAS_INCIDENT']);
  expect(codes(atReview({ finished: true, tokens: [], tasks: [], timers: [] }))).toEqual(['MATTER_FINISHED']);
});
