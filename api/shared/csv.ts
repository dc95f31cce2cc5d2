import { contentDisposition } from './streamed-file';

/** Excel opens UTF-8 CSV as UTF-8 only when the file starts with a byte-order mark. */
export const CSV_BOM = '\uFEFF';

// OWASP "CSV injection": a cell starting with one of these is run as a formula by spreadsheets.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => unknown;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One RFC 4180 field. Numbers are written as they are; only text can carry a formula. */
export function csvCell(value: unknown): string {
  let cell = text(value);
  if (typeof value !== 'number' && typeof value !== 'bigint' && FORMULA_START.test(cell)) cell = `'${cell}`;
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export const csvLine = (values: unknown[]): string => `${values.map(csvCell).join(',')}\r\n`;

export const csvHeader = <T>(columns: CsvColumn<T>[]): string => csvLine(columns.map((c) => c.header));

export const csvRows = <T>(columns: CsvColumn<T>[], rows: Iterable<T>): string => {
  let out = '';
  for (const row of rows) out += csvLine(columns.map((c) => c.value(row)));
  return out;
};

/** A whole document: BOM, header line, one line per row, CRLF line ends. */
export const toCsv = <T>(columns: CsvColumn<T>[], rows: Iterable<T>): string =>
  CSV_BOM + csvHeader(columns) + csvRows(columns, rows);

/** Download headers; the file name may be Chinese (RFC 6266 filename*). */
export function csvDownloadHeaders(fileName: string): Record<string, string> {
  return {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': contentDisposition('attachment', fileName),
    'cache-control': 'no-store',
  };
}
