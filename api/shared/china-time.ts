/** China civil dates for API filters and "today": the domain's definitions, plus the filter-bound rule. */
import { chinaDateOf, isValidDate, startOfChinaDay } from '../../domain/china-time';

export { chinaDateOf };
export const isChinaDate = isValidDate;

/** 00:00 in China on that date, as an instant. */
export const chinaDayStart = startOfChinaDay;

/** 24:00 in China on that date (the next day's start): an exclusive upper bound. */
export const chinaDayEnd = (date: string): Date => new Date(startOfChinaDay(date).getTime() + 86_400_000);

/** A filter bound given as a China date or an ISO instant; `to` dates include their whole day. */
export function boundInstant(value: string, side: 'from' | 'to'): Date {
  if (isValidDate(value)) return side === 'from' ? chinaDayStart(value) : chinaDayEnd(value);
  return new Date(value);
}
