import type { Prisma, AuditLog } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';
import type { CurrentUser } from '../auth/auth.types';
import { boundInstant } from '../../domain/china-time';
import { csvHeader, csvRows, CSV_BOM, type CsvColumn } from '../shared/csv';
import { orderField, skipTake } from '../shared/list-query';
import { containsLiterally } from '../shared/search-term';
import type { AuditService } from './audit.service';
import type { TAuditFilters, TAuditListQuery } from './audit.types';

/** More than this needs narrower filters: an export is built in memory. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;
const BATCH = 2_000;
const SORTABLE = ['seq', 'at', 'actorName', 'action'] as const;

type Row = Omit<AuditLog, 'prevHash' | 'hash' | 'actorId'>;
const SELECT = {
  seq: true,
  at: true,
  actorName: true,
  action: true,
  objectType: true,
  objectId: true,
  ip: true,
  detail: true,
} as const;

const toRow = (r: Row) => ({ ...r, id: Number(r.seq), seq: Number(r.seq) });

export function auditWhere(f: TAuditFilters): Prisma.AuditLogWhereInput {
  return {
    ...(f.actorName ? { actorName: containsLiterally(f.actorName, 'insensitive') } : {}),
    ...(f.action ? { action: containsLiterally(f.action, 'insensitive') } : {}),
    ...(f.objectType ? { objectType: f.objectType } : {}),
    ...(f.objectId ? { objectId: f.objectId } : {}),
    ...(f.from || f.to
      ? {
          at: {
            ...(f.from ? { gte: boundInstant(f.from, 'from') } : {}),
            ...(f.to ? { lt: boundInstant(f.to, 'to') } : {}),
          },
        }
      : {}),
  };
}

const COLUMNS: CsvColumn<ReturnType<typeof toRow>>[] = [
  { header: '序号 seq', value: (r) => r.seq },
  { header: '时间 at', value: (r) => r.at },
  { header: '操作人 actor', value: (r) => r.actorName },
  { header: '操作 action', value: (r) => r.action },
  { header: '对象类型 objectType', value: (r) => r.objectType },
  { header: '对象 objectId', value: (r) => r.objectId },
  { header: 'IP', value: (r) => r.ip },
  { header: '详情 detail', value: (r) => r.detail },
];

const filtersOf = ({ page: _p, perPage: _pp, sort: _s, order: _o, ...filters }: TAuditListQuery) => filters;

/** Search and export of the audit trail; both are themselves audited (who looked at what). */
export function createAuditSearchService(deps: { db: Db; audit: AuditService }) {
  const { db, audit } = deps;

  return {
    async search(query: TAuditListQuery, user: CurrentUser, ip: string | null) {
      const where = auditWhere(query);
      const { field, direction } = orderField(query, SORTABLE, 'seq', 'DESC');
      const [rows, total] = await Promise.all([
        db.auditLog.findMany({
          where,
          select: SELECT,
          orderBy: [{ [field]: direction }, { seq: 'desc' }],
          ...skipTake(query),
        }),
        db.auditLog.count({ where }),
      ]);
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'audit.search',
        ip,
        detail: { filters: filtersOf(query), total },
      });
      return { data: rows.map(toRow), total };
    },

    /** CSV in seq order, read in batches so no single query holds the whole result. */
    async exportCsv(
      filters: TAuditFilters,
      user: CurrentUser,
      ip: string | null,
    ): Promise<{ csv: string; rows: number; truncated: boolean }> {
      const where = auditWhere(filters);
      let csv = CSV_BOM + csvHeader(COLUMNS);
      let rows = 0;
      let after: bigint | undefined;
      while (rows < AUDIT_EXPORT_MAX_ROWS) {
        const batch = await db.auditLog.findMany({
          where: after === undefined ? where : { AND: [where, { seq: { gt: after } }] },
          select: SELECT,
          orderBy: { seq: 'asc' },
          take: Math.min(BATCH, AUDIT_EXPORT_MAX_ROWS - rows),
        });
        csv += csvRows(COLUMNS, batch.map(toRow));
        rows += batch.length;
        if (batch.length < BATCH) break;
        after = batch[batch.length - 1].seq;
      }
      const truncated =
        rows >= AUDIT_EXPORT_MAX_ROWS &&
        (await db.auditLog.count({ where, take: AUDIT_EXPORT_MAX_ROWS + 1 })) > AUDIT_EXPORT_MAX_ROWS;
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'audit.export',
        ip,
        detail: { filters, rows, truncated },
      });
      return { csv, rows, truncated };
    },
  };
}
export type AuditSearchService = ReturnType<typeof createAuditSearchService>;
