import { ApplicationFailure } from '@temporalio/common';
import { Prisma } from '../generated/prisma/client';
import { MAX_RESULT_SEQUENCE, RESULT_SEQUENCE_DIGITS, resultNoStem } from '../domain/result';

/**
 * The next number of the centre's result sequence for the year (domain/result.ts), inside the caller's transaction.
 * The counter row stays locked until that transaction ends, which serialises issuers, and a rollback returns the
 * number: take it, then make and store the document, then write the result row, all in one transaction, and a
 * failure anywhere leaves no gap.
 */
export async function takeResultNo(tx: Prisma.TransactionClient, centreCode: string, year: number): Promise<string> {
  const [taken] = await tx.$queryRaw<Array<{ number: string }>>(Prisma.sql`
    INSERT INTO "ResultCounter" ("centreCode", "year", "value") VALUES (${centreCode}, ${year}::int, 1)
    ON CONFLICT ("centreCode", "year") DO UPDATE SET "value" = "ResultCounter"."value" + 1
      WHERE "ResultCounter"."value" < ${MAX_RESULT_SEQUENCE}::int
    RETURNING ${resultNoStem(centreCode, year)} || lpad("value"::text, ${RESULT_SEQUENCE_DIGITS}::int, '0') AS "number"`);
  if (!taken)
    throw ApplicationFailure.nonRetryable(
      `${year} 年的出证编号已用尽 / no result numbers left for ${year}`,
      'ResultNumbersUsedUp',
    );
  return taken.number;
}
