import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../../platform/db';
import type { AuditService } from '../audit/audit.service';
import { AppError } from '../errors';
import { forgetOldFailures, throttled } from './lookup-throttle';
import type { TLookup } from './public.types';

/** The audit trail's actor name for whatever is done on the public page. */
export const PUBLIC_ACTOR = 'public';

/** One answer for a wrong pair and an unknown receipt, so receipt numbers cannot be probed. */
const notFound = () =>
  new AppError(
    'NOT_FOUND',
    '未找到办件，请核对受理回执编号和手机号后四位',
    'No matter found: check the receipt number and the last four digits of the phone',
  );

const sameDigits = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The matter behind a receipt number and phone pair, or the one 404; every attempt is audited. Failures make the
 * same client (and, later, everyone) wait longer before the next try: see lookup-throttle.ts. Every public action on
 * a matter (look-up, rating, 撤件) finds it through here.
 */
export function createPublicMatterFinder({ db, audit }: { db: Db; audit: AuditService }) {
  let lastForget = 0;
  return async function findMatter(input: TLookup, ip: string | null, action: string) {
    if (Date.now() - lastForget > 3_600_000) {
      lastForget = Date.now();
      await forgetOldFailures(db);
    }
    const outcome = await throttled(db, input.receiptNo, ip, async (tx) => {
      const matter = await tx.matter.findUnique({ where: { receiptNo: input.receiptNo } });
      const matched = matter !== null && sameDigits(matter.phoneLast4, input.phoneLast4);
      return { matched, result: matched ? matter : null };
    });
    if ('waitSeconds' in outcome) {
      await audit.record({
        actorName: PUBLIC_ACTOR,
        action: 'public.lookup.blocked',
        objectType: 'ReceiptNo',
        objectId: input.receiptNo,
        ip,
        detail: { waitSeconds: outcome.waitSeconds },
      });
      throw new AppError(
        'RATE_LIMITED',
        `查询失败次数过多，请 ${outcome.waitSeconds} 秒后再试`,
        `Too many failed look-ups: try again in ${outcome.waitSeconds} s`,
        { retryAfterSeconds: outcome.waitSeconds },
      );
    }
    if (!outcome.result) {
      await audit.record({
        actorName: PUBLIC_ACTOR,
        action: 'public.lookup.failed',
        objectType: 'ReceiptNo',
        objectId: input.receiptNo,
        ip,
        detail: { during: action },
      });
      throw notFound();
    }
    return outcome.result;
  };
}
export type FindPublicMatter = ReturnType<typeof createPublicMatterFinder>;
