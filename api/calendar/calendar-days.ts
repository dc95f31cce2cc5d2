import type { DayInfo, WorkingCalendar } from '../../domain/calendar';
import { addCalendarDays } from '../../domain/china-time';
import { LUNAR_TABLE_YEARS, statutoryHolidaysOf } from '../../domain/statutory-holidays';
import type { TCalendarDay } from './calendar.types';

const SOURCE = {
  OVERRIDE: 'override',
  PUBLISHED_SCHEDULE: 'official',
  STATUTORY_ESTIMATE: 'provisional',
  WEEK: 'weekend',
} as const;

/** The festival names of the Measures on National Holidays, Chinese → English. */
const ENGLISH_NAMES = new Map(
  LUNAR_TABLE_YEARS.flatMap((year) => [...statutoryHolidaysOf(year).values()]).map((n) => [n.zh, n.en]),
);

/** English for a notice heading made of festival names ("中秋节、国庆节"); undefined when a part is unknown. */
export function englishFestivalName(name: string): string | undefined {
  const parts = name
    .split(/[、，,\s]+/)
    .filter(Boolean)
    .map((part) => ENGLISH_NAMES.get(part));
  return parts.length && parts.every(Boolean) ? parts.join(', ') : undefined;
}

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
