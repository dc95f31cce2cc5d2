import type { Request } from 'express';
import type { Db } from '../../platform/db';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { z } from 'zod';
import { csvDownloadHeaders, toCsv, type CsvColumn } from './csv';

/** A CSV export route's answer, for its route spec: text/csv (UTF-8 with BOM), documented as such. */
export const CSV_ANSWER = {
  response: z.string().describe('CSV, UTF-8 with BOM'),
  raw: true,
  contentTypes: ['text/csv'],
} as const;

/** The most rows one export gives (matters, the 督办 list); Excel opens about a million. */
export const EXPORT_MAX_ROWS = 50_000;

export interface CsvExport<T> {
  rows: T[];
  /** more rows matched than the export gives: the answer says so in `x-truncated` */
  truncated: boolean;
}

/** Department code → its name, for export columns (people read names; the few departments are read at once). */
export async function departmentNames(db: Db): Promise<(code: string | null) => string> {
  const departments = await db.department.findMany({ select: { code: true, name: true } });
  const names = new Map(departments.map((d) => [d.code, d.name]));
  return (code) => (code === null ? '' : (names.get(code) ?? code));
}

/**
 * An export carries personal data out of the system: like the audit trail's own export, each one leaves an audit
 * entry saying who exported which filter and how many rows.
 */
export async function recordExport(
  audit: AuditService,
  user: CurrentUser,
  ip: string | undefined,
  action: string,
  filters: object,
  result: CsvExport<unknown>,
) {
  await audit.record({
    actorId: user.id,
    actorName: user.username,
    action,
    ip,
    detail: { filters, rows: result.rows.length, truncated: result.truncated },
  });
}

/** The export as a CSV download (UTF-8 with BOM). */
export function sendCsv<T>(
  req: Request,
  fileName: string,
  columns: CsvColumn<T>[],
  { rows, truncated }: CsvExport<T>,
): string {
  req.res!.set(csvDownloadHeaders(fileName));
  if (truncated) req.res!.set('x-truncated', 'true');
  return toCsv(columns, rows);
}
