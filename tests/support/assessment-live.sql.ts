import { Prisma } from '../../generated/prisma/client';
import { upheldSql } from '../../api/complaints/complaints.sql';
import { startOfChinaDay, startOfNextChinaDay } from '../../domain/china-time';

/**
 * 考核 computed live from the records, as the API computed it before it summed the daily rollup
 * (api/assessment/assessment.sql.ts): the oracle the rollup must equal (tests/integration/assessment) and the
 * bench's baseline. The period's finished matters (办结 or 退办, by the day they finished) with whether each finished
 * within its promised limit, its days from acceptance and its days to spare against the limit; the ratings given in
 * the period (a person's: those naming them; a station's: those of the period's finished matters its agents
 * brought); the first-ask records of the period; the upheld complaints (below). A person's matters are those they
 * accepted at the window, brought as a village agent, or completed a step of; a station's are those its agents
 * brought. Bounds are UTC instants of the China days (timestamps are stored as UTC).
 */
export interface Bounds {
  from: string;
  to: string;
}

/** the bounds of a period of China dates */
export const liveBounds = (p: { from: string; to: string }): Bounds => ({
  from: startOfChinaDay(p.from).toISOString(),
  to: startOfNextChinaDay(p.to).toISOString(),
});

const DAY = 86400;

/**
 * 投诉（属实）: complaint matters replied to in the period and marked 属实, against the staff member named, else the
 * complained-about matter's village agent, else its accepting clerk.
 */
const upheldComplaintsSql = (period: Bounds) => Prisma.sql`
  SELECT coalesce(c."subjectUserId", s."agentId", s."acceptedById") AS "userId"
  FROM "Complaint" c
  JOIN "Matter" m ON m.id = c."matterId"
  LEFT JOIN "Matter" s ON s.id = c."subjectMatterId"
  WHERE m.status = 'COMPLETED' AND m."completedAt" >= ${period.from}::timestamp AND m."completedAt" < ${period.to}::timestamp
    AND ${upheldSql(Prisma.sql`m`)}
    AND coalesce(c."subjectUserId", s."agentId", s."acceptedById") IS NOT NULL`;
const avgDays = (interval: Prisma.Sql) =>
  Prisma.sql`round((avg(extract(epoch FROM ${interval})) / ${DAY})::numeric, 1)::float8`;
const inPeriod = (column: Prisma.Sql, b: Bounds) =>
  Prisma.sql`${column} >= ${b.from}::timestamp AND ${column} < ${b.to}::timestamp`;

/**
 * Inlined wherever it is read (NOT MATERIALIZED): each read is then an index-only scan of the matters finished in
 * the period (the assessment's covering index), instead of half a million rows written aside and read back.
 */
const finished = (b: Bounds, onlyViaAgent: boolean) => Prisma.sql`
  finished AS NOT MATERIALIZED (
    SELECT m.id, m."acceptedById", m."agentId", m."acceptedAt", m."completedAt", m."dueAt"
    FROM "Matter" m
    WHERE m.status IN ('COMPLETED', 'REJECTED') AND ${inPeriod(Prisma.sql`m."completedAt"`, b)}
      ${onlyViaAgent ? Prisma.sql`AND m."agentId" IS NOT NULL` : Prisma.empty}
  )`;

/** the figures of a group of finished matters `f` */
const matterFigures = Prisma.sql`
  count(*)::int AS finished,
  count(*) FILTER (WHERE f."dueAt" IS NULL OR f."completedAt" <= f."dueAt")::int AS "onTime",
  ${avgDays(Prisma.sql`f."completedAt" - f."acceptedAt"`)} AS "avgDaysUsed",
  ${avgDays(Prisma.sql`f."dueAt" - f."completedAt"`)} AS "avgDaysAhead"`;

const ratingFigures = Prisma.sql`
  count(*)::int AS ratings, round(avg(r.score)::numeric, 2)::float8 AS "avgRating",
  count(*) FILTER (WHERE r.score >= 4)::int AS "goodRatings"`;

const joinedFigures = Prisma.sql`
  coalesce(h.finished, 0) AS finished, coalesce(h."onTime", 0) AS "onTime", h."avgDaysUsed", h."avgDaysAhead",
  coalesce(r.ratings, 0) AS ratings, r."avgRating", coalesce(r."goodRatings", 0) AS "goodRatings",
  coalesce(c."complaintsUpheld", 0) AS "complaintsUpheld", coalesce(a."firstAsks", 0) AS "firstAsks"`;

const STAFF_ROLES = Prisma.sql`ARRAY['CLERK', 'APPROVER', 'AGENT']::"Role"[]`;

