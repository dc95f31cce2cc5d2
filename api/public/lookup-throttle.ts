import { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';

/**
 * Waits after failed public look-ups of one receipt number: a few free failures, then each further one doubles the
 * wait before the next try. Per client (a guesser slows only themself) and, more leniently, for all clients together
 * (many addresses guessing one receipt slow down, but the applicant is never locked out for long).
 */
export const THROTTLES = [
  { scope: 'client', freeFailures: 3, maxWaitSeconds: 3600 },
  { scope: 'all', freeFailures: 20, maxWaitSeconds: 60 },
] as const;

/** Seconds to wait after the `failures`-th failure: none while free, then 1, 2, 4, … up to the cap. */
export function waitAfter(failures: number, freeFailures: number, maxWaitSeconds: number): number {
  const beyond = failures - freeFailures;
  return beyond <= 0 ? 0 : Math.min(maxWaitSeconds, 2 ** (beyond - 1));
}

const keysOf = (receiptNo: string, client: string | null) => [`${receiptNo}|${client ?? 'unknown'}`, `${receiptNo}|*`];

type Tx = Prisma.TransactionClient;

/**
 * Runs one look-up attempt under the receipt's lock, so concurrent guesses queue instead of sharing one count. The
 * attempt answers whether the pair matched; failures are counted, a match clears the client's count. Resolves to the
 * seconds still to wait (the attempt did not run) or to the attempt's result.
 */
export async function throttled<T>(
  db: Db,
  receiptNo: string,
  client: string | null,
  attempt: (tx: Tx) => Promise<{ matched: boolean; result: T }>,
): Promise<{ waitSeconds: number } | { result: T }> {
  const keys = keysOf(receiptNo, client);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`lookup:${receiptNo}`}, 0))`;
    const rows = await tx.lookupThrottle.findMany({ where: { key: { in: keys } } });
    const now = Date.now();
    const blockedUntil = Math.max(0, ...rows.map((r) => r.blockedUntil.getTime()));
    if (blockedUntil > now) return { waitSeconds: Math.ceil((blockedUntil - now) / 1000) };
    const { matched, result } = await attempt(tx);
    if (matched) {
      await tx.lookupThrottle.deleteMany({ where: { key: keys[0] } });
      return { result };
    }
    for (const [i, key] of keys.entries()) {
      const failures = (rows.find((r) => r.key === key)?.failures ?? 0) + 1;
      const { freeFailures, maxWaitSeconds } = THROTTLES[i];
      const data = {
        failures,
        blockedUntil: new Date(now + waitAfter(failures, freeFailures, maxWaitSeconds) * 1000),
        updatedAt: new Date(now),
      };
      await tx.lookupThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    }
    return { result };
  });
}

/** Counts older than a day are forgotten (called now and then; a day-old failure no longer delays anyone). */
export const forgetOldFailures = (db: Db) =>
  db.lookupThrottle.deleteMany({ where: { updatedAt: { lt: new Date(Date.now() - 86_400_000) } } });
