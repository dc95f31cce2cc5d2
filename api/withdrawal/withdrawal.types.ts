import { z } from 'zod';
import { ZLookupQuery } from '../public/public.types';
import { zMultiline } from '../shared/text';

const ZReason = zMultiline('请填写撤件理由').min(2, '请填写撤件理由').max(500, '撤件理由不能超过 500 字');

/** At the window: the multipart form's text field, sent before the signed request. */
export const ZWithdrawalFields = z.object({ reason: ZReason });
export type TWithdrawalFields = z.infer<typeof ZWithdrawalFields>;

/** On the public page: the receipt number and phone check the applicant, as for the look-up. */
export const ZPublicWithdrawal = ZLookupQuery.extend({ reason: ZReason });
export type TPublicWithdrawal = z.infer<typeof ZPublicWithdrawal>;

export const ZWithdrawal = z.object({
  id: z.string(),
  matterId: z.string(),
  channel: z.string(),
  reason: z.string(),
  /** the clerk who recorded it at the window; null on the public page */
  recordedByName: z.string().nullable(),
  /** the signed request: none for a withdrawal on the public page */
  fileName: z.string().nullable(),
  mime: z.string().nullable(),
  size: z.number().nullable(),
  sha256: z.string().nullable(),
  at: z.date(),
});
export const ZMatterWithdrawal = z.object({ withdrawal: ZWithdrawal.nullable() });
export const ZPublicWithdrawalResult = z.object({ ok: z.literal(true), status: z.string() });
export const ZDocumentQuery = z.object({ download: z.enum(['0', '1']).optional() });
