import { WorkingCalendar } from '../domain/calendar';
import type { Db } from './db';

/**
 * The working-day calendar as the database defines it (chinese-days + admin overrides). Rebuilt only when the
 * overrides change: one cheap aggregate per call tells whether the cached calendar is still current.
 */
export function createCalendarSource(db: Db) {
  let cached: { stamp: string; calendar: WorkingCalendar } | undefined;
  return {
    async get(): Promise<WorkingCalendar> {
      const agg = await db.calendarOverride.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
      const stamp = `${agg._count._all}:${agg._max.updatedAt?.getTime() ?? 0}`;
      if (cached?.stamp !== stamp) {
        const overrides = await db.calendarOverride.findMany({ select: { date: true, kind: true, note: true } });
        cached = { stamp, calendar: new WorkingCalendar({ overrides }) };
      }
      return cached.calendar;
    },
  };
}
export type CalendarSource = ReturnType<typeof createCalendarSource>;
