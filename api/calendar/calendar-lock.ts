import type { Prisma } from '../../generated/prisma/client';

/**
 * Serialises calendar edits (single days and whole schedules) for the rest of the transaction, so two admins
 * loading or correcting overlapping dates cannot interleave their deletes and inserts.
 */
export async function lockCalendar(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7382002)`;
}
