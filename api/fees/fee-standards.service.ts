import type { Db } from '../../platform/db';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { notFound } from '../errors';
import type { TFeeStandardsInput } from './fees.types';

/** 收费标准 of an item, in display order. */
export async function standardsOf(db: Db, itemId: string) {
  return db.feeStandard.findMany({
    where: { itemId },
    select: { code: true, name: true, amountFen: true, unit: true, basis: true },
    orderBy: [{ sort: 'asc' }, { code: 'asc' }],
  });
}

/** Each item's fee lines with their standard and legal basis; no lines is 不收费. Admins keep them. */
export function createFeeStandardsService({ db, audit }: { db: Db; audit: AuditService }) {
  async function item(code: string) {
    const found = await db.serviceItem.findUnique({ where: { code }, select: { id: true, code: true } });
    if (!found) throw notFound(`事项 ${code} `, `Service item ${code}`);
    return found;
  }

  async function get(code: string) {
    const { id } = await item(code);
    const lines = await standardsOf(db, id);
    return { itemCode: code, free: lines.length === 0, lines };
  }

  return {
    get,
    async replace(code: string, input: TFeeStandardsInput, user: CurrentUser) {
      const { id } = await item(code);
      // a recorded payment copied its lines when collected, so replacing the standards never changes one
      await db.$transaction([
        db.feeStandard.deleteMany({ where: { itemId: id } }),
        db.feeStandard.createMany({ data: input.lines.map((l, sort) => ({ ...l, itemId: id, sort })) }),
      ]);
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'fees.standards.update',
        objectType: 'ServiceItem',
        objectId: code,
        detail: { lines: input.lines.map((l) => ({ code: l.code, amountFen: l.amountFen })) },
      });
      return get(code);
    },
  };
}
export type FeeStandardsService = ReturnType<typeof createFeeStandardsService>;
