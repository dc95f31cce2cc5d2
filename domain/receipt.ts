/**
 * Human-readable document numbers, no check digit: `{prefix}-{YYYYMMDD}-{5-digit sequence}`, the date being the
 * China civil date of issue. Receipts (受理回执) carry the centre's or station's code (e.g. BM-20261124-00017);
 * one-time notices (一次性告知书) use GZ, refusal notices (不予受理通知书) BSL and fee receipts (收费票据) SF, so those
 * prefixes are reserved and never a centre code.
 */
import { dayNumberOf, isValidDate } from './china-time';

export const SUPPLEMENT_NOTICE_PREFIX = 'GZ';
export const REFUSAL_NOTICE_PREFIX = 'BSL';
/** 收费票据 (fee receipts): SF-20261206-00001 */
export const FEE_RECEIPT_PREFIX = 'SF';
export const SEQUENCE_DIGITS = 5;
export const MAX_SEQUENCE = 99_999;

export type DocumentKind = 'RECEIPT' | 'SUPPLEMENT_NOTICE' | 'REFUSAL_NOTICE' | 'FEE_RECEIPT';

export interface ParsedDocumentNo {
  kind: DocumentKind;
  prefix: string;
  /** YYYY-MM-DD */
  chinaDate: string;
  seq: number;
}

const PREFIX_SHAPE = /^[A-Z][A-Z0-9]{0,9}$/;
const NUMBER_SHAPE = /^([A-Z][A-Z0-9]{0,9})-(\d{4})(\d{2})(\d{2})-(\d{5})$/;

/** A receipt number for a centre or station code, e.g. formatReceiptNo('BM', '2026-11-24', 17) → BM-20261124-00017. */
export function formatReceiptNo(prefix: string, chinaDate: string, seq: number): string {
  if (kindOfPrefix(prefix) !== 'RECEIPT') throw new RangeError(`${prefix} is reserved for notices, not a centre code`);
  return formatDocumentNo(prefix, chinaDate, seq);
}

/** 一次性告知书 number: GZ-20261124-00003. */
export function formatSupplementNoticeNo(chinaDate: string, seq: number): string {
  return formatDocumentNo(SUPPLEMENT_NOTICE_PREFIX, chinaDate, seq);
}

/** 不予受理通知书 number: BSL-20261124-00001. */
export function formatRefusalNoticeNo(chinaDate: string, seq: number): string {
  return formatDocumentNo(REFUSAL_NOTICE_PREFIX, chinaDate, seq);
}

/** Parses any of the three numbers (spaces trimmed, lower case accepted); undefined when it is not one. */
export function parseReceiptNo(input: string): ParsedDocumentNo | undefined {
  const match = NUMBER_SHAPE.exec(input.trim().toUpperCase());
  if (!match) return undefined;
  const [, prefix, year, month, day, seq] = match;
  const chinaDate = `${year}-${month}-${day}`;
  if (!isValidDate(chinaDate) || Number(seq) < 1) return undefined;
  return { kind: kindOfPrefix(prefix), prefix, chinaDate, seq: Number(seq) };
}

/**
 * A number's text before its sequence, e.g. `BM-20261124-`; the sequence zero-padded to SEQUENCE_DIGITS completes
 * it. The receipt counter builds numbers from it in SQL (api/matters/receipt-numbers.ts).
 */
export function documentNoStem(prefix: string, chinaDate: string): string {
  if (!PREFIX_SHAPE.test(prefix))
    throw new RangeError(
      `prefix must be 1–10 upper-case letters or digits starting with a letter, got ${JSON.stringify(prefix)}`,
    );
  dayNumberOf(chinaDate);
  return `${prefix}-${chinaDate.replaceAll('-', '')}-`;
}

function formatDocumentNo(prefix: string, chinaDate: string, seq: number): string {
  const stem = documentNoStem(prefix, chinaDate);
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_SEQUENCE)
    throw new RangeError(`sequence must be 1–${MAX_SEQUENCE}, got ${seq}`);
  return `${stem}${String(seq).padStart(SEQUENCE_DIGITS, '0')}`;
}

function kindOfPrefix(prefix: string): DocumentKind {
  if (prefix === SUPPLEMENT_NOTICE_PREFIX) return 'SUPPLEMENT_NOTICE';
  if (prefix === REFUSAL_NOTICE_PREFIX) return 'REFUSAL_NOTICE';
  if (prefix === FEE_RECEIPT_PREFIX) return 'FEE_RECEIPT';
  return 'RECEIPT';
}
