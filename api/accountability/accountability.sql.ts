import { Prisma } from '../../generated/prisma/client';

/**
 * 责任追究, computed from the records: the period's cases are the matters whose limit ended in the period and that
 * finished late or are still open past it, and the 退办 a manager entered in the period as overturned on appeal.
 * Each case's chain is its steps (tasks, cancelled ones left out): who held each, from when to when (an open step
 * up to now) and by how much it ran past the step's own limit. Days are natural days with a decimal, as a manager
 * reads "held 3.5 days against a limit of 2".
 * Bounds arrive as UTC instants of the China days (timestamps are stored as UTC).
 */
export interface Bounds {
  from: string;
  to: string;
  now: string;
}

const DAY = 86400;
const days = (interval: Prisma.Sql) =>
  Prisma.sql`round((extract(epoch FROM ${interval}) / ${DAY})::numeric, 1)::float8`;

const cases = (b: Bounds) => Prisma.sql`
  cases AS (
    SELECT m.id FROM "Matter" m
    WHERE m."dueAt" >= ${b.from}::timestamp AND m."dueAt" < ${b.to}::timestamp
      AND (m."completedAt" > m."dueAt"
        OR (m."completedAt" IS NULL AND m.status IN ('IN_PROGRESS', 'SUSPENDED') AND m."dueAt" < ${b.now}::timestamp))
    UNION
    SELECT a."matterId" FROM "AccountabilityCase" a
    WHERE a."overturnedOnAppeal" AND a."recordedAt" >= ${b.from}::timestamp AND a."recordedAt" < ${b.to}::timestamp
  )`;

const steps = (b: Bounds) => Prisma.sql`
  steps AS (
    SELECT t.id, t."matterId", t.name, t."candidateDepartmentCode" AS "departmentCode",
      coalesce(t."completedById", t."assigneeId") AS "holderId", t."createdAt" AS "from",
      coalesce(t."completedAt", ${b.now}::timestamp) AS "to", t."completedAt" IS NULL AS "open", t."dueAt"
    FROM "Task" t JOIN cases c ON c.id = t."matterId"
    WHERE t.status <> 'CANCELLED'
  )`;

export interface CaseRow {
  matterId: string;
  receiptNo: string;
  itemName: string;
  departmentCode: string;
  status: string;
  acceptedAt: Date;
  dueAt: Date | null;
  completedAt: Date | null;
  overturnedOnAppeal: boolean | null;
  appealDecision: string | null;
  reason: string | null;
  overdueDays: number;
}

/** the period's cases, the longest overdue first; `limit` null: all of them (the export) */
export const casesSql = (b: Bounds, limit: number | null) => Prisma.sql`
  WITH ${cases(b)}
  SELECT m.id AS "matterId", m."receiptNo", m."itemName", m."leadDepartmentCode" AS "departmentCode",
    m.status::text AS status, m."acceptedAt", m."dueAt", m."completedAt",
    a."overturnedOnAppeal", a."appealDecision", a.reason,
    CASE WHEN m."dueAt" IS NULL THEN 0
      ELSE greatest(${days(Prisma.sql`coalesce(m."completedAt", ${b.now}::timestamp) - m."dueAt"`)}, 0) END AS "overdueDays"
  FROM cases c JOIN "Matter" m ON m.id = c.id
  LEFT JOIN "AccountabilityCase" a ON a."matterId" = m.id
  ORDER BY "overdueDays" DESC, m."receiptNo"
  ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;

export interface StepRow {
  taskId: string;
  matterId: string;
  step: string;
  departmentCode: string | null;
  holderId: string | null;
  holderName: string | null;
  from: Date;
  to: Date;
  open: boolean;
  heldDays: number;
  limitDays: number | null;
  overDays: number;
}

/** the chains of the given cases, each in the order its steps began */
export const chainsSql = (b: Bounds, matterIds: string[]) => Prisma.sql`
  WITH cases AS (SELECT unnest(${matterIds}::text[]) AS id), ${steps(b)}
  SELECT s.id AS "taskId", s."matterId", s.name AS step, s."departmentCode", s."holderId", u."displayName" AS "holderName",
    s."from", s."to", s."open", ${days(Prisma.sql`s."to" - s."from"`)} AS "heldDays",
    CASE WHEN s."dueAt" IS NULL THEN NULL ELSE ${days(Prisma.sql`s."dueAt" - s."from"`)} END AS "limitDays",
    CASE WHEN s."dueAt" IS NULL OR s."to" <= s."dueAt" THEN 0 ELSE ${days(Prisma.sql`s."to" - s."dueAt"`)} END AS "overDays"
  FROM steps s LEFT JOIN "User" u ON u.id = s."holderId"
  ORDER BY s."matterId", s."from", s.id`;

export interface TallyRow {
  byPerson: number;
  departmentCode: string | null;
  holderId: string | null;
  cases: number;
  steps: number;
  overSteps: number;
  overDays: number;
}

/** per step department and per holder (byPerson 1): cases touched, steps held, steps past their limit and the days past it */
export const tallySql = (b: Bounds) => Prisma.sql`
  WITH ${cases(b)}, ${steps(b)}
  SELECT GROUPING(s."departmentCode") AS "byPerson", s."departmentCode", s."holderId",
    count(DISTINCT s."matterId")::int AS cases, count(*)::int AS steps,
    count(*) FILTER (WHERE s."dueAt" IS NOT NULL AND s."to" > s."dueAt")::int AS "overSteps",
    coalesce(sum(${days(Prisma.sql`s."to" - s."dueAt"`)}) FILTER (WHERE s."dueAt" IS NOT NULL AND s."to" > s."dueAt"), 0)::float8 AS "overDays"
  FROM steps s
  GROUP BY GROUPING SETS ((s."departmentCode"), (s."holderId"))`;
