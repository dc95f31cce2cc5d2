import { z } from 'zod';
import { ZDateBound, listOf, listQuery } from '../shared/list-query';

const auditFilters = {
  actorName: z.string().trim().max(64).optional(),
  action: z.string().trim().max(100).optional(),
  objectType: z.string().trim().max(50).optional(),
  objectId: z.string().trim().max(100).optional(),
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
