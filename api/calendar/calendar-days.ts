import { addCalendarDays } from '../../domain/china-time';
import { englishFestivalName } from '../../domain/holiday-schedule';
import type { DayInfo, WorkingCalendar } from '../../domain/working-calendar';
import type { TCalendarDay } from './calendar.types';

const SOURCE = {
  OVERRIDE: 'override',
  PUBLISHED_SCHEDULE: 'official',
  STATUTORY_ESTIMATE: 'provisional',
  WEEK: 'weekend',
} as const;

/**
 * A day for calendar screens. Days that came from a loaded State Council schedule are shown like the shipped
 * schedule's (official, with the festival name), not as local overrides.
 */
export function toCalendarDay(info: DayInfo, fromSchedule = false): TCalendarDay {
  if (fromSchedule && info.source === 'OVERRIDE' && info.note) {
    const nameEn = englishFestivalName(info.note);
    return {
      date: info.date,
      kind: info.working ? 'WORKDAY' : 'HOLIDAY',
      source: 'official',
      name: info.note,
      ...(nameEn ? { nameEn } : {}),
    };
  }
  return {
    date: info.date,
    kind: info.working ? 'WORKDAY' : 'HOLIDAY',
    source: SOURCE[info.source],
    ...(info.name ? { name: info.name.zh, nameEn: info.name.en } : {}),
    ...(info.note ? { note: info.note } : {}),
  };
}

/**
 * The year's non-ordinary days: holidays, make-up workdays and overrides; plain weekends are left to the client.
 * `scheduleDates`: the year's overrides that a loaded schedule wrote.
 */
export function notableDays(
  calendar: WorkingCalendar,
  year: number,
  scheduleDates: ReadonlySet<string> = new Set(),
): TCalendarDay[] {
  const days: TCalendarDay[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addCalendarDays(date, 1)) {
    const info = calendar.dayInfo(date);
    if (info.source !== 'WEEK') days.push(toCalendarDay(info, scheduleDates.has(date)));
  }
  return days;
}
