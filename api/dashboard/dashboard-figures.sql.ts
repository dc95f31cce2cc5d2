import { Prisma } from '../../generated/prisma/client';

/**
 * The dashboard's aggregates, each one pass over Matter (no rows reach Node). Period bounds arrive as China
 * dates (acceptedOn is one) and as UTC instants for the timestamp columns, which Prisma stores as UTC.
 */
export interface Period { fromDate: string; toDate: string; fromInstant: string; toInstant: string }

const OPEN = Prisma.sql`m.status IN ('IN_PROGRESS', 'SUSPENDED')`;
const acceptedIn = (p: Period) => Prisma.sql`m."acceptedOn" >= ${p.fromDate} AND m."acceptedOn" <= ${p.toDate}`;
const completedIn = (p: Period) =>
  Prisma.sql`m.status = 'COMPLETED' AND m."completedAt" >= ${p.fromInstant}::timestamp AND m."completedAt" < ${p.toInstant}::timestamp`;

export const totalsSql = (p: Period, today: string) => Prisma.sql`
  SELECT
    count(*) FILTER (WHERE m."acceptedOn" = ${today})::int AS "acceptedToday",
    count(*) FILTER (WHERE ${OPEN})::int AS "inProgress",
    count(*) FILTER (WHERE ${OPEN} AND m."warningLevel" = 'YELLOW')::int AS "dueSoon",
    count(*) FILTER (WHERE ${OPEN} AND m."warningLevel" = 'RED')::int AS "overdue",
    count(*) FILTER (WHERE ${completedIn(p)})::int AS "completed",
    count(*) FILTER (WHERE ${completedIn(p)} AND (m."dueAt" IS NULL OR m."completedAt" <= m."dueAt"))::int AS "onTime",
    (avg(extract(epoch FROM m."completedAt" - m."acceptedAt")) FILTER (WHERE ${completedIn(p)}) / 86400)::float8 AS "avgHandlingDays"
  FROM "Matter" m`;

export const avgRatingSql = (p: Period) => Prisma.sql`
  SELECT avg(r.score)::float8 AS "avgRating" FROM "Rating" r
  WHERE r.at >= ${p.fromInstant}::timestamp AND r.at < ${p.toInstant}::timestamp`;

/** Departments that lead at least one item, in their seeded order. */
export const byDepartmentSql = (p: Period) => Prisma.sql`
  SELECT d.code, d.name,
    count(m.id) FILTER (WHERE ${OPEN})::int AS "inProgress",
    count(m.id) FILTER (WHERE ${OPEN} AND m."warningLevel" = 'RED')::int AS "overdue",
    count(m.id) FILTER (WHERE ${completedIn(p)})::int AS "completed"
  FROM "Department" d
  LEFT JOIN "Matter" m ON m."leadDepartmentCode" = d.code AND m.status IN ('IN_PROGRESS', 'SUSPENDED', 'COMPLETED')
  WHERE EXISTS (SELECT 1 FROM "ServiceItem" i WHERE i."leadDepartmentCode" = d.code)
  GROUP BY d.code, d.name, d."createdAt"
  ORDER BY d."createdAt", d.code`;

export const byWindowSql = (p: Period) => Prisma.sql`
  SELECT w.code, w.name, count(m.id)::int AS "accepted"
  FROM "Window" w
  LEFT JOIN "Matter" m ON m."windowId" = w.id AND ${acceptedIn(p)}
  GROUP BY w.code, w.name
  ORDER BY w.code`;

export const byItemSql = (p: Period) => Prisma.sql`
  SELECT i.code, i.name,
    count(m.id) FILTER (WHERE ${acceptedIn(p)})::int AS "accepted",
    count(m.id) FILTER (WHERE ${completedIn(p)})::int AS "completed",
    count(m.id) FILTER (WHERE ${OPEN} AND m."warningLevel" = 'RED')::int AS "overdue"
  FROM "ServiceItem" i
  LEFT JOIN "Matter" m ON m."itemCode" = i.code
    AND ((${acceptedIn(p)}) OR (${completedIn(p)}) OR (${OPEN} AND m."warningLevel" = 'RED'))
  GROUP BY i.code, i.name
  ORDER BY "accepted" DESC, i.code`;
