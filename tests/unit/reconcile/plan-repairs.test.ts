import { planRepairs, isAhead } from '../../../platform/reconcile/plan-repairs';
import type { MatterRows, TaskRow, WorkflowView } from '../../../platform/reconcile/reconcile-types';
import type { LiveTask } from '../../../workflows/procedure-contract';

const WF = 'matter-20261207-0001';
const DUE = '2026-12-20T15:59:59.999Z';
const task = (n: number, over: Partial<LiveTask> = {}): LiveTask => ({
  taskKey: `${WF}/t${n}`,
  nodeId: `review${n}`,
  tokenId: `t${n}`,
  name: `审核${n}`,
  stepKind: 'review',
  candidateDepartmentCode: 'MINZHENG',
  state: 'OPEN',
  formFields: [],
  createdAt: '2026-12-07T01:00:00.000Z',
  ...over,
});
const row = (n: number, over: Partial<TaskRow> = {}): TaskRow => ({
  taskKey: `${WF}/t${n}`,
  status: 'OPEN',
  assigneeId: null,
  suspended: false,
  candidateDepartmentCode: 'MINZHENG',
  dueAt: null,
  ...over,
});
const view = (over: Partial<WorkflowView['state']> = {}, bookkeeping = { eventSeq: 5, tokenSeq: 3 }): WorkflowView => ({
  workflowId: WF,
  state: {
    status: 'IN_PROGRESS',
    tasks: [task(2)],
    dueAt: DUE,
    dueDate: '2026-12-20',
    provisional: false,
    warningLevel: 'NONE',
    ...over,
  },
  bookkeeping,
});
const rows = (over: Partial<MatterRows> = {}): MatterRows => ({
  matter: {
    id: 'm1',
    receiptNo: '20261207-0001',
    workflowId: WF,
    status: 'IN_PROGRESS',
    dueAt: DUE,
    dueDate: '2026-12-20',
    provisional: false,
    warningLevel: 'NONE',
  },
  tasks: [row(2)],
  openSuspensions: [],
  keyed: [{ table: 'Task', id: 'r2', key: `${WF}/t2` }],
  openIncidentIds: [],
  incidentIds: [],
  ...over,
});

test('rows that say what the workflow says need no repair', () => {
  expect(planRepairs(view(), rows())).toEqual({ repairs: [], findings: [] });
});

test('a step taken after the workflows snapshot: the task is reopened, the next one removed, its event too', () => {
  const { repairs } = planRepairs(
    view(),
    rows({
      tasks: [row(2, { status: 'COMPLETED' }), row(4)],
      keyed: [
        { table: 'Task', id: 'r2', key: `${WF}/t2` },
        { table: 'Task', id: 'r4', key: `${WF}/t4` },
        { table: 'MatterEvent', id: 'e5', key: `${WF}:5` },
        { table: 'MatterEvent', id: 'e6', key: `${WF}:6` },
      ],
    }),
  );
  expect(repairs).toEqual([
    { kind: 'rowRemoved', table: 'Task', id: 'r4', key: `${WF}/t4` },
    { kind: 'rowRemoved', table: 'MatterEvent', id: 'e6', key: `${WF}:6` },
    {
      kind: 'taskReopened',
      taskKey: `${WF}/t2`,
      from: 'COMPLETED',
      fields: { status: 'OPEN', assigneeId: null, suspended: false, candidateDepartmentCode: 'MINZHENG', dueAt: null },
    },
  ]);
});

test('a missing task row is created; an open row the workflow does not hold is closed', () => {
  const { repairs } = planRepairs(
    view({ tasks: [task(2), task(3, { assigneeId: 'u1', state: 'CLAIMED' })] }),
    rows({ tasks: [row(1)] }),
  );
  expect(repairs.map((r) => r.kind)).toEqual(['taskCreated', 'taskCreated', 'taskClosed']);
  expect(repairs[1]).toMatchObject({ kind: 'taskCreated', fields: { status: 'CLAIMED', assigneeId: 'u1' } });
  expect(repairs[2]).toEqual({ kind: 'taskClosed', taskKey: `${WF}/t1`, from: 'OPEN' });
});

test('a claimed task shown open, in another department, is updated field by field', () => {
  const { repairs } = planRepairs(
    view({ tasks: [task(2, { assigneeId: 'u9', state: 'CLAIMED', candidateDepartmentCode: 'CANLIAN' })] }),
    rows(),
  );
  expect(repairs).toEqual([
    {
      kind: 'taskUpdated',
      taskKey: `${WF}/t2`,
      from: { status: 'OPEN', assigneeId: null, candidateDepartmentCode: 'MINZHENG' },
      to: { status: 'CLAIMED', assigneeId: 'u9', candidateDepartmentCode: 'CANLIAN' },
    },
  ]);
});

test('status and deadline follow the workflow', () => {
  const { repairs } = planRepairs(
    view({ warningLevel: 'RED', dueDate: '2026-12-21', dueAt: '2026-12-21T15:59:59.999Z' }),
    rows({ matter: { ...rows().matter, status: 'COMPLETED' } }),
  );
  expect(repairs).toEqual([
    { kind: 'matterStatus', from: 'COMPLETED', to: 'IN_PROGRESS' },
    {
      kind: 'matterDeadline',
      from: { dueAt: DUE, dueDate: '2026-12-20', provisional: false, warningLevel: 'NONE' },
      to: { dueAt: '2026-12-21T15:59:59.999Z', dueDate: '2026-12-21', provisional: false, warningLevel: 'RED' },
    },
  ]);
});