/** every person who took part in the period, and every active window clerk, approver and agent (zeros included) */
export const livePeopleSql = (b: Bounds) => Prisma.sql`
  WITH ${finished(b, false)},
  -- each matter counts once for each person: its acceptor and its agent (when another) straight from the row, and
  -- whoever else completed a step of it, once however many steps
  stepped AS (
    SELECT DISTINCT t."matterId", t."completedById" AS "userId"
    FROM "Task" t JOIN finished f ON f.id = t."matterId"
    WHERE t.status = 'COMPLETED' AND t."completedById" <> f."acceptedById" AND t."completedById" IS DISTINCT FROM f."agentId"
  ),
  took_part AS (
    SELECT p."userId", f.* FROM finished f
    CROSS JOIN LATERAL (VALUES (f."acceptedById"), (nullif(f."agentId", f."acceptedById"))) p("userId")
    WHERE p."userId" IS NOT NULL
    UNION ALL
    SELECT s."userId", f.* FROM stepped s JOIN finished f ON f.id = s."matterId"
  ),
  handled AS (SELECT f."userId", ${matterFigures} FROM took_part f GROUP BY f."userId"),
  rated AS (
    SELECT r."staffId" AS "userId", ${ratingFigures}
    FROM "Rating" r WHERE r."staffId" IS NOT NULL AND ${inPeriod(Prisma.sql`r.at`, b)} GROUP BY r."staffId"
  ),
  asked AS (
    SELECT a."responderId" AS "userId", count(*)::int AS "firstAsks"
    FROM "FirstAsk" a WHERE ${inPeriod(Prisma.sql`a."askedAt"`, b)} GROUP BY a."responderId"
  ),
  complained AS (
    SELECT c."userId", count(*)::int AS "complaintsUpheld" FROM (${upheldComplaintsSql(b)}) c GROUP BY c."userId"
  )
  SELECT u.id AS "userId", u."displayName" AS name, d.name AS "departmentName", s.name AS "stationName",
    u.roles::text[] AS roles, ${joinedFigures}
  FROM "User" u JOIN "Department" d ON d.id = u."departmentId"
  LEFT JOIN "ServiceStation" s ON s.id = u."stationId"
  LEFT JOIN handled h ON h."userId" = u.id
  LEFT JOIN rated r ON r."userId" = u.id
  LEFT JOIN asked a ON a."userId" = u.id
  LEFT JOIN complained c ON c."userId" = u.id
  WHERE h."userId" IS NOT NULL OR r."userId" IS NOT NULL OR a."userId" IS NOT NULL OR c."userId" IS NOT NULL
    OR (u.active AND u.roles && ${STAFF_ROLES})
  ORDER BY d.code, u."displayName", u.id`;

/** every village station, with the matters its agents brought, their ratings, its agents' first asks and complaints */
export const liveStationsSql = (b: Bounds) => Prisma.sql`
  WITH ${finished(b, true)},
  brought AS NOT MATERIALIZED (
    SELECT f.*, u."stationId" FROM finished f JOIN "User" u ON u.id = f."agentId" WHERE u."stationId" IS NOT NULL
  ),
  handled AS (SELECT f."stationId", ${matterFigures} FROM brought f GROUP BY f."stationId"),
  rated AS (
    SELECT f."stationId", ${ratingFigures} FROM "Rating" r JOIN brought f ON f.id = r."matterId" GROUP BY f."stationId"
  ),
  asked AS (
    SELECT u."stationId", count(*)::int AS "firstAsks"
    FROM "FirstAsk" a JOIN "User" u ON u.id = a."responderId"
    WHERE ${inPeriod(Prisma.sql`a."askedAt"`, b)} AND u."stationId" IS NOT NULL GROUP BY u."stationId"
  ),
  complained AS (
    SELECT u."stationId", count(*)::int AS "complaintsUpheld"
    FROM (${upheldComplaintsSql(b)}) c JOIN "User" u ON u.id = c."userId"
    WHERE u."stationId" IS NOT NULL GROUP BY u."stationId"
  )
  SELECT s.id AS "stationId", s.code, s.name, s.village,
    (SELECT count(*) FROM "User" g WHERE g."stationId" = s.id AND g.active)::int AS agents, ${joinedFigures}
  FROM "ServiceStation" s
  LEFT JOIN handled h ON h."stationId" = s.id
  LEFT JOIN rated r ON r."stationId" = s.id
  LEFT JOIN asked a ON a."stationId" = s.id
  LEFT JOIN complained c ON c."stationId" = s.id
  ORDER BY s.code`;
