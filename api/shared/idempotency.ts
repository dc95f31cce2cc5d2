import { z } from 'zod';

/**
 * The Idempotency-Key header of a write that must not apply twice (a human step, an extension): a retry (after a
 * 503, or a lost answer) sends the same key and gets the first attempt's outcome. The Temporal Update's id is derived
 * from it.
 */
export const ZIdempotencyHeaders = z.object({
  'idempotency-key': z.string().trim().min(8, '幂等键至少 8 个字符').max(100, '幂等键不能超过 100 个字符').optional(),
});
export type TIdempotencyHeaders = z.infer<typeof ZIdempotencyHeaders>;

/** The Temporal Update id of a keyed write: its scope (what, on which object, by whom) and the key; none without a key. */
export const keyedUpdateId = (key: string | undefined, ...scope: string[]) => (key === undefined ? undefined : [...scope, key].join('/'));
