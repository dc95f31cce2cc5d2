import type { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';
import { isCentreWide, type CurrentUser } from '../auth/auth.types';
import type { FeeCollectionService } from './fee-collection.service';
import { PAYMENT_METHODS, type TReconciliationQuery } from './fees.types';

interface Tally {
  count: number;
  dueFen: number;
  paidFen: number;
  exemptFen: number;
  byMethod: Record<string, number>;
}

const emptyTally = (): Tally => ({
  count: 0,
  dueFen: 0,
  paidFen: 0,
  exemptFen: 0,
  byMethod: Object.fromEntries(PAYMENT_METHODS.map((m) => [m, 0])),
});

function add(tally: Tally, p: { dueFen: number; paidFen: number; exemptFen: number; method: string }) {
  tally.count += 1;
  tally.dueFen += p.dueFen;
  tally.paidFen += p.paidFen;
  tally.exemptFen += p.exemptFen;
  if (p.method in tally.byMethod) tally.byMethod[p.method] += p.paidFen;
}

/**
 * 日结对账: one day's fee records per window, with what was due, collected by method and exempted, so the cash in
 * each window's drawer can be checked against the records. Managers see every window; others their department's
 * windows and what they collected themselves.
 */
export function createReconciliationService({ db, collection }: { db: Db; collection: FeeCollectionService }) {
  return {
    async day(user: CurrentUser, query: TReconciliationQuery) {
      const window = query.windowCode
        ? await db.window.findUnique({ where: { code: query.windowCode }, select: { id: true } })
        : null;
      const where: Prisma.FeePaymentWhereInput = {
        paidOn: query.date,
        ...(query.windowCode ? { windowId: window?.id ?? '-' } : {}),
        ...(isCentreWide(user)
          ? {}
          : { OR: [{ collectedById: user.id }, { windowId: { in: await ownWindowIds(db, user) } }] }),
      };
      const payments = await db.feePayment.findMany({ where, orderBy: [{ paidAt: 'asc' }, { id: 'asc' }] });
      const shown = await collection.present(payments);
      const windows = new Map<string | null, Tally & { windowCode: string | null; windowName: string | null }>();
      const names = await db.window.findMany({ select: { code: true, name: true } });
      const totals = emptyTally();
      for (const p of shown) {
        if (!windows.has(p.windowCode)) {
          const name = names.find((w) => w.code === p.windowCode)?.name ?? null;
          windows.set(p.windowCode, { ...emptyTally(), windowCode: p.windowCode, windowName: name });
        }
        add(windows.get(p.windowCode)!, p);
        add(totals, p);
      }
      return {
        date: query.date,
        windows: [...windows.values()].sort((a, b) => (a.windowCode ?? '~').localeCompare(b.windowCode ?? '~')),
        totals,
        payments: shown,
      };
    },
  };
}

async function ownWindowIds(db: Db, user: CurrentUser): Promise<string[]> {
  const windows = await db.window.findMany({ where: { departmentId: user.departmentId }, select: { id: true } });
  return windows.map((w) => w.id);
}
export type ReconciliationService = ReturnType<typeof createReconciliationService>;
