import { z } from 'zod';
import { RESULT_TYPES } from '../../domain/result';

export const ZResultIdParam = z.object({ id: z.uuid('出证记录编号无效') });
export const ZMatterIdParam = z.object({ id: z.uuid('办件编号无效') });
/** 22 URL-safe characters (128 random bits, activities/result-issuer.ts) */
export const ZVerifyParam = z.object({
  code: z.string().regex(/^[A-Za-z0-9_-]{22}$/, '核验码无效'),
});
export const ZFileQuery = z.object({ download: z.enum(['1', 'true']).optional() });

export const ZRevoke = z.object({
  reason: z.string('请填写撤销理由').trim().min(2, '请填写撤销理由').max(300, '撤销理由不能超过 300 字'),
});
export type TRevoke = z.infer<typeof ZRevoke>;

const ZResultType = z.enum(RESULT_TYPES);
const ZStatus = z.enum(['VALID', 'REVOKED']);

export const ZMatterResult = z.object({
  id: z.string(),
  resultNo: z.string(),
  resultType: ZResultType,
  centreName: z.string(),
  holderName: z.string(),
  itemName: z.string(),
  issuedAt: z.date(),
  issuedOn: z.string(),
  validUntil: z.string().nullable(),
  fileSize: z.number(),
  fileSha256: z.string(),
  status: ZStatus,
  revokedAt: z.date().nullable(),
  revokedByName: z.string().nullable(),
  revokeReason: z.string().nullable(),
  verifyUrl: z.string(),
});

export const ZMatterResults = z.object({
  results: z.array(ZMatterResult),
  /** results not produced yet: the step retries; the last error is shown until it succeeds */
  failures: z.array(z.object({ attempts: z.number(), error: z.string(), firstAt: z.date(), lastAt: z.date() })),
  canRevoke: z.boolean(),
});

/** The public verification page: no personal data beyond the masked holder. */
export const ZVerification = z.object({
  resultNo: z.string(),
  resultType: ZResultType,
  resultTypeName: z.string(),
  issuer: z.string(),
  itemName: z.string(),
  holderMasked: z.string(),
  issuedOn: z.string(),
  validUntil: z.string().nullable(),
  /** VALID past its validity is EXPIRED */
  status: z.enum(['VALID', 'REVOKED', 'EXPIRED']),
  revokedOn: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
