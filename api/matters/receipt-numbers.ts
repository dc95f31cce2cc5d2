import type { Prisma } from '../../generated/prisma/client';
import { formatReceiptNo, formatRefusalNoticeNo, formatSupplementNoticeNo } from '../../domain/receipt';

const FORMAT = { RECEIPT: (date: string, seq: number) => formatReceiptNo('BM', date, seq), NOTICE: formatSupplementNoticeNo, REFUSAL: formatRefusalNoticeNo };

/** Next number of the China day's sequence of that kind, inside the caller's transaction (the counter row lock serialises concurrent intakes). */
export async function nextNumber(tx: Prisma.TransactionClient, kind: keyof typeof FORMAT, chinaDate: string): Promise<string> {
  const day = `${kind}:${chinaDate.replace(/-/g, '')}`;
  const counter = await tx.receiptCounter.upsert({ where: { day }, create: { day, value: 1 }, update: { value: { increment: 1 } } });
  return FORMAT[kind](chinaDate, counter.value);
}
