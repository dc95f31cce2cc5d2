import type { WarningLevel } from '../domain/deadline';
import { Prisma } from '../generated/prisma/client';

/*
 * The matter's colour (预警) derived at read time from the instants its running clock turns YELLOW and RED, so that
 * what people see never waits for the workflow's timers (those remain for the notices, escalation and the search
 * attribute). domain/deadline.ts shownWarningLevel is the same rule on a row in hand; these are its SQL forms, for
 * lists, filters and counts. Instants go in as UTC text cast to `timestamp`, the way Prisma stores them.
 */

const RUNNING = Prisma.sql`m.status = 'IN_PROGRESS' AND m."dueAt" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Suspension" s WHERE s."matterId" = m.id AND s."endedAt" IS NULL)`;

const at = (instant: Date) => Prisma.sql`${instant.toISOString()}::timestamp`;

/** The colour of Matter `m` at `now`, as text ('NONE' | 'YELLOW' | 'RED'). */
export const warningLevelSql = (now: Date) => Prisma.sql`(CASE
  WHEN m."redAt" IS NULL THEN m."warningLevel"::text
  WHEN m."redAt" <= ${at(now)} THEN 'RED'
  WHEN m."yellowAt" IS NULL THEN m."warningLevel"::text
  WHEN m."yellowAt" <= ${at(now)} THEN 'YELLOW'
  ELSE 'NONE' END)`;

/**
 * Matter `m` shows `level` at `now`: the same rule as warningLevelSql, written as conditions on the instants' own
 * columns so that a filter on RED or YELLOW can use their indexes.
 */
export function warningLevelIsSql(level: WarningLevel, now: Date): Prisma.Sql {
  const stored = Prisma.sql`m."warningLevel" = ${level}::"WarningLevel" AND (m."redAt" IS NULL OR (m."redAt" > ${at(now)} AND m."yellowAt" IS NULL))`;
  const derived = {
    RED: Prisma.sql`m."redAt" <= ${at(now)}`,
    YELLOW: Prisma.sql`m."yellowAt" <= ${at(now)} AND m."redAt" > ${at(now)}`,
    NONE: Prisma.sql`m."yellowAt" > ${at(now)} AND m."redAt" > ${at(now)}`,
  }[level];
  return Prisma.sql`((${derived}) OR (${stored}))`;
}

/** The same condition for Prisma's query API. */
export function warningLevelWhere(level: WarningLevel, now: Date): Prisma.MatterWhereInput {
  const derived: Prisma.MatterWhereInput = {
    RED: { redAt: { lte: now } },
    YELLOW: { yellowAt: { lte: now }, redAt: { gt: now } },
    NONE: { yellowAt: { gt: now }, redAt: { gt: now } },
  }[level];
  const stored: Prisma.MatterWhereInput = {
    warningLevel: level,
    OR: [{ redAt: null }, { redAt: { gt: now }, yellowAt: null }],
  };
  return { OR: [derived, stored] };
}

/**
 * The instants to store with a deadline: YELLOW and RED while the clock runs, none while it is stopped or the matter
 * is done (the stored level is then shown). `yellowAt` undefined: the writer does not know it (no calendar at hand).
 */
export function clockInstants(
  running: boolean,
  dueAt: Date | null,
  yellowAt?: Date,
): { yellowAt: Date | null; redAt: Date | null } {
  if (!running || !dueAt) return { yellowAt: null, redAt: null };
  return { yellowAt: yellowAt ?? null, redAt: dueAt };
}

/**
 * Puts a matter's instants in line with its row and ledger, for writers that move the status, the due instant or the
 * clock's stops without the calendar (a rolled-back step, reconcile): RED at the due instant while the clock runs (in
 * progress, no stop open); YELLOW kept while the due instant stands, otherwise not known until the next recount.
 * Writes only a row that changes.
 */
export const alignClockInstantsSql = (matterId: string) => Prisma.sql`
  WITH next AS (
    SELECT m.id,
           CASE WHEN ${RUNNING} THEN m."dueAt" END AS "redAt",
           CASE WHEN ${RUNNING} AND m."redAt" = m."dueAt" THEN m."yellowAt" END AS "yellowAt"
      FROM "Matter" m WHERE m.id = ${matterId})
  UPDATE "Matter" m SET "redAt" = next."redAt", "yellowAt" = next."yellowAt"
    FROM next
   WHERE m.id = next.id
     AND (m."redAt" IS DISTINCT FROM next."redAt" OR m."yellowAt" IS DISTINCT FROM next."yellowAt")`;
