-- 考核 at scale: the assessment reads a daily rollup (a year is at most 366 rows a person or station) instead of the
-- year's matters and steps. Facts are what each source row (a finished matter, an upheld complaint, a rating, a
-- first ask) counts for each person and station, keyed by source, kind and person or station, so writing them twice
-- counts once. The functions below define the facts: this migration backfills from them, and the triggers of
-- prisma/sql/005-assessment-facts.sql rewrite the facts of every source row a write touches with the same functions,
-- in the writer's transaction, and keep the rollup as the sum of the facts.
-- Days are China dates (UTC+8, no DST). Durations are in milliseconds (timestamps are stored to the millisecond).

-- CreateTable
CREATE TABLE "AssessmentPersonFact" (
    "sourceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "finished" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "usedMs" BIGINT NOT NULL DEFAULT 0,
    "aheadMs" BIGINT NOT NULL DEFAULT 0,
    "aheadCount" INTEGER NOT NULL DEFAULT 0,
    "ratings" INTEGER NOT NULL DEFAULT 0,
    "ratingPoints" INTEGER NOT NULL DEFAULT 0,
    "goodRatings" INTEGER NOT NULL DEFAULT 0,
    "complaintsUpheld" INTEGER NOT NULL DEFAULT 0,
    "firstAsks" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AssessmentPersonFact_pkey" PRIMARY KEY ("sourceId","kind","userId")
);

-- CreateTable
CREATE TABLE "AssessmentStationFact" (
    "sourceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "stationId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "finished" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "usedMs" BIGINT NOT NULL DEFAULT 0,
    "aheadMs" BIGINT NOT NULL DEFAULT 0,
    "aheadCount" INTEGER NOT NULL DEFAULT 0,
    "ratings" INTEGER NOT NULL DEFAULT 0,
    "ratingPoints" INTEGER NOT NULL DEFAULT 0,
    "goodRatings" INTEGER NOT NULL DEFAULT 0,
    "complaintsUpheld" INTEGER NOT NULL DEFAULT 0,
    "firstAsks" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AssessmentStationFact_pkey" PRIMARY KEY ("sourceId","kind","stationId")
);

-- CreateTable
CREATE TABLE "AssessmentPersonDay" (
    "day" DATE NOT NULL,
    "userId" TEXT NOT NULL,
    "finished" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "usedMs" BIGINT NOT NULL DEFAULT 0,
    "aheadMs" BIGINT NOT NULL DEFAULT 0,
    "aheadCount" INTEGER NOT NULL DEFAULT 0,
    "ratings" INTEGER NOT NULL DEFAULT 0,
    "ratingPoints" INTEGER NOT NULL DEFAULT 0,
    "goodRatings" INTEGER NOT NULL DEFAULT 0,
    "complaintsUpheld" INTEGER NOT NULL DEFAULT 0,
    "firstAsks" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AssessmentPersonDay_pkey" PRIMARY KEY ("day","userId")
);

-- CreateTable
CREATE TABLE "AssessmentStationDay" (
    "day" DATE NOT NULL,
    "stationId" TEXT NOT NULL,
    "finished" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "usedMs" BIGINT NOT NULL DEFAULT 0,
    "aheadMs" BIGINT NOT NULL DEFAULT 0,
    "aheadCount" INTEGER NOT NULL DEFAULT 0,
    "ratings" INTEGER NOT NULL DEFAULT 0,
    "ratingPoints" INTEGER NOT NULL DEFAULT 0,
    "goodRatings" INTEGER NOT NULL DEFAULT 0,
    "complaintsUpheld" INTEGER NOT NULL DEFAULT 0,
    "firstAsks" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AssessmentStationDay_pkey" PRIMARY KEY ("day","stationId")
);

-- A finished matter (办结 or 退办) with its figures: the China day it finished, within its promised limit or not
-- (dueAt, which 补正 and extensions move), the time from acceptance and the time to spare against the limit
-- (negative: late).
CREATE VIEW "AssessmentFinishedMatter" AS
SELECT m.id, m.status, m."acceptedById", m."agentId",
  (m."completedAt" + interval '8 hours')::date AS "day",
  (m."dueAt" IS NULL OR m."completedAt" <= m."dueAt")::int AS "onTime",
  round(extract(epoch FROM m."completedAt" - m."acceptedAt") * 1000)::bigint AS "usedMs",
  coalesce(round(extract(epoch FROM m."dueAt" - m."completedAt") * 1000)::bigint, 0) AS "aheadMs",
  (m."dueAt" IS NOT NULL)::int AS "aheadCount"
FROM "Matter" m
WHERE m.status IN ('COMPLETED', 'REJECTED') AND m."completedAt" IS NOT NULL;

-- A complaint matter replied to 属实 (domain/complaints.ts UPHELD_FIELD and UPHELD) and whom it counts against: the
-- staff member it names, else the complained-about matter's village agent, else its accepting clerk.
CREATE VIEW "AssessmentUpheldComplaint" AS
SELECT c."matterId", coalesce(c."subjectUserId", s."agentId", s."acceptedById") AS "userId", f."day"
FROM "Complaint" c
JOIN "AssessmentFinishedMatter" f ON f.id = c."matterId"
LEFT JOIN "Matter" s ON s.id = c."subjectMatterId"
WHERE f.status = 'COMPLETED' AND coalesce(c."subjectUserId", s."agentId", s."acceptedById") IS NOT NULL
  AND EXISTS (SELECT 1 FROM "Task" t
              WHERE t."matterId" = c."matterId" AND t.status = 'COMPLETED' AND t."formData"->>'upheld' = '属实');

