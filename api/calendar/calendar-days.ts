import type { DayInfo, WorkingCalendar } from '../../domain/calendar';
import { addCalendarDays } from '../../domain/china-time';
import type { TCalendarDay } from './calendar.types';

const SOURCE = { OVERRIDE: 'override', PUBLISHED_SCHEDULE: 'official', STATUTORY_ESTIMATE: 'provisional', WEEK: 'weekend' } as const;

export function toCalendarDay(info: DayInfo): TCalendarDay {
  return {
    date: info.date,
    kind: info.working ? 'WORKDAY' : 'HOLIDAY',
    source: SOURCE[info.source],
    ...(info.name ? { name: info.name.zh, nameEn: info.name.en } : {}),
    ...(info.note ? { note: info.note } : {}),
  };
}

/** The year's non-ordinary days: holidays, make-up workdays and overrides; plain weekends are left to the client. */
export function notableDays(calendar: WorkingCalendar, year: number): TCalendarDay[] {
  const days: TCalendarDay[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addCalendarDays(date, 1)) {
    const info = calendar.dayInfo(date);
    if (info.source !== 'WEEK') days.push(toCalendarDay(info));
  }
  return days;
}
