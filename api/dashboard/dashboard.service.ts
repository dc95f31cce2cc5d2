import type { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';
import { chinaDateOf, startOfChinaDay, startOfNextChinaDay } from '../../domain/china-time';
import { shownWarningLevel, startOfNthWorkingDayBack } from '../../domain/deadline';
import { warningLevelWhere } from '../../platform/warning-level';
import type { CalendarSource } from '../../platform/calendar-source';
import { orderField, skipTake } from '../shared/list-query';
import { EXPORT_MAX_ROWS, departmentNames, recordExport } from '../shared/csv-export';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import {
  avgRatingSql,
  figuresSql,
  followUpsSql,
  type FigureRow,
  type FollowUpRow,
  type Period,
} from './dashboard-figures.sql';
import type { TStalledQuery, TSummary, TSummaryQuery } from './dashboard.types';
import { complaintFiguresSql, type ComplaintFigureRow } from './complaint-figures.sql';
import { COMPLAINT_PROCEDURE_KEY } from '../../domain/complaints';

/** 督办: an open matter with no progress for this many working days is stalled. */
export const STALLED_WORKING_DAYS = 3;
const STALLED_SORTABLE = ['lastProgressAt', 'dueDate', 'receiptNo', 'leadDepartmentCode'] as const;
const STALLED_SELECT = {
  id: true,
  receiptNo: true,
  itemName: true,
  leadDepartmentCode: true,
  dueDate: true,
  warningLevel: true,
  yellowAt: true,
  redAt: true,
  lastProgressAt: true,
} as const;
type StalledRow = Prisma.MatterGetPayload<{ select: typeof STALLED_SELECT }>;
/** matter ids per task look-up, well under PostgreSQL's limit of bind parameters */
const ID_BATCH = 1000;

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

const EMPTY: FigureRow = {
  byDepartment: 1,
  byWindow: 1,
  byItem: 1,
  departmentCode: null,
  windowId: null,
  itemCode: null,
  accepted: 0,
  acceptedToday: 0,
  inProgress: 0,
  dueSoon: 0,
  overdue: 0,
  completed: 0,
  onTime: 0,
  avgHandlingDays: null,
};

function pick<K extends keyof FigureRow>(row: FigureRow, ...keys: K[]): Pick<FigureRow, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<FigureRow, K>;
}

const complaintRates = (f: Omit<ComplaintFigureRow, 'departmentCode'>) => ({
  received: f.received,
  replied: f.replied,
  repliedOnTime: f.repliedOnTime,
  onTimeRate: f.replied ? round(f.repliedOnTime / f.replied, 3) : null,
  upheld: f.upheld,
});

/** 投诉 by department concerned, in the departments' order, and the centre's totals. */
function complaintFigures(rows: ComplaintFigureRow[], departments: Array<{ code: string; name: string }>) {
  const sum = (key: keyof Omit<ComplaintFigureRow, 'departmentCode'>) => rows.reduce((n, r) => n + r[key], 0);
  const totals = complaintRates({
    received: sum('received'),
    replied: sum('replied'),
    repliedOnTime: sum('repliedOnTime'),
    upheld: sum('upheld'),
  });
  return {
    ...totals,
    unassigned: rows.find((r) => r.departmentCode === null)?.received ?? 0,
    byDepartment: departments.flatMap((d) => {
      const row = rows.find((r) => r.departmentCode === d.code);
      return row ? [{ code: d.code, name: d.name, ...complaintRates(row) }] : [];
    }),
  };
}

function periodOf(q: TSummaryQuery): Period | null {
  if (!q.from && !q.to) return null;
  return {
    fromDate: q.from ?? '0000-01-01',
    toDate: q.to ?? '9999-12-31',
    fromInstant: q.from ? startOfChinaDay(q.from).toISOString() : '1970-01-01T00:00:00.000Z',
    toInstant: q.to ? startOfNextChinaDay(q.to).toISOString() : '9999-12-31T00:00:00.000Z',
  };
}

/**
 * Figures for centre managers (the whole centre). Counts of open, due-soon and overdue matters are "now";
 * handling time, on-time rate, rating and the per-department/window/item figures cover the period (China dates,
 * inclusive): accepted by acceptance date, completed by completion date. Without a period: all time.
 */