test('a finished workflow closes its matter and every open task', () => {
  const { repairs } = planRepairs(
    { workflowId: WF, state: { ...view().state, status: 'COMPLETED', tasks: [] } },
    rows({ tasks: [row(2, { status: 'CLAIMED', assigneeId: 'u1' })] }),
  );
  expect(repairs).toEqual([
    { kind: 'matterStatus', from: 'IN_PROGRESS', to: 'COMPLETED' },
    { kind: 'taskClosed', taskKey: `${WF}/t2`, from: 'CLAIMED' },
  ]);
});

test('补正: a pause the workflow is in is reopened; one it never started is removed by its key', () => {
  const since = '2026-12-07T02:00:00.000Z';
  const suspended = view({ status: 'SUSPENDED', suspendedSince: since, tasks: [task(2, { state: 'SUSPENDED' })] });
  const closed = { id: 's1', eventKey: `${WF}:4`, startedAt: since, endedAt: '2026-12-07T03:00:00.000Z' };
  const { repairs } = planRepairs(
    suspended,
    rows({
      matter: { ...rows().matter, status: 'SUSPENDED' },
      tasks: [row(2, { suspended: true })],
      currentSuspension: closed,
    }),
  );
  expect(repairs).toEqual([{ kind: 'suspensionReopened', suspensionId: 's1', startedAt: since }]);

  const gap = { id: 's2', eventKey: `${WF}:6`, startedAt: since, endedAt: null };
  const notPaused = planRepairs(
    view(),
    rows({
      matter: { ...rows().matter, status: 'SUSPENDED' },
      tasks: [row(2, { suspended: true })],
      openSuspensions: [gap],
      keyed: [{ table: 'Suspension', id: 's2', key: `${WF}:6` }],
    }),
  );
  expect(notPaused.repairs).toEqual([
    { kind: 'rowRemoved', table: 'Suspension', id: 's2', key: `${WF}:6` },
    { kind: 'matterStatus', from: 'SUSPENDED', to: 'IN_PROGRESS' },
    { kind: 'taskUpdated', taskKey: `${WF}/t2`, from: { suspended: true }, to: { suspended: false } },
  ]);
});

test('a workflow paused with no pause row is reported, not invented', () => {
  const since = '2026-12-07T02:00:00.000Z';
  const { repairs, findings } = planRepairs(
    view({ status: 'SUSPENDED', suspendedSince: since, tasks: [task(2, { state: 'SUSPENDED' })] }),
    rows({ matter: { ...rows().matter, status: 'SUSPENDED' }, tasks: [row(2, { suspended: true })] }),
  );
  expect(repairs).toEqual([]);
  expect(findings.map((f) => f.kind)).toEqual(['SUSPENSION_ROW_MISSING']);
});

test('keys are compared with the workflow id exactly, not as a prefix', () => {
  const counters = { eventSeq: 1, tokenSeq: 1 };
  expect(isAhead({ table: 'MatterEvent', id: 'x', key: `${WF}:2` }, WF, counters)).toBe(true);
  expect(isAhead({ table: 'MatterEvent', id: 'x', key: `${WF}1:2` }, WF, counters)).toBe(false);
  expect(isAhead({ table: 'MatterEvent', id: 'x', key: `${WF}:1` }, WF, counters)).toBe(false);
  expect(isAhead({ table: 'Task', id: 'x', key: `${WF}/t2` }, WF, counters)).toBe(true);
  expect(isAhead({ table: 'MatterEvent', id: 'x', key: `${WF}:deadline` }, WF, counters)).toBe(false);
});

test('incidents: one the workflow waits on gets an open row; an open row the workflow no longer has is closed', () => {
  const incident = {
    incidentId: `${WF}:4`,
    tokenId: 't2',
    nodeId: 'notify',
    nodeName: '通知',
    kind: 'SERVICE_FAILED' as const,
    zh: '服务调用失败',
    en: 'the service failed',
    attempts: 3,
    since: '2026-12-07T02:00:00.000Z',
    targets: [],
  };
  expect(planRepairs(view({ incidents: [incident] }), rows({ incidentIds: [`${WF}:4`] })).repairs).toEqual([
    { kind: 'incidentOpened', incident, existed: true },
  ]);
  expect(planRepairs(view({ incidents: [incident] }), rows()).repairs).toEqual([
    { kind: 'incidentOpened', incident, existed: false },
  ]);
  expect(planRepairs(view(), rows({ openIncidentIds: [`${WF}:4`], incidentIds: [`${WF}:4`] })).repairs).toEqual([
    { kind: 'incidentClosed', incidentId: `${WF}:4` },
  ]);
  // raised after the workflow's state: the row goes by its key, and nothing else is said of it
  const ahead = rows({
    openIncidentIds: [`${WF}:9`],
    incidentIds: [`${WF}:9`],
    keyed: [
      { table: 'Task', id: 'r2', key: `${WF}/t2` },
      { table: 'Incident', id: `${WF}:9`, key: `${WF}:9` },
    ],
  });
  expect(planRepairs(view(), ahead).repairs).toEqual([
    { kind: 'rowRemoved', table: 'Incident', id: `${WF}:9`, key: `${WF}:9` },
  ]);
});
