import type { CalendarDay, DayKind } from './types';

/** How a day is drawn: grey weekend, red holiday, blue make-up workday, plain workday. */
export type DayCategory = 'workday' | 'weekend' | 'holiday' | 'makeup';

export interface GridDay {
  date: string;
  day: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  inMonth: boolean;
  kind: DayKind;
  category: DayCategory;
  /** a local override decides the day */
  override: boolean;
  provisional: boolean;
  /** holiday name, or the override's note */
  name?: string;
  nameEn?: string;
  entry?: CalendarDay;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (year: number, month: number, day: number) => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const weekdayOf = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
};

/** Overrides win over the official (or provisional) schedule when both are sent for a date. */
export function indexDays(days: readonly CalendarDay[]): Map<string, CalendarDay> {
  const byDate = new Map<string, CalendarDay>();
  for (const day of days) {
    const existing = byDate.get(day.date);
    if (!existing || day.source === 'override') byDate.set(day.date, day);
  }
  return byDate;
}

export function classify(date: string, entry: CalendarDay | undefined, inMonth = true): GridDay {
  const weekday = weekdayOf(date);
  const weekend = weekday >= 6;
  const kind: DayKind = entry?.kind ?? (weekend ? 'HOLIDAY' : 'WORKDAY');
  const category: DayCategory =
    kind === 'WORKDAY' ? (weekend ? 'makeup' : 'workday') : entry && entry.source !== 'weekend' ? 'holiday' : 'weekend';
  return {
    date,
    day: Number(date.slice(8, 10)),
    weekday,
    inMonth,
    kind,
    category,
    override: entry?.source === 'override',
    provisional: entry?.source === 'provisional',
    name: entry?.name ?? entry?.note ?? undefined,
    nameEn: entry?.nameEn ?? undefined,
    entry,
  };
}

/** The month as whole weeks, Monday first; days of the neighbouring months fill the first and last week. */
export function monthGrid(year: number, month: number, days: readonly CalendarDay[]): GridDay[][] {
  const byDate = indexDays(days);
  const first = isoDate(year, month, 1);
  const lead = weekdayOf(first) - 1;
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells = Math.ceil((lead + length) / 7) * 7;
  const weeks: GridDay[][] = [];
  for (let i = 0; i < cells; i++) {
    const date = isoDate(year, month, 1 - lead + i);
    const cell = classify(date, byDate.get(date), i >= lead && i < lead + length);
    if (i % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1].push(cell);
  }
  return weeks;
}

export function workdaysIn(weeks: GridDay[][]): number {
  return weeks.flat().filter((d) => d.inMonth && d.kind === 'WORKDAY').length;
}

/** The day's label in the console's language (English names where the API has them). */
export const dayName = (day: GridDay, locale: string): string | undefined =>
  locale === 'en' ? (day.nameEn ?? day.name) : day.name;