-- Every source a fact can come from: matters, the matters of ratings, first asks
CREATE VIEW "AssessmentSource" AS
SELECT id FROM "Matter" UNION SELECT "matterId" FROM "Rating" UNION SELECT id FROM "FirstAsk";

-- The facts of some sources are functions of their ids rather than views filtered by them: each part is then read
-- by its key for each id given (a filter on a view over every matter could scan all finished matters for each).

-- A person's facts: each finished matter once for its accepting clerk, its village agent and whoever else completed
-- a step of it, on the day it finished, an upheld complaint against them, on the day it was replied to, each rating
-- naming them (the matters they accepted), on the day it was given, and each first ask they answered.
CREATE FUNCTION assessment_person_facts(ids text[]) RETURNS SETOF "AssessmentPersonFact" LANGUAGE sql STABLE AS $$
SELECT f.id, 'MATTER', p."userId", f."day", 1, f."onTime", f."usedMs", f."aheadMs", f."aheadCount", 0, 0, 0, 0, 0
FROM unnest(ids) x(id)
JOIN "AssessmentFinishedMatter" f ON f.id = x.id
CROSS JOIN LATERAL (
  SELECT f."acceptedById" UNION SELECT f."agentId"
  UNION SELECT t."completedById" FROM "Task" t WHERE t."matterId" = f.id AND t.status = 'COMPLETED'
) p("userId")
WHERE p."userId" IS NOT NULL
UNION ALL
SELECT c."matterId", 'COMPLAINT', c."userId", c."day", 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
FROM unnest(ids) x(id) JOIN "AssessmentUpheldComplaint" c ON c."matterId" = x.id
UNION ALL
SELECT r."matterId", 'RATING', r."staffId", (r.at + interval '8 hours')::date, 0, 0, 0, 0, 0, 1, r.score,
  (r.score >= 4)::int, 0, 0
FROM unnest(ids) x(id) JOIN "Rating" r ON r."matterId" = x.id
WHERE r."staffId" IS NOT NULL
UNION ALL
SELECT a.id, 'FIRST_ASK', a."responderId", (a."askedAt" + interval '8 hours')::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
FROM unnest(ids) x(id) JOIN "FirstAsk" a ON a.id = x.id
$$;

-- A village station's facts: each finished matter its agent brought, with its rating, on the day it finished, an
-- upheld complaint against one of its agents, and each first ask one of its agents answered. The station is the
-- agent's when the facts are written.
CREATE FUNCTION assessment_station_facts(ids text[]) RETURNS SETOF "AssessmentStationFact" LANGUAGE sql STABLE AS $$
SELECT f.id, 'MATTER', u."stationId", f."day", 1, f."onTime", f."usedMs", f."aheadMs", f."aheadCount",
  (r.score IS NOT NULL)::int, coalesce(r.score, 0), coalesce((r.score >= 4)::int, 0), 0, 0
FROM unnest(ids) x(id)
JOIN "AssessmentFinishedMatter" f ON f.id = x.id
JOIN "User" u ON u.id = f."agentId"
LEFT JOIN "Rating" r ON r."matterId" = f.id
WHERE u."stationId" IS NOT NULL
UNION ALL
SELECT c."matterId", 'COMPLAINT', u."stationId", c."day", 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
FROM unnest(ids) x(id) JOIN "AssessmentUpheldComplaint" c ON c."matterId" = x.id JOIN "User" u ON u.id = c."userId"
WHERE u."stationId" IS NOT NULL
UNION ALL
SELECT a.id, 'FIRST_ASK', u."stationId", (a."askedAt" + interval '8 hours')::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
FROM unnest(ids) x(id) JOIN "FirstAsk" a ON a.id = x.id JOIN "User" u ON u.id = a."responderId"
WHERE u."stationId" IS NOT NULL
$$;

-- Backfill: the facts of everything recorded so far, and their sums by day
INSERT INTO "AssessmentPersonFact" SELECT * FROM assessment_person_facts(ARRAY(SELECT id FROM "AssessmentSource"));
INSERT INTO "AssessmentStationFact" SELECT * FROM assessment_station_facts(ARRAY(SELECT id FROM "AssessmentSource"));

INSERT INTO "AssessmentPersonDay"
SELECT "day", "userId", sum("finished"), sum("onTime"), sum("usedMs"), sum("aheadMs"), sum("aheadCount"), sum("ratings"),
  sum("ratingPoints"), sum("goodRatings"), sum("complaintsUpheld"), sum("firstAsks")
FROM "AssessmentPersonFact" GROUP BY "day", "userId";

INSERT INTO "AssessmentStationDay"
SELECT "day", "stationId", sum("finished"), sum("onTime"), sum("usedMs"), sum("aheadMs"), sum("aheadCount"),
  sum("ratings"), sum("ratingPoints"), sum("goodRatings"), sum("complaintsUpheld"), sum("firstAsks")
FROM "AssessmentStationFact" GROUP BY "day", "stationId";
