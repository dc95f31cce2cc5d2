import { Prisma } from '../../generated/prisma/client';

/**
 * All dashboard figures in one pass over Matter: GROUPING SETS give the centre totals and the per-department,
 * per-window and per-item rows from the same scan (no rows reach Node). Period bounds arrive as China dates
 * (acceptedOn is one) and as UTC instants for the timestamp columns, which Prisma stores as UTC.
 */
export interface Period { fromDate: string; toDate: string; fromInstant: string; toInstant: string }

export interface FigureRow {
  /** 1 when the row is not grouped by that column (GROUPING()) */
  byDepartment: number; byWindow: number; byItem: number;
  departmentCode: string | null; windowId: string | null; itemCode: string | null;
  accepted: number; acceptedToday: number; inProgress: number; dueSoon: number; overdue: number;
  completed: number; onTime: number; avgHandlingDays: number | null;
}

const OPEN = Prisma.sql`m.status IN ('IN_PROGRESS', 'SUSPENDED')`;
const acceptedIn = (p: Period) => Prisma.sql`m."acceptedOn" >= ${p.fromDate} AND m."acceptedOn" <= ${p.toDate}`;
const completedIn = (p: Period) =>
  Prisma.sql`m.status = 'COMPLETED' AND m."completedAt" >= ${p.fromInstant}::timestamp AND m."completedAt" < ${p.toInstant}::timestamp`;

export const figuresSql = (p: Period, today: string) => Prisma.sql`
  SELECT
    GROUPING(m."leadDepartmentCode") AS "byDepartment", GROUPING(m."windowId") AS "byWindow", GROUPING(m."itemCode") AS "byItem",
    m."leadDepartmentCode" AS "departmentCode", m."windowId" AS "windowId", m."itemCode" AS "itemCode",
    count(*) FILTER (WHERE ${acceptedIn(p)})::int AS "accepted",
    count(*) FILTER (WHERE m."acceptedOn" = ${today})::int AS "acceptedToday",
    count(*) FILTER (WHERE ${OPEN})::int AS "inProgress",
    count(*) FILTER (WHERE ${OPEN} AND m."warningLevel" = 'YELLOW')::int AS "dueSoon",
    count(*) FILTER (WHERE ${OPEN} AND m."warningLevel" = 'RED')::int AS "overdue",
    count(*) FILTER (WHERE ${completedIn(p)})::int AS "completed",
    count(*) FILTER (WHERE ${completedIn(p)} AND (m."dueAt" IS NULL OR m."completedAt" <= m."dueAt"))::int AS "onTime",
    (avg(extract(epoch FROM m."completedAt" - m."acceptedAt")) FILTER (WHERE ${completedIn(p)}) / 86400)::float8 AS "avgHandlingDays"
  FROM "Matter" m
  GROUP BY GROUPING SETS ((), (m."leadDepartmentCode"), (m."windowId"), (m."itemCode"))`;

export const avgRatingSql = (p: Period) => Prisma.sql`
  SELECT avg(r.score)::float8 AS "avgRating" FROM "Rating" r
  WHERE r.at >= ${p.fromInstant}::timestamp AND r.at < ${p.toInstant}::timestamp`;
