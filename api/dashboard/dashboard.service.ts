import type { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';
import { addCalendarDays, chinaDateOf, startOfChinaDay } from '../../domain/china-time';
import { loadWorkingCalendar } from '../calendar/working-calendar';
import { chinaDayEnd, chinaDayStart } from '../shared/china-time';
import { orderField, skipTake } from '../shared/list-query';
import { avgRatingSql, byDepartmentSql, byItemSql, byWindowSql, totalsSql, type Period } from './dashboard-figures.sql';
import type { TStalledQuery, TSummary, TSummaryQuery } from './dashboard.types';

/** 督办: an open matter with no progress for this many working days is stalled. */
export const STALLED_WORKING_DAYS = 3;
const STALLED_SORTABLE = ['lastProgressAt', 'dueDate', 'receiptNo', 'leadDepartmentCode'] as const;

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

interface Totals { acceptedToday: number; inProgress: number; dueSoon: number; overdue: number; completed: number; onTime: number; avgHandlingDays: number | null }

function periodOf(q: TSummaryQuery): Period {
  return {
    fromDate: q.from ?? '0000-01-01',
    toDate: q.to ?? '9999-12-31',
    fromInstant: q.from ? chinaDayStart(q.from).toISOString() : '1970-01-01T00:00:00.000Z',
    toInstant: q.to ? chinaDayEnd(q.to).toISOString() : '9999-12-31T00:00:00.000Z',
  };
}

/**
 * Figures for centre managers (the whole centre). Counts of open, due-soon and overdue matters are "now";
 * handling time, on-time rate, rating and the per-department/window/item figures cover the period (China dates,
 * inclusive): accepted by acceptance date, completed by completion date. Without a period: all time.
 */
export function createDashboardService(deps: { db: Db; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    async summary(query: TSummaryQuery): Promise<TSummary> {
      const period = periodOf(query);
      const today = chinaDateOf(now());
      const [[totals], [rating], byDepartment, byWindow, byItem] = await Promise.all([
        db.$queryRaw<Totals[]>(totalsSql(period, today)),
        db.$queryRaw<{ avgRating: number | null }[]>(avgRatingSql(period)),
        db.$queryRaw<TSummary['byDepartment']>(byDepartmentSql(period)),
        db.$queryRaw<TSummary['byWindow']>(byWindowSql(period)),
        db.$queryRaw<TSummary['byItem']>(byItemSql(period)),
      ]);
      return {
        acceptedToday: totals.acceptedToday,
        inProgress: totals.inProgress,
        dueSoon: totals.dueSoon,
        overdue: totals.overdue,
        avgHandlingDays: round(totals.avgHandlingDays, 1),
        onTimeRate: totals.completed ? round(totals.onTime / totals.completed, 3) : null,
        avgRating: round(rating.avgRating, 2),
        byDepartment, byWindow, byItem,
      };
    },

    /** Open matters overdue, or whose last progress lies STALLED_WORKING_DAYS or more working days back. */
    async stalled(query: TStalledQuery) {
      const calendar = await loadWorkingCalendar(db);
      const today = chinaDateOf(now());
      // the N-th working day counting back from today inclusive: progress before its start is N working days old
      const cutoff = startOfChinaDay(calendar.addWorkingDays(addCalendarDays(today, 1), -STALLED_WORKING_DAYS));
      const where: Prisma.MatterWhereInput = {
        status: { in: ['IN_PROGRESS', 'SUSPENDED'] },
        OR: [{ warningLevel: 'RED' }, { lastProgressAt: { lt: cutoff } }],
        ...(query.departmentCode ? { leadDepartmentCode: query.departmentCode } : {}),
      };
      const { field, direction } = orderField(query, STALLED_SORTABLE, 'lastProgressAt');
      const [matters, total] = await Promise.all([
        db.matter.findMany({
          where, orderBy: [{ [field]: direction }, { id: 'asc' }], ...skipTake(query),
          select: { id: true, receiptNo: true, itemName: true, leadDepartmentCode: true, dueDate: true, warningLevel: true, lastProgressAt: true },
        }),
        db.matter.count({ where }),
      ]);
      const tasks = await db.task.findMany({
        where: { matterId: { in: matters.map((m) => m.id) }, status: { in: ['OPEN', 'CLAIMED'] }, assigneeId: { not: null } },
        select: { matterId: true, assigneeId: true },
      });
      const users = await db.user.findMany({ where: { id: { in: [...new Set(tasks.map((t) => t.assigneeId!))] } }, select: { id: true, displayName: true } });
      const nameOf = new Map(users.map((u) => [u.id, u.displayName]));
      return {
        data: matters.map((m) => ({
          ...m,
          openTaskAssignees: [...new Set(tasks.filter((t) => t.matterId === m.id).map((t) => nameOf.get(t.assigneeId!) ?? ''))].filter(Boolean),
        })),
        total,
      };
    },
  };
}
export type DashboardService = ReturnType<typeof createDashboardService>;
