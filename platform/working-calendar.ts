import { Prisma } from '../generated/prisma/client';
import { WorkingCalendar } from '../domain/calendar';
import { runSql, type Db } from './db';

/**
 * The working-day calendar as the database defines it: chinese-days, admin overrides, and the years whose
 * schedule an admin loaded (CalendarYear). Rebuilt only when either table changes: one cheap query per call
 * (row counts and latest change of both, a hot read: runSql) tells whether the cached calendar is still current.
 */
export function createCalendarSource(db: Db) {
  let cached: { stamp: string; calendar: WorkingCalendar } | undefined;
  return {
    async get(): Promise<WorkingCalendar> {
      const [{ stamp }] = await runSql<{ stamp: string }>(db, Prisma.sql`
        SELECT (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "CalendarOverride")
          || '|' || (SELECT count(*) || ':' || coalesce(max("publishedAt")::text, '') FROM "CalendarYear") AS stamp`);
      if (cached?.stamp !== stamp) {
        const [overrides, years] = await Promise.all([
          db.calendarOverride.findMany({ select: { date: true, kind: true, note: true } }),
          db.calendarYear.findMany({ select: { year: true } }),
        ]);
        cached = { stamp, calendar: new WorkingCalendar({ overrides, publishedYears: years.map((y) => y.year) }) };
      }
      return cached.calendar;
    },
  };
}
export type CalendarSource = ReturnType<typeof createCalendarSource>;
