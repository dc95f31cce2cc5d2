/**
 * The working-day calendar (工作日历). A day is a working day by, in order of precedence:
 *   1. a local override an admin entered (e.g. a typhoon closure, or a newly published schedule);
 *   2. the State Council schedule shipped by `chinese-days` (holidays and make-up workdays, 调休);
 *   3. for years without a published schedule: Monday–Friday minus the statutory holidays (docs/legal-rules.md,
 *      "Holiday schedules that are not published yet"); such results are provisional.
 * Weekends that are make-up workdays count as working days (Licensing Law art. 82).
 * Per year, working-day flags and prefix counts are built once, so each query is O(log 366) plus the years spanned.
 */
import { dateOfDayNumber, dayNumberOf, weekdayOfDayNumber, yearOf } from './china-time';
import { PUBLISHED_YEARS, publishedDay } from './published-schedule';
import { statutoryHolidaysOf, type HolidayName } from './statutory-holidays';

export const OVERRIDE_KINDS = ['WORKDAY', 'HOLIDAY'] as const;
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];

export interface CalendarOverride {
  date: string;
  kind: OverrideKind;
  note?: string;
}

export interface WorkingCalendarOptions {
  /** Admin-edited days; they win over every other source. A later entry for the same date wins. */
  overrides?: readonly CalendarOverride[];
  /** Years whose full schedule an admin has entered as overrides, so results there are no longer provisional. */
  publishedYears?: readonly number[];
}

/** Why a day is or is not a working day. */
export type DaySource = 'OVERRIDE' | 'PUBLISHED_SCHEDULE' | 'STATUTORY_ESTIMATE' | 'WEEK';

export interface DayInfo {
  date: string;
  working: boolean;
  source: DaySource;
  name?: HolidayName;
  note?: string;
  /** the day's year has no published schedule: the answer may change when it is loaded */
  provisional: boolean;
}

export const MIN_CALENDAR_YEAR = 1900;
export const MAX_CALENDAR_YEAR = 2199;

interface YearTable {
  firstDay: number;
  /** cumulative[i] = number of working days among the year's first i days */
  cumulative: Int32Array;
  total: number;
}

export class WorkingCalendar {
  private readonly overrides: ReadonlyMap<string, CalendarOverride>;
  private readonly loadedYears: ReadonlySet<number>;
  private readonly years = new Map<number, YearTable>();

  constructor(options: WorkingCalendarOptions = {}) {
    const overrides = new Map<string, CalendarOverride>();
    for (const override of options.overrides ?? []) {
      dayNumberOf(override.date);
      if (!OVERRIDE_KINDS.includes(override.kind))
        throw new RangeError(`unknown override kind: ${String(override.kind)}`);
      overrides.set(override.date, override);
    }
    this.overrides = overrides;
    this.loadedYears = new Set(options.publishedYears ?? []);
  }

  /** Whether the year's holiday schedule is known (shipped by chinese-days or loaded by an admin). */
  isPublished(year: number): boolean {
    return PUBLISHED_YEARS.has(year) || this.loadedYears.has(year);
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(dayNumberOf(date));
  }

