import type { CalendarDay, ScheduleHoliday, ScheduleInput } from './types';

/** A festival row as edited: the make-up workdays as typed text. */
export interface HolidayRow {
  name: string;
  from: string;
  to: string;
  workdays: string;
}

export interface ScheduleDraft {
  source: string;
  note: string;
  /** the pasted notice, kept while the admin goes to the check step and back */
  notice: string;
  rows: HolidayRow[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

export const emptyRow = (): HolidayRow => ({ name: '', from: '', to: '', workdays: '' });

export function toRows(holidays: readonly ScheduleHoliday[]): HolidayRow[] {
  return holidays.map((h) => ({ name: h.name, from: h.from, to: h.to, workdays: h.workdays.join(', ') }));
}

export const splitDates = (text: string): string[] => text.split(/[\s,，、;；]+/).filter(Boolean);

/** What the API receives; the server validates it against the statutory holidays. */
export function toInput(draft: ScheduleDraft): ScheduleInput {
  return {
    source: draft.source.trim(),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    holidays: draft.rows.map((r) => ({
      name: r.name.trim(),
      from: r.from,
      to: r.to || r.from,
      workdays: splitDates(r.workdays),
    })),
  };
}

/** Ready for the check step: a notice named, at least one festival, each with a name and its first day off. */
export function isComplete(draft: ScheduleDraft): boolean {
  return (
    Boolean(draft.source.trim()) &&
    draft.rows.length > 0 &&
    draft.rows.every((r) => r.name.trim() && DATE.test(r.from) && (!r.to || DATE.test(r.to)))
  );
}

/** Days in a block (0 when the dates do not make one). */
export function blockLength(h: ScheduleHoliday): number {
  if (!DATE.test(h.from) || !DATE.test(h.to)) return 0;
  return Math.max(0, dayNumber(h.to) - dayNumber(h.from) + 1);
}

export function totals(holidays: readonly ScheduleHoliday[]): { holidays: number; workdays: number } {
  return {
    holidays: holidays.reduce((n, h) => n + blockLength(h), 0),
    workdays: holidays.reduce((n, h) => n + h.workdays.length, 0),
  };
}

/** Local overrides of the shown year that the schedule would replace (the admin is told before loading). */
export function replacedOverrides(holidays: readonly ScheduleHoliday[], days: readonly CalendarDay[]): string[] {
  const dates = new Set(holidays.flatMap((h) => h.workdays));
  for (const h of holidays) {
    for (let n = 0; n < blockLength(h); n++)
      dates.add(new Date((dayNumber(h.from) + n) * 86_400_000).toISOString().slice(0, 10));
  }
  return days
    .filter((d) => d.source === 'override' && dates.has(d.date))
    .map((d) => d.date)
    .sort();
}

/** The server's 400 details, in the console's language where it gave one. */
export function errorLines(body: unknown, fallback: string, locale: string): string[] {
  const error = (
    body as
      | { error?: { message?: string; messageEn?: string; details?: Array<{ message: string; messageEn?: string }> } }
      | undefined
  )?.error;
  const pick = (m: { message?: string; messageEn?: string }) =>
    locale === 'en' ? (m.messageEn ?? m.message) : m.message;
  if (error?.details?.length) return error.details.map((d) => pick(d) ?? d.message);
  return [pick(error ?? {}) ?? fallback];
}
