/**
 * The State Council holiday schedules (放假安排) as shipped by the `chinese-days` package: holidays (including
 * the weekend days inside a holiday block) and make-up workdays (调休). Read from its JSON data rather than its
 * functions, which parse dates in the host time zone.
 */
import schedule from 'chinese-days/dist/chinese-days.json';
import type { HolidayName } from './statutory-holidays';

type DayTable = Readonly<Record<string, string>>;
const holidays: DayTable = schedule.holidays;
const makeUpWorkdays: DayTable = schedule.workdays;

/** Years the package holds a schedule for (2004–2026 in chinese-days 1.5.7). */
export const PUBLISHED_YEARS: ReadonlySet<number> = new Set(
  Object.keys(holidays).map((date) => Number(date.slice(0, 4))),
);

export type PublishedDay = { kind: 'HOLIDAY' | 'WORKDAY'; name: HolidayName };

/** The schedule's entry for a date, or undefined for an ordinary weekday / weekend. */
export function publishedDay(date: string): PublishedDay | undefined {
  const holiday = holidays[date];
  if (holiday !== undefined) return { kind: 'HOLIDAY', name: nameOf(holiday) };
  const workday = makeUpWorkdays[date];
  if (workday !== undefined) return { kind: 'WORKDAY', name: nameOf(workday) };
  return undefined;
}

/** Entries look like "National Day,国庆节,3". */
function nameOf(entry: string): HolidayName {
  const [en = entry, zh = entry] = entry.split(',');
  return { zh, en };
}
