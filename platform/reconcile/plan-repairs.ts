import type { OpenIncident } from '../../workflows/incident-contract';
import type { LiveTask } from '../../workflows/procedure-contract';
import type {
  DeadlineFields,
  Finding,
  KeyedRow,
  MatterRows,
  Repair,
  TaskFields,
  TaskRow,
  WorkflowView,
} from './reconcile-types';

const FINISHED = ['COMPLETED', 'REJECTED', 'REPORTED_UP', 'WITHDRAWN', 'TERMINATED'];
const isOpen = (row: TaskRow) => row.status === 'OPEN' || row.status === 'CLAIMED';
const iso = (value: string | undefined | null) => (value ? new Date(value).toISOString() : null);

/** The task row the workflow's syncTask writes for a live task. */
export function taskFieldsOf(task: LiveTask): TaskFields {
  return {
    status: task.assigneeId ? 'CLAIMED' : 'OPEN',
    assigneeId: task.assigneeId ?? null,
    suspended: task.state === 'SUSPENDED',
    candidateDepartmentCode: task.candidateDepartmentCode ?? null,
    dueAt: iso(task.dueAt),
  };
}

/** `<workflowId>:<n>` is the n-th event key, `<workflowId>/t<n>` the n-th token's; anything else is not the workflow's. */
export function isAhead(row: KeyedRow, workflowId: string, counters: { eventSeq: number; tokenSeq: number }): boolean {
  const rest = row.key.slice(workflowId.length);
  if (!row.key.startsWith(workflowId)) return false;
  const event = /^:(\d+)$/.exec(rest);
  if (event) return Number(event[1]) > counters.eventSeq;
  const token = /^\/t(\d+)$/.exec(rest);
  return token ? Number(token[1]) > counters.tokenSeq : false;
}

function changed<T extends object>(from: T, to: T): { from: Partial<T>; to: Partial<T> } | undefined {
  const keys = (Object.keys(to) as Array<keyof T>).filter((k) => from[k] !== to[k]);
  if (keys.length === 0) return undefined;
  const pick = (o: T) => Object.fromEntries(keys.map((k) => [k, o[k]])) as Partial<T>;
  return { from: pick(from), to: pick(to) };
}

/**
 * What must change in a matter's rows for them to say what its workflow says: pure, so each rule is tested on
 * crafted mismatches (tests/unit/reconcile). Rows written after the workflow's state go first (they would stand in
 * the way of the same keys written again); then the matter's status and deadline, its tasks and its suspension.
 */
export function planRepairs(view: WorkflowView, rows: MatterRows): { repairs: Repair[]; findings: Finding[] } {
  const { state } = view;
  const repairs: Repair[] = [];
  const findings: Finding[] = [];
  const finished = FINISHED.includes(state.status);

  const removed = new Set<string>();
  if (view.bookkeeping) {
    for (const row of rows.keyed) {
      if (!isAhead(row, view.workflowId, view.bookkeeping)) continue;
      repairs.push({ kind: 'rowRemoved', table: row.table, id: row.id, key: row.key });
      removed.add(`${row.table}:${row.id}`);
      if (row.table === 'Task') removed.add(`Task:${row.key}`);
    }
  }

  const { matter } = rows;
  if (matter.status !== state.status) repairs.push({ kind: 'matterStatus', from: matter.status, to: state.status });
  if (!finished && state.dueAt) {
    const from: DeadlineFields = {
      dueAt: iso(matter.dueAt),
      dueDate: matter.dueDate,
      provisional: matter.provisional,
      warningLevel: matter.warningLevel,
    };
    const to: DeadlineFields = {
      dueAt: iso(state.dueAt),
      dueDate: state.dueDate ?? null,
      provisional: state.provisional ?? false,
      warningLevel: state.warningLevel,
    };
    if (changed(from, to)) repairs.push({ kind: 'matterDeadline', from, to });
  }

  const live = finished ? [] : state.tasks;
  const rowOf = new Map(rows.tasks.filter((r) => !removed.has(`Task:${r.taskKey}`)).map((r) => [r.taskKey, r]));
  for (const task of live) {
    const row = rowOf.get(task.taskKey);
    const fields = taskFieldsOf(task);
    if (!row) repairs.push({ kind: 'taskCreated', task, fields });
    else if (!isOpen(row)) repairs.push({ kind: 'taskReopened', taskKey: task.taskKey, from: row.status, fields });
    else {
      const { status, assigneeId, suspended, candidateDepartmentCode, dueAt } = row;
      const diff = changed<TaskFields>(
        { status, assigneeId, suspended, candidateDepartmentCode, dueAt: iso(dueAt) },
        fields,
      );
      if (diff) repairs.push({ kind: 'taskUpdated', taskKey: task.taskKey, ...diff });
    }
  }
  const liveKeys = new Set(live.map((t) => t.taskKey));
  for (const row of rowOf.values())
    if (isOpen(row) && !liveKeys.has(row.taskKey))
      repairs.push({ kind: 'taskClosed', taskKey: row.taskKey, from: row.status });

  const openSuspensions = rows.openSuspensions.filter((s) => !removed.has(`Suspension:${s.id}`));
  const since = !finished && state.status === 'SUSPENDED' ? iso(state.suspendedSince) : null;
  const current =
    rows.currentSuspension && !removed.has(`Suspension:${rows.currentSuspension.id}`)
      ? rows.currentSuspension
      : undefined;
  if (since) {
    if (!current)
      findings.push({
        kind: 'SUSPENSION_ROW_MISSING',
        workflowId: view.workflowId,
        matterId: matter.id,
        receiptNo: matter.receiptNo,
        zh: `办件 ${matter.receiptNo} 自 ${since} 起补正暂停，但没有对应的暂停记录`,
        en: `Matter ${matter.receiptNo} is suspended (补正) since ${since} but has no suspension row`,
        actionZh: '期限计算会少算这段暂停：请在材料补齐后核对该办件的期限',
        actionEn: 'Its deadline will not count this pause: check the deadline once the materials are in',
      });
    else if (current.endedAt)
      repairs.push({ kind: 'suspensionReopened', suspensionId: current.id, startedAt: current.startedAt });
  }
  for (const open of openSuspensions) {
    if (since && current?.id === open.id) continue;
    // the workflow is not paused (a pause it never started was keyed past its counters, removed above)
    repairs.push({ kind: 'suspensionEnded', suspensionId: open.id, startedAt: open.startedAt });
  }
  repairs.push(...incidentRepairs(finished ? [] : (state.incidents ?? []), rows, removed));
  return { repairs, findings };
}

/** The incidents the workflow waits on have open rows, and no other row of the matter says open. */
function incidentRepairs(open: OpenIncident[], rows: MatterRows, removed: Set<string>): Repair[] {
  const repairs: Repair[] = [];
  const rowOpen = new Set(rows.openIncidentIds.filter((id) => !removed.has(`Incident:${id}`)));
  const rowExists = new Set(rows.incidentIds.filter((id) => !removed.has(`Incident:${id}`)));
  const live = new Set(open.map((incident) => incident.incidentId));
  for (const incident of open)
    if (!rowOpen.has(incident.incidentId))
      repairs.push({ kind: 'incidentOpened', incident, existed: rowExists.has(incident.incidentId) });
  for (const id of rowOpen) if (!live.has(id)) repairs.push({ kind: 'incidentClosed', incidentId: id });
  return repairs;
}
