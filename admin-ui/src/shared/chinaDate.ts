/**
 * Dates as the centre reads them: China civil dates ('YYYY-MM-DD', Asia/Shanghai) as the API uses for due dates
 * and calendar days, and instants shown in China time. The date arithmetic itself is domain/china-time's.
 */
import { chinaDateOf } from '../../../domain/china-time';

const CHINA_TZ = 'Asia/Shanghai';

export function chinaToday(): string {
  return chinaDateOf(new Date());
}

/** First day of the month of `date`. */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** An instant in China time, in the reader's locale; with the time of day unless `withTime` is false. */
export function formatInstant(iso: string | null | undefined, locale: string, withTime = true): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    timeZone: CHINA_TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  }).format(date);
}

/** A civil date ('YYYY-MM-DD') as a calendar day in the reader's locale, whatever the browser's time zone. */
export function formatCivilDate(day: string | null | undefined, locale: string): string {
  if (!day) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(
    date,
  );
}
