/**
 * A year's State Council holiday schedule (放假安排) as the notice lists it: per festival, the block of days off
 * and the weekend days worked instead (调休上班). Pure checks, the day list written as calendar overrides, and the
 * English for the notice's festival headings.
 */
import { addCalendarDays, dayNumberOf, weekdayOfDayNumber } from './china-time';
import { LUNAR_TABLE_YEARS, statutoryHolidaysOf, type HolidayName } from './statutory-holidays';
import type { OverrideKind } from './working-calendar';

export interface ScheduleHoliday {
  /** the notice's heading, e.g. 春节 or 中秋节、国庆节 */
  name: string;
  from: string;
  to: string;
  /** make-up workdays the notice lists under this festival */
  workdays: readonly string[];
}

export interface ScheduleIssue {
  path: string;
  message: string;
  messageEn: string;
}

export interface ScheduleDay {
  date: string;
  kind: OverrideKind;
  note: string;
}

/** A notice may reach into the days next to its year (the 2019 notice began on 30 Dec 2018, with 29 Dec worked). */
export const ADJACENT_DAYS = 7;
/** The longest block ever scheduled is 9 days; anything much longer is a typing error. */
export const MAX_BLOCK_DAYS = 15;

const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** First and last date a schedule for `year` may name. */
export function scheduleWindow(year: number): { first: string; last: string } {
  return {
    first: addCalendarDays(`${year}-01-01`, -ADJACENT_DAYS),
    last: addCalendarDays(`${year}-12-31`, ADJACENT_DAYS),
  };
}

function datesOf(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addCalendarDays(date, 1)) dates.push(date);
  return dates;
}

/**
 * Everything wrong with a schedule, so the admin fixes it in one pass: dates outside the year and its edges,
 * reversed or overlong blocks, overlapping blocks, a day both off and worked, make-up days that are not weekend
 * days, and statutory holidays of the Measures on National Holidays (2024 rev.) left out of every block (checked
 * once every block's dates are usable).
 * Dates are assumed to be valid 'YYYY-MM-DD' (the request schema checks that).
 */
export function scheduleIssues(year: number, holidays: readonly ScheduleHoliday[]): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  const { first, last } = scheduleWindow(year);
  const outside = (path: string, date: string) => {
    if (date >= first && date <= last) return false;
    issues.push({
      path,
      message: `${date} 不在 ${year} 年放假安排的范围内（${first} 至 ${last}）`,
      messageEn: `${date} is outside the ${year} schedule (${first} to ${last})`,
    });
    return true;
  };

  const off = new Map<string, string>(); // date → name of the block it belongs to
  let unreadableBlock = false;
  holidays.forEach((h, i) => {
    const fromOutside = outside(`holidays.${i}.from`, h.from);
    const toOutside = outside(`holidays.${i}.to`, h.to);
    if (fromOutside || toOutside) {
      unreadableBlock = true;
      return;
    }
    if (h.to < h.from) {
      issues.push({
        path: `holidays.${i}.to`,
        message: `${h.name}的放假结束日 ${h.to} 早于开始日 ${h.from}`,
        messageEn: `${h.name}: the last day off ${h.to} is before the first ${h.from}`,
      });
      unreadableBlock = true;
      return;
    }
    const days = datesOf(h.from, h.to);
    if (days.length > MAX_BLOCK_DAYS) {
      issues.push({
        path: `holidays.${i}.to`,
        message: `${h.name}放假 ${days.length} 天，超过 ${MAX_BLOCK_DAYS} 天，请检查日期`,
        messageEn: `${h.name}: ${days.length} days off, more than ${MAX_BLOCK_DAYS}; check the dates`,
      });
      unreadableBlock = true;
      return;
    }
    const clash = days.find((d) => off.has(d));
    if (clash) {
      issues.push({
        path: `holidays.${i}.from`,
        message: `${h.name}的放假日期与${off.get(clash)}重叠（${clash}）`,
        messageEn: `${h.name} overlaps ${off.get(clash)} on ${clash}`,
      });
    }
    for (const d of days) if (!off.has(d)) off.set(d, h.name);
  });

  const worked = new Set<string>();
  holidays.forEach((h, i) =>
    h.workdays.forEach((date, j) => {
      const path = `holidays.${i}.workdays.${j}`;
      if (outside(path, date)) return;
      if (worked.has(date)) {
        issues.push({ path, message: `调休上班日 ${date} 重复`, messageEn: `make-up workday ${date} is listed twice` });
        return;
      }
      worked.add(date);
      if (off.has(date)) {
        issues.push({
          path,
          message: `${date} 同时被列为放假日（${off.get(date)}）和调休上班日`,
          messageEn: `${date} is both a day off (${off.get(date)}) and a make-up workday`,
        });
        return;
      }
      const weekday = weekdayOfDayNumber(dayNumberOf(date));
      if (weekday >= 1 && weekday <= 5) {
        issues.push({
          path,
          message: `${date} 是${WEEKDAY_ZH[weekday]}，本就是工作日，不能作为调休上班日`,
          messageEn: `${date} is a ${WEEKDAY_EN[weekday]}, already a working day, so it cannot be a make-up workday`,
        });
      }
    }),
  );

  // a block with unusable dates would only add "holiday missing" noise: those dates come first
  if (unreadableBlock) return issues;
  const missing = new Map<string, { name: HolidayName; dates: string[] }>(); // festival → its statutory dates outside every block
  for (const [date, name] of statutoryHolidaysOf(year)) {
    if (off.has(date)) continue;
    const entry = missing.get(name.zh) ?? { name, dates: [] };
    entry.dates.push(date);
    missing.set(name.zh, entry);
  }
  for (const { name, dates } of missing.values()) {
    issues.push({
      path: 'holidays',
      message: `未包含${name.zh}的法定假日：${dates.join('、')}（全国年节及纪念日放假办法）`,
      messageEn: `the statutory ${name.en} holiday ${dates.join(', ')} is in no block (Measures on National Holidays)`,
    });
  }
  return issues;
}

/** The overrides a (valid) schedule stands for: every day of each block off, each make-up day worked. */
export function scheduleDays(holidays: readonly ScheduleHoliday[]): ScheduleDay[] {
  const days: ScheduleDay[] = [];
  for (const h of holidays) {
    for (const date of datesOf(h.from, h.to)) days.push({ date, kind: 'HOLIDAY', note: h.name });
    for (const date of h.workdays) days.push({ date, kind: 'WORKDAY', note: h.name });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** The dates whose counts a change of these days can move: the schedule's year and any edge days it names. */
export function scheduleSpan(year: number, dates: readonly string[]): { from: string; to: string } {
  const sorted = [...dates, `${year}-01-01`, `${year}-12-31`].sort();
  return { from: sorted[0], to: sorted[sorted.length - 1] };
}

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
