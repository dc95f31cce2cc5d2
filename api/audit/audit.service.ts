import type { Db } from '../../platform/db';
import { auditAppendSql, type AuditEntry } from '../../platform/audit-chain';
import type { Prisma } from '../../generated/prisma/client';

export { GENESIS_HASH, auditAppendSql, entryHash, type AuditEntry } from '../../platform/audit-chain';

/** One statement: the chain lock is held from here to the end of the caller's transaction. */
async function append(tx: Prisma.TransactionClient | Db, entry: AuditEntry): Promise<void> {
  await tx.$executeRaw`SELECT ${auditAppendSql(entry)}`;
}

export function createAuditService(db: Db) {
  return {
    record: (entry: AuditEntry): Promise<void> => append(db, entry),
    /** Inside the caller's transaction: the state change and its audit entry commit together, or neither does. */
    recordIn: (tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> => append(tx, entry),
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
