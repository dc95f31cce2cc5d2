import { Prisma } from '../generated/prisma/client';
import { WorkingCalendar } from '../domain/working-calendar';
import type { ChangeNotices } from './change-notices';
import { runSql, type Db } from './db';

const CALENDAR_TABLES = ['CalendarOverride', 'CalendarYear'] as const;

/**
 * The working-day calendar as the database defines it: chinese-days, admin overrides, and the years whose
 * schedule an admin loaded (CalendarYear). Kept until a change notice about either table; while the process is
 * not listening, one cheap query per call (row counts and latest change of both) tells whether the calendar last
 * built is still current.
 */
export function createCalendarSource(db: Db, notices: ChangeNotices) {
  let built: { stamp: string; calendar: WorkingCalendar } | undefined;
  const readStamp = async () =>
    (
      await runSql<{ stamp: string }>(
        db,
        Prisma.sql`
    SELECT (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "CalendarOverride")
      || '|' || (SELECT count(*) || ':' || coalesce(max("publishedAt")::text, '') FROM "CalendarYear") AS stamp`,
      )
    )[0].stamp;
  const cache = notices.cache(CALENDAR_TABLES, async (): Promise<WorkingCalendar> => {
    const stamp = await readStamp();
    if (built?.stamp !== stamp) {
      const [overrides, years] = await Promise.all([
        db.calendarOverride.findMany({ select: { date: true, kind: true, note: true } }),
        db.calendarYear.findMany({ select: { year: true } }),
      ]);
      built = { stamp, calendar: new WorkingCalendar({ overrides, publishedYears: years.map((y) => y.year) }) };
    }
    return built.calendar;
  });
  return {
    get: () => cache.get(undefined),
    /**
     * The calendar as committed now, whether or not this process has heard of the last change yet: for a recount
     * that an edit caused. The API signals the matters after its commit, and its change notice may reach this
     * process after the signal's activity has started; one cheap query tells.
     */
    async current(): Promise<WorkingCalendar> {
      if (built?.stamp !== (await readStamp())) cache.forget();
      return cache.get(undefined);
    },
    /** after this process edited the calendar: its next reads see the edit without waiting for the notice */
    forget: cache.forget,
  };
}
export type CalendarSource = ReturnType<typeof createCalendarSource>;
