import { z } from 'zod';
import { ZIdempotencyKey, ZItemCode, ZMaterialCode } from '../shared/codes';
import { zMultiline } from '../shared/text';

/** Where an intake's upload goes: the intake's idempotency key (the same the intake POST sends), item and material. */
export const ZStageQuery = z.object({
  intakeKey: ZIdempotencyKey,
  itemCode: ZItemCode,
  materialCode: ZMaterialCode,
});
export type TStageQuery = z.infer<typeof ZStageQuery>;

export const ZMatterMaterialParams = z.object({ id: z.uuid('无效的编号'), code: ZMaterialCode });
export const ZFileParams = z.object({ fileId: z.uuid('无效的编号') });
export const ZContentQuery = z.object({
  /** 1: as an attachment (download); otherwise inline (preview) */
  download: z.enum(['0', '1']).optional(),
});
export const ZMarkSupplied = z.object({ note: zMultiline().max(500).optional() });

export const ZMaterialFile = z.object({
  id: z.string(),
  materialCode: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  sha256: z.string(),
  stage: z.enum(['INTAKE', 'SUPPLEMENT']),
  uploadedAt: z.date(),
  uploadedByName: z.string().nullable(),
});
export type TMaterialFile = z.infer<typeof ZMaterialFile>;

export const ZMatterMaterials = z.object({
  matterId: z.string(),
  /** what the console may offer: upload (clerk, agent; open matter), mark supplied (also managers) */
  canUpload: z.boolean(),
  canMarkSupplied: z.boolean(),
  limits: z.object({ fileBytes: z.number(), matterBytes: z.number(), usedBytes: z.number() }),
  materials: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      required: z.boolean(),
      provided: z.boolean(),
      owed: z.boolean(),
      dueDate: z.string().nullable(),
      owedState: z.enum(['NONE', 'OWED', 'OVERDUE', 'SUPPLIED']),
      supplied: z
        .object({
          how: z.enum(['FILE', 'MARK']),
          at: z.date(),
          byName: z.string().nullable(),
          note: z.string().nullable(),
        })
        .nullable(),
      files: z.array(ZMaterialFile),
    }),
  ),
});

export const ZUploadLimits = z.object({ fileBytes: z.number(), matterBytes: z.number() });
export const ZOk = z.object({ ok: z.literal(true) });
