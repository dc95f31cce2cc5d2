import { Prisma } from '../../generated/prisma/client';
import {
  FEE_RECEIPT_PREFIX,
  MAX_SEQUENCE,
  REFUSAL_NOTICE_PREFIX,
  SEQUENCE_DIGITS,
  SUPPLEMENT_NOTICE_PREFIX,
  documentNoStem,
} from '../../domain/receipt';
import { AppError } from '../errors';

const PREFIX = {
  RECEIPT: 'BM',
  NOTICE: SUPPLEMENT_NOTICE_PREFIX,
  REFUSAL: REFUSAL_NOTICE_PREFIX,
  FEE: FEE_RECEIPT_PREFIX,
};
type NumberKind = keyof typeof PREFIX;

/**
 * `INSERT … RETURNING "number"`: the next number of the China day's sequence of that kind (formatted as
 * domain/receipt.ts formats it). The counter row stays locked until the caller's transaction ends, which serialises
 * concurrent takers, so take it as late as possible. No row when `skipIf` holds (nothing is counted then) or when
 * the day's numbers are used up.
 */
export function takeNumberSql(kind: NumberKind, chinaDate: string, skipIf?: Prisma.Sql): Prisma.Sql {
  const day = `${kind}:${chinaDate.replace(/-/g, '')}`;
  return Prisma.sql`
    INSERT INTO "ReceiptCounter" ("day", "value") SELECT ${day}::text, 1 ${skipIf ? Prisma.sql`WHERE NOT (${skipIf})` : Prisma.empty}
    ON CONFLICT ("day") DO UPDATE SET "value" = "ReceiptCounter"."value" + 1 WHERE "ReceiptCounter"."value" < ${MAX_SEQUENCE}::int
    RETURNING ${documentNoStem(PREFIX[kind], chinaDate)} || lpad("value"::text, ${SEQUENCE_DIGITS}::int, '0') AS "number"`;
}

export const numbersUsedUp = () => new AppError('CONFLICT', '今日编号已用尽', 'No numbers are left for today');

/** Next number of the China day's sequence of that kind, inside the caller's transaction. */
export async function nextNumber(tx: Prisma.TransactionClient, kind: NumberKind, chinaDate: string): Promise<string> {
  const [taken] = await tx.$queryRaw<Array<{ number: string }>>(takeNumberSql(kind, chinaDate));
  if (!taken) throw numbersUsedUp();
  return taken.number;
}
