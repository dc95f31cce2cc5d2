import { z } from 'zod';
import { listOf, listQuery } from '../shared/list-query';
import { ZDateBound } from '../shared/china-date';
import { zSearchTerm } from '../shared/search-term';
import { zLine } from '../shared/text';

const auditFilters = {
  actorName: zSearchTerm(64).optional(),
  action: zSearchTerm(100).optional(),
  objectType: zLine().max(50).optional(),
  objectId: zLine().max(100).optional(),
  from: ZDateBound.optional(),
  to: ZDateBound.optional(),
};

export const ZAuditListQuery = listQuery(auditFilters);
export type TAuditListQuery = z.infer<typeof ZAuditListQuery>;
export const ZAuditExportQuery = z.object(auditFilters);
export type TAuditFilters = z.infer<typeof ZAuditExportQuery>;

export const ZAuditRow = z.object({
  id: z.number(), // = seq: react-admin needs an `id`
  seq: z.number(),
  at: z.date(),
  actorName: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.unknown(),
});
export const ZAuditList = listOf(ZAuditRow);
