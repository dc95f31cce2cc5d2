import { createHash } from 'node:crypto';
import type { Db } from '../../platform/db';
import type { Prisma } from '../../generated/prisma/client';

export interface AuditEntry {
  actorId?: string | null;
  actorName?: string | null;
  action: string;
  objectType?: string;
  objectId?: string;
  ip?: string | null;
  detail?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);

/** Keys sorted at every level: PostgreSQL's jsonb gives the detail back in its own key order. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** The hash covers every stored field, so editing any of them (or removing a row) breaks the chain. */
export function entryHash(prevHash: string, at: Date, e: AuditEntry): string {
  const canonical = JSON.stringify([prevHash, at.toISOString(), e.actorId ?? null, e.actorName ?? null, e.action,
    e.objectType ?? null, e.objectId ?? null, e.ip ?? null, sortedKeys(e.detail ?? null)]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Appends under a transaction-scoped advisory lock so concurrent writers extend one chain. */
async function append(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7382001)`;
  const last = await tx.auditLog.findFirst({ orderBy: { seq: 'desc' }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date();
  await tx.auditLog.create({
    data: {
      at, actorId: entry.actorId ?? null, actorName: entry.actorName ?? null, action: entry.action,
      objectType: entry.objectType ?? null, objectId: entry.objectId ?? null, ip: entry.ip ?? null,
      detail: (entry.detail ?? undefined) as object | undefined, prevHash, hash: entryHash(prevHash, at, entry),
    },
  });
}

export function createAuditService(db: Db) {
  return {
    record: (entry: AuditEntry): Promise<void> => db.$transaction((tx) => append(tx, entry)),
    /** Inside the caller's transaction: the state change and its audit entry commit together, or neither does. */
    recordIn: (tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> => append(tx, entry),
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
