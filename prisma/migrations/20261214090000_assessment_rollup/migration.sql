-- 考核 at scale: the assessment reads a daily rollup (a year is at most 366 rows a person or station) instead of the
-- year's matters and steps. Facts are what each source row (a finished matter, a rating, a first ask) counts for
-- each person and station, keyed by source, kind and person or station, so writing them twice counts once. The
-- views below define the facts: this migration backfills from them, and the triggers of
-- prisma/sql/005-assessment-facts.sql rewrite the facts of every source row a write touches from the same views, in
-- the writer's transaction, and keep the rollup as the sum of the facts.
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
-- (negative: late), and whom an upheld complaint counts against when the matter is a complaint replied to 属实
-- (domain/complaints.ts UPHELD_FIELD and UPHELD): the staff member it names, else the complained-about matter's
-- village agent, else its accepting clerk.
CREATE VIEW "AssessmentFinishedMatter" AS
SELECT m.id, m."acceptedById", m."agentId",
  (m."completedAt" + interval '8 hours')::date AS "day",
  (m."dueAt" IS NULL OR m."completedAt" <= m."dueAt")::int AS "onTime",
  round(extract(epoch FROM m."completedAt" - m."acceptedAt") * 1000)::bigint AS "usedMs",
  coalesce(round(extract(epoch FROM m."dueAt" - m."completedAt") * 1000)::bigint, 0) AS "aheadMs",
  (m."dueAt" IS NOT NULL)::int AS "aheadCount",
  (SELECT coalesce(c."subjectUserId", s."agentId", s."acceptedById")
     FROM "Complaint" c LEFT JOIN "Matter" s ON s.id = c."subjectMatterId"
    WHERE c."matterId" = m.id AND m.status = 'COMPLETED'
      AND EXISTS (SELECT 1 FROM "Task" t WHERE t."matterId" = m.id AND t.status = 'COMPLETED' AND t."formData"->>'upheld' = '属实')
  ) AS "complainedUserId"
FROM "Matter" m
WHERE m.status IN ('COMPLETED', 'REJECTED') AND m."completedAt" IS NOT NULL;

-- A person's facts: each finished matter once for its accepting clerk, its village agent and whoever else completed
-- a step of it, on the day it finished, an upheld complaint against them, on the day it was replied to, each rating
-- naming them (the matters they accepted), on the day it was given, and each first ask they answered.
-- Columns in the order of "AssessmentPersonFact".
CREATE VIEW "AssessmentPersonFactSource" AS
SELECT f.id AS "sourceId", 'MATTER'::text AS "kind", p."userId", f."day", 1 AS "finished", f."onTime", f."usedMs",
  f."aheadMs", f."aheadCount", 0 AS "ratings", 0 AS "ratingPoints", 0 AS "goodRatings", 0 AS "complaintsUpheld",
  0 AS "firstAsks"
FROM "AssessmentFinishedMatter" f
CROSS JOIN LATERAL (
  SELECT f."acceptedById" UNION SELECT f."agentId"
  UNION SELECT t."completedById" FROM "Task" t WHERE t."matterId" = f.id AND t.status = 'COMPLETED'
) p("userId")
WHERE p."userId" IS NOT NULL
UNION ALL
SELECT f.id, 'COMPLAINT', f."complainedUserId", f."day", 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
FROM "AssessmentFinishedMatter" f WHERE f."complainedUserId" IS NOT NULL
UNION ALL
SELECT r."matterId", 'RATING', r."staffId", (r.at + interval '8 hours')::date, 0, 0, 0, 0, 0, 1, r.score,
  (r.score >= 4)::int, 0, 0
FROM "Rating" r WHERE r."staffId" IS NOT NULL
UNION ALL
SELECT a.id, 'FIRST_ASK', a."responderId", (a."askedAt" + interval '8 hours')::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
FROM "FirstAsk" a;

-- A village station's facts: each finished matter its agent brought, with its rating, on the day it finished, an
-- upheld complaint against one of its agents, and each first ask one of its agents answered. The station is the
-- agent's when the facts are written. Columns in the order of "AssessmentStationFact".
CREATE VIEW "AssessmentStationFactSource" AS
SELECT f.id AS "sourceId", 'MATTER'::text AS "kind", u."stationId", f."day", 1 AS "finished", f."onTime", f."usedMs",
  f."aheadMs", f."aheadCount", (r.score IS NOT NULL)::int AS "ratings", coalesce(r.score, 0) AS "ratingPoints",
  coalesce((r.score >= 4)::int, 0) AS "goodRatings", 0 AS "complaintsUpheld", 0 AS "firstAsks"
FROM "AssessmentFinishedMatter" f
JOIN "User" u ON u.id = f."agentId"
LEFT JOIN "Rating" r ON r."matterId" = f.id
WHERE u."stationId" IS NOT NULL
UNION ALL
SELECT f.id, 'COMPLAINT', u."stationId", f."day", 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
FROM "AssessmentFinishedMatter" f JOIN "User" u ON u.id = f."complainedUserId"
WHERE u."stationId" IS NOT NULL
UNION ALL
SELECT a.id, 'FIRST_ASK', u."stationId", (a."askedAt" + interval '8 hours')::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
FROM "FirstAsk" a JOIN "User" u ON u.id = a."responderId"
WHERE u."stationId" IS NOT NULL;

-- Backfill: the facts of everything recorded so far, and their sums by day
INSERT INTO "AssessmentPersonFact" SELECT * FROM "AssessmentPersonFactSource";
INSERT INTO "AssessmentStationFact" SELECT * FROM "AssessmentStationFactSource";

INSERT INTO "AssessmentPersonDay"
SELECT "day", "userId", sum("finished"), sum("onTime"), sum("usedMs"), sum("aheadMs"), sum("aheadCount"), sum("ratings"),
  sum("ratingPoints"), sum("goodRatings"), sum("complaintsUpheld"), sum("firstAsks")
FROM "AssessmentPersonFact" GROUP BY "day", "userId";

INSERT INTO "AssessmentStationDay"
SELECT "day", "stationId", sum("finished"), sum("onTime"), sum("usedMs"), sum("aheadMs"), sum("aheadCount"),
  sum("ratings"), sum("ratingPoints"), sum("goodRatings"), sum("complaintsUpheld"), sum("firstAsks")
FROM "AssessmentStationFact" GROUP BY "day", "stationId";
