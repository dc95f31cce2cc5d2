import { WorkingCalendar } from '../../domain/calendar';
import type { Db } from '../../platform/db';

/** The calendar as the database defines it now: chinese-days plus the admins' overrides (a small table). */
export async function loadWorkingCalendar(db: Db): Promise<WorkingCalendar> {
  const overrides = await db.calendarOverride.findMany({ select: { date: true, kind: true, note: true } });
  return new WorkingCalendar({ overrides });
}
