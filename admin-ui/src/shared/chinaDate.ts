/** The console's clock in China civil dates ('YYYY-MM-DD'); the date arithmetic itself is domain/china-time's. */
import { chinaDateOf } from '../../../domain/china-time';

export function chinaToday(): string {
  return chinaDateOf(new Date());
}

/** First day of the month of `date`. */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}