  /**
   * n > 0: the n-th working day after `fromDate`, which itself is not counted (Civil Code art. 201).
   * n < 0: the |n|-th working day before `fromDate` (not counted either). n = 0: `fromDate` unchanged.
   */
  addWorkingDays(fromDate: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer, got ${n}`);
    const from = dayNumberOf(fromDate);
    if (n === 0) return fromDate;
    let year = yearOfDayNumber(from);
    let table = this.yearTable(year);
    const index = from - table.firstDay;
    // rank (1-based, within `year`) of the working day we look for
    let rank = n > 0 ? table.cumulative[index + 1] + n : table.cumulative[index] + n + 1;
    while (rank > table.total) {
      rank -= table.total;
      table = this.yearTable(++year);
    }
    while (rank < 1) {
      table = this.yearTable(--year);
      rank += table.total;
    }
    return dateOfDayNumber(table.firstDay + firstIndexReaching(table.cumulative, rank) - 1);
  }

  /** Working days d with a < d ≤ b (the start day is not counted); negative when b is before a. */
  workingDaysBetween(a: string, b: string): number {
    const from = dayNumberOf(a);
    const to = dayNumberOf(b);
    if (from > to) return -this.workingDaysBetween(b, a);
    const baseYear = yearOfDayNumber(from);
    return this.countThrough(to, baseYear) - this.countThrough(from, baseYear);
  }

  /** Years without a published schedule that contain a day d with a < d ≤ b (order of a and b irrelevant). */
  unpublishedYearsBetween(a: string, b: string): number[] {
    const [from, to] = a <= b ? [a, b] : [b, a];
    if (from === to) return [];
    const years: number[] = [];
    const firstCounted = yearOfDayNumber(dayNumberOf(from) + 1);
    for (let year = firstCounted; year <= yearOf(to); year++) if (!this.isPublished(year)) years.push(year);
    return years;
  }

  /** A count over (a, b] that touches an unpublished year is provisional. */
  isProvisionalBetween(a: string, b: string): boolean {
    return this.unpublishedYearsBetween(a, b).length > 0;
  }

  /** The day's status and the reason, for calendar screens and explanations. */
  dayInfo(date: string): DayInfo {
    const dayNumber = dayNumberOf(date);
    const year = yearOfDayNumber(dayNumber);
    const provisional = !this.isPublished(year);
    const working = this.isWorkingDayNumber(dayNumber);
    const override = this.overrides.get(date);
    if (override) return { date, working, source: 'OVERRIDE', note: override.note, provisional };
    if (PUBLISHED_YEARS.has(year)) {
      const entry = publishedDay(date);
      if (entry) return { date, working, source: 'PUBLISHED_SCHEDULE', name: entry.name, provisional };
    } else {
      const name = statutoryHolidaysOf(year).get(date);
      if (name) return { date, working, source: 'STATUTORY_ESTIMATE', name, provisional };
    }
    return { date, working, source: 'WEEK', provisional };
  }

  private isWorkingDayNumber(dayNumber: number): boolean {
    const table = this.yearTable(yearOfDayNumber(dayNumber));
    const index = dayNumber - table.firstDay;
    return table.cumulative[index + 1] > table.cumulative[index];
  }

  /** Working days from 1 January of `baseYear` through `dayNumber` inclusive. */
  private countThrough(dayNumber: number, baseYear: number): number {
    const year = yearOfDayNumber(dayNumber);
    let count = 0;
    for (let y = baseYear; y < year; y++) count += this.yearTable(y).total;
    const table = this.yearTable(year);
    return count + table.cumulative[dayNumber - table.firstDay + 1];
  }

  private yearTable(year: number): YearTable {
    const cached = this.years.get(year);
    if (cached) return cached;
    if (year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
      throw new RangeError(`working-day calendar covers ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}, asked for ${year}`);
    }
    const table = this.buildYear(year);
    this.years.set(year, table);
    return table;
  }

  private buildYear(year: number): YearTable {
    const firstDay = dayNumberOf(`${year}-01-01`);
    const length = dayNumberOf(`${year + 1}-01-01`) - firstDay;
    const shipped = PUBLISHED_YEARS.has(year);
    const statutory = shipped ? undefined : statutoryHolidaysOf(year);
    const cumulative = new Int32Array(length + 1);
    for (let i = 0; i < length; i++) {
      const date = dateOfDayNumber(firstDay + i);
      const weekday = weekdayOfDayNumber(firstDay + i);
      let working = weekday >= 1 && weekday <= 5;
      if (shipped) {
        const entry = publishedDay(date);
        if (entry) working = entry.kind === 'WORKDAY';
      } else if (statutory?.has(date)) {
        working = false;
      }
      const override = this.overrides.get(date);
      if (override) working = override.kind === 'WORKDAY';
      cumulative[i + 1] = cumulative[i] + (working ? 1 : 0);
    }
    return { firstDay, cumulative, total: cumulative[length] };
  }
}

function yearOfDayNumber(dayNumber: number): number {
  return new Date(dayNumber * 86_400_000).getUTCFullYear();
}

/** Smallest j with cumulative[j] ≥ rank (binary search; cumulative is non-decreasing and 1 ≤ rank ≤ total). */
function firstIndexReaching(cumulative: Int32Array, rank: number): number {
  let low = 1;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle] >= rank) high = middle;
    else low = middle + 1;
  }
  return low;
}
