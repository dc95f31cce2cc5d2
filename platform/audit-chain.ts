/**
 * The audit trail's hash chain (platform, so activities can append to it inside their own transactions too).
 */
import { createHash } from 'node:crypto';
import { Prisma } from '../generated/prisma/client';

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
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** The JSON array the hash covers, without its first element (the previous hash): `at, actorId, …, detail]`. */
function hashTail(at: Date, e: AuditEntry): string {
  return JSON.stringify([
    at.toISOString(),
    e.actorId ?? null,
    e.actorName ?? null,
    e.action,
    e.objectType ?? null,
    e.objectId ?? null,
    e.ip ?? null,
    sortedKeys(e.detail ?? null),
  ]).slice(1);
}

/**
 * The hash covers every stored field, so editing any of them (or removing a row) breaks the chain: sha256 of the
 * JSON array [prevHash, at, actorId, actorName, action, objectType, objectId, ip, detail]. audit_append computes
 * the same in PostgreSQL from hashTail.
 */
export function entryHash(prevHash: string, at: Date, e: AuditEntry): string {
  return createHash('sha256')
    .update(`[${JSON.stringify(prevHash)},${hashTail(at, e)}`)
    .digest('hex');
}

/**
 * `audit_append(…)` for one entry, to run inside the statement or transaction of the change it records
 * (prisma/sql/002-audit-append.sql): it takes the chain lock, links the entry to the last one and inserts it.
 */
export function auditAppendSql(entry: AuditEntry, at = new Date()): Prisma.Sql {
  return Prisma.sql`audit_append(${at.toISOString()}::timestamp, ${entry.actorId ?? null}::text, ${entry.actorName ?? null}::text,
    ${entry.action}::text, ${entry.objectType ?? null}::text, ${entry.objectId ?? null}::text, ${entry.ip ?? null}::text,
    ${entry.detail === undefined ? null : JSON.stringify(entry.detail)}::jsonb, ${hashTail(at, entry)}::text)`;
}