export function createDashboardService(deps: {
  db: Db;
  calendars: CalendarSource;
  audit: AuditService;
  now?: () => Date;
}) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function stalledWhere(query: TStalledQuery, at: Date): Promise<Prisma.MatterWhereInput> {
    const calendar = await deps.calendars.get();
    // progress before this instant is STALLED_WORKING_DAYS working days old
    const cutoff = startOfNthWorkingDayBack(chinaDateOf(at), STALLED_WORKING_DAYS, calendar);
    return {
      status: { in: ['IN_PROGRESS', 'SUSPENDED'] },
      OR: [warningLevelWhere('RED', at), { lastProgressAt: { lt: cutoff } }],
      ...(query.departmentCode ? { leadDepartmentCode: query.departmentCode } : {}),
    };
  }

  function stalledOrder(query: TStalledQuery): Prisma.MatterOrderByWithRelationInput[] {
    const { field, direction } = orderField(query, STALLED_SORTABLE, 'lastProgressAt');
    return [{ [field]: direction }, { id: 'asc' }];
  }

  /** The colour each matter shows at `at`, in place of the instants it is derived from. */
  const shown = (at: Date) => (m: StalledRow) => {
    const { yellowAt: _yellowAt, redAt: _redAt, ...rest } = m;
    return { ...rest, warningLevel: shownWarningLevel(m, at) };
  };

  /** Names of the people holding each matter's open tasks. */
  async function withAssignees<M extends { id: string }>(
    matters: M[],
  ): Promise<Array<M & { openTaskAssignees: string[] }>> {
    const held = new Map<string, Set<string>>();
    for (let i = 0; i < matters.length; i += ID_BATCH) {
      const tasks = await db.task.findMany({
        where: {
          matterId: { in: matters.slice(i, i + ID_BATCH).map((m) => m.id) },
          status: { in: ['OPEN', 'CLAIMED'] },
          assigneeId: { not: null },
        },
        select: { matterId: true, assigneeId: true },
      });
      for (const t of tasks) held.set(t.matterId, (held.get(t.matterId) ?? new Set()).add(t.assigneeId!));
    }
    const assigneeIds = [...new Set([...held.values()].flatMap((ids) => [...ids]))];
    const users = await db.user.findMany({
      where: { id: { in: assigneeIds } },
      select: { id: true, displayName: true },
    });
    const nameOf = new Map(users.map((u) => [u.id, u.displayName]));
    return matters.map((m) => ({
      ...m,
      openTaskAssignees: [...new Set([...(held.get(m.id) ?? [])].map((id) => nameOf.get(id) ?? ''))].filter(Boolean),
    }));
  }

  return {
    async summary(query: TSummaryQuery): Promise<TSummary> {
      const period = periodOf(query);
      const at = now();
      const [figures, [rating], [followUps], departments, windows, items, complaintRows] = await Promise.all([
        db.$queryRaw<FigureRow[]>(figuresSql(period, chinaDateOf(at), at)),
        db.$queryRaw<{ avgRating: number | null }[]>(avgRatingSql(period)),
        db.$queryRaw<FollowUpRow[]>(followUpsSql(period, chinaDateOf(at))),
        db.department.findMany({ orderBy: [{ createdAt: 'asc' }, { code: 'asc' }] }),
        db.window.findMany({ orderBy: { code: 'asc' } }),
        db.serviceItem.findMany({
          select: { code: true, name: true, leadDepartmentCode: true, procedureKey: true },
          orderBy: { code: 'asc' },
        }),
        db.$queryRaw<ComplaintFigureRow[]>(complaintFiguresSql(period)),
      ]);
      // the complaint item's lead only receives complaints: they are shown by department concerned (below)
      const leading = new Set(
        items.filter((i) => i.procedureKey !== COMPLAINT_PROCEDURE_KEY).map((i) => i.leadDepartmentCode),
      );
      const totals = figures.find((f) => f.byDepartment && f.byWindow && f.byItem) ?? EMPTY;
      const row = (
        grouping: 'byDepartment' | 'byWindow' | 'byItem',
        key: 'departmentCode' | 'windowId' | 'itemCode',
        value: string,
      ) => figures.find((f) => !f[grouping] && f[key] === value) ?? EMPTY;
      const byItem = items.map((i) => ({
        code: i.code,
        name: i.name,
        ...pick(row('byItem', 'itemCode', i.code), 'accepted', 'completed', 'overdue'),
      }));
      return {
        ...pick(totals, 'acceptedToday', 'inProgress', 'dueSoon', 'overdue'),
        avgHandlingDays: round(totals.avgHandlingDays, 1),
        onTimeRate: totals.completed ? round(totals.onTime / totals.completed, 3) : null,
        avgRating: round(rating.avgRating, 2),
        rectificationRate: followUps.rectificationsOpened
          ? round(followUps.rectificationsAccepted / followUps.rectificationsOpened, 3)
          : null,
        overdueRectifications: followUps.overdueRectifications,
        overdueSupervisions: followUps.overdueSupervisions,
        // departments that lead an item, in their seeded order
        byDepartment: departments
          .filter((d) => leading.has(d.code))
          .map((d) => ({
            code: d.code,
            name: d.name,
            ...pick(row('byDepartment', 'departmentCode', d.code), 'inProgress', 'overdue', 'completed'),
          })),
        byWindow: windows.map((w) => ({
          code: w.code,
          name: w.name,
          accepted: row('byWindow', 'windowId', w.id).accepted,
        })),
        byItem: byItem.sort((a, b) => b.accepted - a.accepted || a.code.localeCompare(b.code)),
        complaints: complaintFigures(complaintRows, departments),
      };
    },

    /** Open matters overdue, or whose last progress lies STALLED_WORKING_DAYS or more working days back. */
    async stalled(query: TStalledQuery) {
      const at = now();
      const where = await stalledWhere(query, at);
      const [matters, total] = await Promise.all([
        db.matter.findMany({ where, orderBy: stalledOrder(query), ...skipTake(query), select: STALLED_SELECT }),
        db.matter.count({ where }),
      ]);
      return { data: await withAssignees(matters.map(shown(at))), total };
    },

    /** The whole stalled list for the same filter and order, up to EXPORT_MAX_ROWS; the export is audited. */
    async stalledExport(user: CurrentUser, query: TStalledQuery, ip?: string) {
      const at = now();
      const matters = await db.matter.findMany({
        where: await stalledWhere(query, at),
        orderBy: stalledOrder(query),
        take: EXPORT_MAX_ROWS + 1,
        select: STALLED_SELECT,
      });
      const [rows, departmentName] = await Promise.all([
        withAssignees(matters.slice(0, EXPORT_MAX_ROWS).map(shown(at))),
        departmentNames(db),
      ]);
      const result = {
        rows: rows.map((r) => ({ ...r, leadDepartmentName: departmentName(r.leadDepartmentCode) })),
        truncated: matters.length > EXPORT_MAX_ROWS,
      };
      await recordExport(deps.audit, user, ip, 'stalled.export', query, result);
      return result;
    },
  };
}
export type DashboardService = ReturnType<typeof createDashboardService>;
