import { addCalendarDays } from './china-time';

/**
 * Calendar quarters of China dates, for the rolling 办结公告 (results published each quarter) and period reports.
 * A quarter is named 'YYYY-Qn'.
 */
export interface Quarter {
  name: string;
  /** first and last China date, inclusive */
  from: string;
  to: string;
}

const NAME = /^(\d{4})-Q([1-4])$/;

export const isQuarterName = (name: string): boolean => NAME.test(name);

export function quarterNamed(name: string): Quarter {
  const match = NAME.exec(name);
  if (!match) throw new RangeError(`not a quarter name (YYYY-Qn): ${JSON.stringify(name)}`);
  const year = Number(match[1]);
  const q = Number(match[2]);
  const from = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { name, from, to: addCalendarDays(next, -1) };
}

export function quarterOf(date: string): Quarter {
  const month = Number(date.slice(5, 7));
  return quarterNamed(`${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`);
}

/** The quarter of `date` and the `count - 1` before it, newest first. */
export function recentQuarters(date: string, count: number): Quarter[] {
  const quarters = [quarterOf(date)];
  while (quarters.length < count) quarters.push(quarterOf(addCalendarDays(quarters[quarters.length - 1].from, -1)));
  return quarters;
}
