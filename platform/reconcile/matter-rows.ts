import type { Db } from '../db';
import type { KeyedRow, MatterRow, MatterRows } from './reconcile-types';

const OPEN_TASK = ['OPEN', 'CLAIMED'] as const;
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

const matterSelect = {
  id: true,
  receiptNo: true,
  workflowId: true,
  status: true,
  dueAt: true,
  dueDate: true,
  provisional: true,
  warningLevel: true,
} as const;

type SelectedMatter = {
  id: string;
  receiptNo: string;
  workflowId: string;
  status: MatterRow['status'];
  dueAt: Date | null;
  dueDate: string | null;
  provisional: boolean;
  warningLevel: MatterRow['warningLevel'];
};
const toMatterRow = (m: SelectedMatter): MatterRow => ({ ...m, dueAt: isoOrNull(m.dueAt) });

/** Keys the workflow writes: `<workflowId>:<n>` and `<workflowId>/t<n>` (a plain prefix would also match a longer id). */
export const keyedBy = (workflowId: string) => [{ startsWith: `${workflowId}:` }, { startsWith: `${workflowId}/` }];

/** The matters reconcile looks at: every open one and those of the given workflows whatever their status, or the ones named. */
export async function mattersToCheck(db: Db, workflowIds: string[], only?: string[]): Promise<MatterRow[]> {
  if (only) {
    const named = await db.matter.findMany({
      where: { id: { in: only }, status: { not: 'PENDING_START' } },
      select: matterSelect,
    });
    return named.map(toMatterRow);
  }
  const open = await db.matter.findMany({
    where: { status: { in: ['IN_PROGRESS', 'SUSPENDED'] } },
    select: matterSelect,
  });
  const seen = new Set(open.map((m) => m.workflowId));
  const others = workflowIds.filter((id) => !seen.has(id));
  // a query's parameters are limited (65,535): the running workflows' ids go in chunks
  for (let at = 0; at < others.length; at += 10_000) {
    const chunk = others.slice(at, at + 10_000);
    open.push(...(await db.matter.findMany({ where: { workflowId: { in: chunk } }, select: matterSelect })));
  }
  return open.map(toMatterRow);
}

export async function matterRow(db: Db, id: string): Promise<MatterRow | undefined> {
  const row = await db.matter.findUnique({ where: { id }, select: matterSelect });
  return row ? toMatterRow(row) : undefined;
}

/** A matter's rows as reconcile compares them with its workflow. */
export async function readMatterRows(
  db: Db,
  matter: MatterRow,
  liveTaskKeys: string[],
  suspendedSince?: string,
): Promise<MatterRows> {
  const matterId = matter.id;
  const keyWhere = (field: string) => ({ matterId, OR: keyedBy(matter.workflowId).map((k) => ({ [field]: k })) });
  const [tasks, openSuspensions, current, events, suspensions, extensions, withdrawals, incidents, taskKeys] =
    await Promise.all([
      db.task.findMany({
        where: { matterId, OR: [{ status: { in: [...OPEN_TASK] } }, { taskKey: { in: liveTaskKeys } }] },
        select: {
          taskKey: true,
          status: true,
          assigneeId: true,
          suspended: true,
          candidateDepartmentCode: true,
          dueAt: true,
        },
      }),
      db.suspension.findMany({ where: { matterId, endedAt: null } }),
      suspendedSince ? db.suspension.findFirst({ where: { matterId, startedAt: new Date(suspendedSince) } }) : null,
      db.matterEvent.findMany({ where: keyWhere('eventKey'), select: { id: true, eventKey: true } }),
      db.suspension.findMany({ where: keyWhere('eventKey'), select: { id: true, eventKey: true } }),
      db.extension.findMany({ where: keyWhere('eventKey'), select: { id: true, eventKey: true } }),
      db.withdrawal.findMany({ where: keyWhere('eventKey'), select: { id: true, eventKey: true } }),
      db.incident.findMany({ where: { matterId }, select: { id: true, resolvedAt: true } }),
      db.task.findMany({ where: keyWhere('taskKey'), select: { id: true, taskKey: true } }),
    ]);
  const suspensionRow = (s: { id: string; eventKey: string; startedAt: Date; endedAt: Date | null }) => ({
    id: s.id,
    eventKey: s.eventKey,
    startedAt: s.startedAt.toISOString(),
    endedAt: isoOrNull(s.endedAt),
  });
  const keyed: KeyedRow[] = [
    ...events.map((r) => ({ table: 'MatterEvent' as const, id: r.id, key: r.eventKey })),
    ...suspensions.map((r) => ({ table: 'Suspension' as const, id: r.id, key: r.eventKey })),
    ...extensions.map((r) => ({ table: 'Extension' as const, id: r.id, key: r.eventKey })),
    ...withdrawals.map((r) => ({ table: 'Withdrawal' as const, id: r.id, key: r.eventKey })),
    ...incidents.map((r) => ({ table: 'Incident' as const, id: r.id, key: r.id })),
    ...taskKeys.map((r) => ({ table: 'Task' as const, id: r.id, key: r.taskKey })),
  ];
  return {
    matter,
    tasks: tasks.map((t) => ({ ...t, dueAt: isoOrNull(t.dueAt) })),
    openSuspensions: openSuspensions.map(suspensionRow),
    currentSuspension: current ? suspensionRow(current) : undefined,
    keyed,
    openIncidentIds: incidents.filter((r) => !r.resolvedAt).map((r) => r.id),
    incidentIds: incidents.map((r) => r.id),
  };
}
