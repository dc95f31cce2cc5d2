import { z } from 'zod';
import { ZIdParam } from '../procedures/procedures.types';

const ZVersionNo = z.coerce.number().int('版本号应为整数').positive('版本号从 1 开始').max(2_147_483_647, '版本号过大');
const ZElementId = z.string().min(1).max(200);

export const ZVersionPair = z
  .object({ fromVersion: ZVersionNo, toVersion: ZVersionNo })
  .refine((pair) => pair.fromVersion !== pair.toVersion, { message: '源版本与目标版本不能相同', path: ['toVersion'] });
export const ZMigrationBody = z
  .object({
    fromVersion: ZVersionNo,
    toVersion: ZVersionNo,
    /** source element id → target element id; an element not named keeps its id */
    mapping: z.record(ZElementId, ZElementId).default({}),
  })
  .refine((pair) => pair.fromVersion !== pair.toVersion, { message: '源版本与目标版本不能相同', path: ['toVersion'] });
export const ZBatchParam = z.object({ id: z.string().regex(/^[0-9a-f-]{36}$/, '无效的批次编号') });
export { ZIdParam };

const ZNote = z.object({ code: z.string(), zh: z.string(), en: z.string() });
const ZElement = z.object({ nodeId: z.string(), name: z.string(), type: z.string() });

export const ZMigrationProposal = z.object({
  /** running matters on the source version */
  matters: z.number(),
  /** the elements of the source that hold tokens or open tasks, with the proposed target (same id, or none) */
  elements: z.array(ZElement.extend({ matters: z.number(), proposed: z.string().nullable() })),
  /** what a source element may be mapped to */
  targets: z.array(ZElement),
  /** matters whose state could not be read (the engine away): left out of the counts */
  unread: z.number(),
});
export const ZDryRun = z.object({
  items: z.array(
    z.object({
      matterId: z.string(),
      receiptNo: z.string(),
      migratable: z.boolean(),
      outcome: z.array(ZNote),
      refusals: z.array(ZNote),
    }),
  ),
});
export const ZMigrationProgress = z.object({
  total: z.number(),
  done: z.number(),
  migrated: z.number(),
  refused: z.number(),
  failed: z.number(),
  paused: z.boolean(),
  finished: z.boolean(),
});
export const ZMigrationBatch = z.object({
  id: z.string(),
  procedureId: z.string(),
  fromVersion: z.number(),
  toVersion: z.number(),
  mapping: z.record(z.string(), z.string()),
  total: z.number(),
  createdById: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
  progress: ZMigrationProgress,
  items: z.array(
    z.object({
      matterId: z.string(),
      receiptNo: z.string(),
      outcome: z.enum(['MIGRATED', 'REFUSED', 'FAILED']),
      reasonZh: z.string().nullable(),
      reasonEn: z.string().nullable(),
      at: z.date(),
    }),
  ),
});
export const ZMigrationBatchList = z.object({ data: z.array(ZMigrationBatch.omit({ items: true })) });

export type TVersionPair = z.infer<typeof ZVersionPair>;
export type TMigrationBody = z.infer<typeof ZMigrationBody>;
export type TMigrationProposal = z.infer<typeof ZMigrationProposal>;
export type TDryRun = z.infer<typeof ZDryRun>;
export type TMigrationBatch = z.infer<typeof ZMigrationBatch>;
export type TMigrationProgress = z.infer<typeof ZMigrationProgress>;
