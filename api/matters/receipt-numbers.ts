import type { Prisma } from '../../generated/prisma/client';
import { formatReceiptNo } from '../../domain/receipt';

/** Next number of the China day's sequence, inside the caller's transaction (the row lock serialises concurrent intakes). */
export async function nextNumber(tx: Prisma.TransactionClient, prefix: string, chinaDate: string): Promise<string> {
  const day = `${prefix}:${chinaDate.replace(/-/g, '')}`;
  const counter = await tx.receiptCounter.upsert({ where: { day }, create: { day, value: 1 }, update: { value: { increment: 1 } } });
  return formatReceiptNo(prefix, chinaDate, counter.value);
}
