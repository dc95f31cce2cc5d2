/**
 * The result of a matter (出证): its kinds, its number and its validity. Numbers are `{centre}-JG{YYYY}-{6 digits}`,
 * e.g. BM-JG2026-000017: one sequence per centre and year, so the year in the number keeps a restarted sequence from
 * ever repeating a number. The sequence itself is taken in the database (activities/result/result-numbers.ts).
 */
import { isValidDate, yearOf } from './china-time';

export const RESULT_TYPES = ['certificate', 'approval', 'notice'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** What each kind is called on the document and the verification page. */
export const RESULT_TYPE_LABELS: Readonly<Record<ResultType, { zh: string; en: string; title: string }>> = {
  certificate: { zh: '证照', en: 'Certificate', title: '准予办理证明' },
  approval: { zh: '批复', en: 'Approval', title: '批复' },
  notice: { zh: '告知书', en: 'Notice', title: '办理结果告知书' },
};

export const isResultType = (value: string): value is ResultType => (RESULT_TYPES as readonly string[]).includes(value);

export const RESULT_SEQUENCE_DIGITS = 6;
export const MAX_RESULT_SEQUENCE = 999_999;
/** The longest validity a designer may give (ow:Param validYears). */
export const MAX_VALID_YEARS = 50;

const CENTRE_CODE = /^[A-Z][A-Z0-9]{0,9}$/;
const RESULT_NO = /^([A-Z][A-Z0-9]{0,9})-JG(\d{4})-(\d{6})$/;

/** BM-JG2026-000017. */
export function formatResultNo(centreCode: string, year: number, seq: number): string {
  return `${resultNoStem(centreCode, year)}${String(seq).padStart(RESULT_SEQUENCE_DIGITS, '0')}`;
}

/** The number's text before its sequence (`BM-JG2026-`): the counter builds numbers from it in SQL. */
export function resultNoStem(centreCode: string, year: number): string {
  if (!CENTRE_CODE.test(centreCode))
    throw new RangeError(`centre code must be 1–10 upper-case letters or digits, got ${JSON.stringify(centreCode)}`);
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`bad year ${year}`);
  return `${centreCode}-JG${year}-`;
}

export function parseResultNo(input: string): { centreCode: string; year: number; seq: number } | undefined {
  const match = RESULT_NO.exec(input.trim().toUpperCase());
  if (!match || Number(match[3]) < 1) return undefined;
  return { centreCode: match[1], year: Number(match[2]), seq: Number(match[3]) };
}

/**
 * The last day of a validity of `years` years from the issue date, by the Civil Code: the issue day is not counted
 * (art. 201) and a period in years ends on the corresponding day of the last year, or that month's last day when it
 * has none (art. 202): issued 2026-12-06 for 5 years → through 2031-12-06; issued 2028-02-29 for 1 year → through
 * 2029-02-28. Undefined: no limit (长期有效).
 */
export function validUntil(issuedOn: string, years: number | undefined): string | undefined {
  if (years === undefined) return undefined;
  if (!Number.isInteger(years) || years < 1 || years > MAX_VALID_YEARS)
    throw new RangeError(`validity must be 1–${MAX_VALID_YEARS} years, got ${years}`);
  const corresponding = `${yearOf(issuedOn) + years}${issuedOn.slice(4)}`;
  // only 29 February lacks a counterpart when the year alone changes
  return isValidDate(corresponding) ? corresponding : `${corresponding.slice(0, 8)}28`;
}

/**
 * The service task's `validYears` parameter: absent or empty is no limit; anything else must be a whole number of
 * years in range, or the designer's mistake shows as a failed step instead of a wrong document.
 */
export function parseValidYears(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const years = Number(raw.trim());
  if (!Number.isInteger(years) || years < 1 || years > MAX_VALID_YEARS)
    throw new RangeError(`validYears must be a whole number from 1 to ${MAX_VALID_YEARS}, got ${JSON.stringify(raw)}`);
  return years;
}

/** 2026年12月06日 */
export const chineseDate = (date: string) => `${date.slice(0, 4)}年${date.slice(5, 7)}月${date.slice(8, 10)}日`;
