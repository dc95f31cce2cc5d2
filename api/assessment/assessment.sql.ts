import { Prisma } from '../../generated/prisma/client';

/**
 * 考核, summed from the daily rollup the database keeps (migration 20261214090000_assessment_rollup and
 * prisma/sql/005-assessment-facts.sql): a period is at most one row a day for each person or station, however many
 * matters it holds. The facts behind the rollup: the matters finished (办结 or 退办) on each China day, whether each
 * finished within its promised limit (dueAt, which 补正 and extensions move), its time from acceptance and its time to
 * spare against the limit (negative: late); a person's ratings by the day given (those naming them), a station's with
 * the matters its agents brought; the upheld complaints by the day replied to; the first asks. A person's matters are
 * those they accepted at the window, brought as a village agent, or completed a step of.
 */
export interface Period {
  /** China dates 'YYYY-MM-DD', both included */
  from: string;
  to: string;
}

const MS_PER_DAY = Prisma.raw('86400000');
const STAFF_ROLES = Prisma.sql`ARRAY['CLERK', 'APPROVER', 'AGENT']::"Role"[]`;

/** the period's rows of a rollup table summed by its key column */
const summed = (table: 'AssessmentPersonDay' | 'AssessmentStationDay', key: 'userId' | 'stationId', p: Period) => {
  const [t, k] = [Prisma.raw(`"${table}"`), Prisma.raw(`"${key}"`)];
  return Prisma.sql`
    SELECT ${k} AS key, sum(finished) AS finished, sum("onTime") AS "onTime", sum("usedMs") AS "usedMs",
      sum("aheadMs") AS "aheadMs", sum("aheadCount") AS "aheadCount", sum(ratings) AS ratings,
      sum("ratingPoints") AS "ratingPoints", sum("goodRatings") AS "goodRatings",
      sum("complaintsUpheld") AS "complaintsUpheld", sum("firstAsks") AS "firstAsks"
    FROM ${t} WHERE day BETWEEN ${p.from}::date AND ${p.to}::date GROUP BY ${k}`;
};

/** the figures of a summed row `f` (averages rounded as the report shows them; none without figures) */
const figures = Prisma.sql`
  coalesce(f.finished, 0)::int AS finished, coalesce(f."onTime", 0)::int AS "onTime",
  round(f."usedMs"::numeric / nullif(f.finished, 0) / ${MS_PER_DAY}, 1)::float8 AS "avgDaysUsed",
  round(f."aheadMs"::numeric / nullif(f."aheadCount", 0) / ${MS_PER_DAY}, 1)::float8 AS "avgDaysAhead",
  coalesce(f.ratings, 0)::int AS ratings, round(f."ratingPoints"::numeric / nullif(f.ratings, 0), 2)::float8 AS "avgRating",
  coalesce(f."goodRatings", 0)::int AS "goodRatings", coalesce(f."complaintsUpheld", 0)::int AS "complaintsUpheld",
  coalesce(f."firstAsks", 0)::int AS "firstAsks"`;

export interface FigureRow {
  finished: number;
  onTime: number;
  avgDaysUsed: number | null;
  avgDaysAhead: number | null;
  ratings: number;
  avgRating: number | null;
  goodRatings: number;
  complaintsUpheld: number;
  firstAsks: number;
}

export interface PersonRow extends FigureRow {
  userId: string;
  name: string;
  departmentName: string;
  stationName: string | null;
  roles: string[];
}

/** every person with figures in the period, and every active window clerk, approver and agent (zeros included) */
export const peopleSql = (p: Period) => Prisma.sql`
  WITH f AS (${summed('AssessmentPersonDay', 'userId', p)})
  SELECT u.id AS "userId", u."displayName" AS name, d.name AS "departmentName", s.name AS "stationName",
    u.roles::text[] AS roles, ${figures}
  FROM "User" u JOIN "Department" d ON d.id = u."departmentId"
  LEFT JOIN "ServiceStation" s ON s.id = u."stationId"
  LEFT JOIN f ON f.key = u.id
  WHERE f.finished > 0 OR f.ratings > 0 OR f."complaintsUpheld" > 0 OR f."firstAsks" > 0
    OR (u.active AND u.roles && ${STAFF_ROLES})
  ORDER BY d.code, u."displayName", u.id`;

export interface StationRow extends FigureRow {
  stationId: string;
  code: string;
  name: string;
  village: string;
  agents: number;
}

/** every village station, with the matters its agents brought, their ratings, its agents' first asks and complaints */
export const stationsSql = (p: Period) => Prisma.sql`
  WITH f AS (${summed('AssessmentStationDay', 'stationId', p)})
  SELECT s.id AS "stationId", s.code, s.name, s.village,
    (SELECT count(*) FROM "User" g WHERE g."stationId" = s.id AND g.active)::int AS agents, ${figures}
  FROM "ServiceStation" s LEFT JOIN f ON f.key = s.id
  ORDER BY s.code`;
