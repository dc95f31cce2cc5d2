import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { zLine } from './text';

/**
 * The Idempotency-Key header of a write that must not apply twice (a human step, an extension, 督办): a retry (after
 * a 503, or a lost answer) sends the same key and gets the first attempt's outcome. The Temporal Update's id, or the
 * new row's, is derived from it.
 */
export const ZIdempotencyHeaders = z.object({
  'idempotency-key': zLine().min(8, '幂等键至少 8 个字符').max(100, '幂等键不能超过 100 个字符').optional(),
});
export type TIdempotencyHeaders = z.infer<typeof ZIdempotencyHeaders>;

/** The Temporal Update id of a keyed write: its scope (what, on which object, by whom) and the key; none without a key. */
export const keyedUpdateId = (key: string | undefined, ...scope: string[]) =>
  key === undefined ? undefined : [...scope, key].join('/');

/** The audit detail of a keyed write (the key), none without one. */
export const keyedDetail = (key: string | undefined) => (key === undefined ? undefined : { key });

/**
 * The id of the row a keyed write creates: derived from its scope and key (a UUID-shaped digest), so a retry inserts
 * the same row and `skipDuplicates` makes it a no-op; a fresh UUID without a key.
 */
export function keyedRowId(key: string | undefined, ...scope: string[]): string {
  if (key === undefined) return randomUUID();
  const hex = createHash('sha256')
    .update([...scope, key].join('/'))
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
