import type { Db } from '../../platform/db';
import { GENESIS_HASH, entryHash } from './audit.service';

export type ChainReport =
  { ok: true; checked: number } | { ok: false; checked: number; brokenAtSeq: string; reason: string };

/** Walks the whole audit trail in order, recomputing every hash; reports the first row that does not fit. */
export async function verifyAuditChain(db: Db, batch = 5000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let lastSeq = BigInt(0);
  let checked = 0;
  for (;;) {
    const rows = await db.auditLog.findMany({ where: { seq: { gt: lastSeq } }, orderBy: { seq: 'asc' }, take: batch });
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          brokenAtSeq: row.seq.toString(),
          reason: 'prevHash does not match the previous row (a row was removed or inserted)',
        };
      }
      const expected = entryHash(prevHash, row.at, {
        actorId: row.actorId,
        actorName: row.actorName,
        action: row.action,
        objectType: row.objectType ?? undefined,
        objectId: row.objectId ?? undefined,
        ip: row.ip,
        detail: (row.detail as Record<string, unknown> | null) ?? undefined,
      });
      if (expected !== row.hash)
        return {
          ok: false,
          checked,
          brokenAtSeq: row.seq.toString(),
          reason: 'the row content does not match its hash (edited)',
        };
      prevHash = row.hash;
      lastSeq = row.seq;
      checked++;
    }
  }
}
