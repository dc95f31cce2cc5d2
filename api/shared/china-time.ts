/** China civil dates (Asia/Shanghai, UTC+8, no daylight saving) for API filters and "today". */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const CHINA_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isChinaDate = (s: string) => CHINA_DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const chinaDateOf = (at: Date): string => new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** 00:00 in China on that date, as an instant. */
export const chinaDayStart = (date: string): Date => new Date(Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS);

/** 24:00 in China on that date (the next day's start): an exclusive upper bound. */
export const chinaDayEnd = (date: string): Date => new Date(chinaDayStart(date).getTime() + 86_400_000);

/** A filter bound given as a China date or an ISO instant; `to` dates include their whole day. */
export function boundInstant(value: string, side: 'from' | 'to'): Date {
  if (CHINA_DATE.test(value)) return side === 'from' ? chinaDayStart(value) : chinaDayEnd(value);
  return new Date(value);
}
