/**
 * China civil dates ('YYYY-MM-DD', Asia/Shanghai = UTC+8 all year, no DST since 1991) and their day numbers.
 * All arithmetic is on UTC-midnight day numbers, so the host time zone never shifts a date.
 */
const MS_PER_DAY = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' civil date; throws RangeError on a malformed or impossible date. */
export function dayNumberOf(date: string): number {
  const match = DATE_SHAPE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`no such date: ${date}`);
  }
  return ms / MS_PER_DAY;
}

export function dateOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isValidDate(date: string): boolean {
  try {
    dayNumberOf(date);
    return true;
  } catch {
    return false;
  }
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function addCalendarDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumberOf(date) + days);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The China civil date of an instant. */
export function chinaDateOf(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00:00.000 +08:00 of a China civil date. */
export function startOfChinaDay(date: string): Date {
  return new Date(dayNumberOf(date) * MS_PER_DAY - CHINA_OFFSET_MS);
}

/** 23:59:59.999 +08:00 of a China civil date: "24:00 of the last day" (Civil Code art. 203) as an inclusive instant. */
export function endOfChinaDay(date: string): Date {
  return new Date(startOfChinaDay(date).getTime() + MS_PER_DAY - 1);
}

/** 00:00 +08:00 of the day after a China civil date: "through that date" as an exclusive upper bound. */
export function startOfNextChinaDay(date: string): Date {
  return new Date(startOfChinaDay(date).getTime() + MS_PER_DAY);
}

/** A filter bound given as a China date or an ISO instant; a `to` date includes its whole day. */
export function boundInstant(value: string, side: 'from' | 'to'): Date {
  if (isValidDate(value)) return side === 'from' ? startOfChinaDay(value) : startOfNextChinaDay(value);
  return new Date(value);
}

/** Milliseconds elapsed since 00:00 China time on the instant's own China day. */
export function chinaTimeOfDayMs(instant: Date): number {
  return instant.getTime() - startOfChinaDay(chinaDateOf(instant)).getTime();
}

/** An 'HH:MM' China wall-clock time on a China civil date (e.g. the centre's closing time). */
export function chinaInstantAt(date: string, hhmm: string): Date {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!match) throw new RangeError(`not an HH:MM time: ${JSON.stringify(hhmm)}`);
  return new Date(startOfChinaDay(date).getTime() + (Number(match[1]) * 60 + Number(match[2])) * 60_000);
}
