import type { ScheduleHoliday } from './types';

/**
 * Reads the State Council notice (放假安排) as pasted, one heading per festival:
 *   二、春节：2月5日（农历除夕、周五）至13日（周六）放假调休，共9天。1月31日（周日）、2月20日（周六）上班。
 * Dates without a year belong to the notice's year, except that a block may start in late December of the year
 * before (the 2019 notice: 2018年12月30日至2019年1月1日, 12月29日上班). The server checks the result; this only
 * saves typing, and the admin reviews every row before loading.
 */
export interface ParsedNotice {
  holidays: ScheduleHoliday[];
  /** non-empty lines that are not a festival heading with days off */
  skipped: string[];
}

interface DatePart {
  year?: number;
  month: number;
  day: number;
}

const HEADING = /^\s*(?:[一二三四五六七八九十]+[、.．]\s*)?([^：:，。]{1,20})[：:](.+)$/;
const DATE = /(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日/g;
const ASIDE = /（[^）]*）|\([^)]*\)/g;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, p: DatePart) => `${year}-${pad(p.month)}-${pad(p.day)}`;
const dayNumber = (year: number, p: DatePart) => Date.UTC(year, p.month - 1, p.day) / 86_400_000;

/** The dates of a text, each month carried over to the following dates that leave it out ("5月1日至5日"). */
function datesIn(text: string): DatePart[] | undefined {
  const parts: DatePart[] = [];
  let month: number | undefined;
  for (const m of text.matchAll(DATE)) {
    month = m[2] ? Number(m[2]) : month;
    if (month === undefined) return undefined;
    parts.push({ year: m[1] ? Number(m[1]) : undefined, month, day: Number(m[3]) });
  }
  return parts;
}

/** The date in the year (one of the notice's year and the years beside it) nearest to `anchor`, or before it. */
function resolve(p: DatePart, noticeYear: number, anchor: number, notAfter = false): string {
  if (p.year) return iso(p.year, p);
  const years = [noticeYear - 1, noticeYear, noticeYear + 1].filter((y) => !notAfter || dayNumber(y, p) <= anchor);
  const year =
    years.sort((a, b) => Math.abs(dayNumber(a, p) - anchor) - Math.abs(dayNumber(b, p) - anchor))[0] ?? noticeYear;
  return iso(year, p);
}

function parseLine(line: string, year: number): ScheduleHoliday | undefined {
  const heading = HEADING.exec(line);
  if (!heading) return undefined;
  const [, name, body] = heading;
  const at = body.indexOf('放假');
  if (at < 0) return undefined;
  const off = datesIn(body.slice(0, at));
  if (!off?.length) return undefined;
  const last = off[off.length - 1];
  const to = iso(last.year ?? year, last);
  const toNumber = dayNumber(last.year ?? year, last);
  const from = off.length > 1 ? resolve(off[0], year, toNumber, true) : to;
  const rest = body.slice(at);
  const worked = rest.includes('上班') ? (datesIn(rest.slice(0, rest.lastIndexOf('上班'))) ?? []) : [];
  const fromNumber = Date.parse(`${from}T00:00:00Z`) / 86_400_000;
  return { name: name.trim(), from, to, workdays: worked.map((p) => resolve(p, year, fromNumber)) };
}

export function parseNotice(text: string, year: number): ParsedNotice {
  const holidays: ScheduleHoliday[] = [];
  const skipped: string[] = [];
  // asides first ("农历腊月二十八、周日" looks like a heading number); headings may come on one line when pasted from a web page
  const lines = text
    .replace(ASIDE, '')
    .split(/\r?\n|(?=[一二三四五六七八九十]+、)/)
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    const holiday = parseLine(line, year);
    if (holiday) holidays.push(holiday);
    else skipped.push(line);
  }
  return { holidays, skipped };
}
