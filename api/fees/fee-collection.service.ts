import type { Db } from '../../platform/db';
import { chinaDateOf } from '../../domain/china-time';
import { priceFees, type ChargedLine } from '../../domain/fees';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { AppError, forbidden, notFound } from '../errors';
import type { MattersService } from '../matters/matters.service';
import { nextNumber } from '../intake/receipt-numbers';
import type { CentreProfileService } from '../disclosure/centre-profile.service';
import { standardsOf } from './fee-standards.service';
import { EXEMPT, type TCollectInput } from './fees.types';

type PaymentRecord = NonNullable<Awaited<ReturnType<Db['feePayment']['findUnique']>>>;

/**
 * 收费 at the window: the clerk (or the agent collecting on the applicant's behalf, without any fee of their own)
 * records what the matter's fee lines came to, what was collected and how, and any exemption with its reason; each
 * record gets a 收费票据 number. A retry with the same idempotency key answers with the first record.
 */
export function createFeeCollectionService(deps: {
  db: Db;
  audit: AuditService;
  matters: Pick<MattersService, 'inScope'>;
  centre: CentreProfileService;
  now?: () => Date;
}) {
  const { db, audit, matters, centre } = deps;
  const now = deps.now ?? (() => new Date());

  /** The records as they are read: with the window's code and the collector's name. */
  async function present(payments: PaymentRecord[]) {
    const [windows, users] = await Promise.all([
      db.window.findMany({
        where: { id: { in: payments.flatMap((p) => p.windowId ?? []) } },
        select: { id: true, code: true },
      }),
      db.user.findMany({
        where: { id: { in: payments.map((p) => p.collectedById) } },
        select: { id: true, displayName: true },
      }),
    ]);
    return payments.map((p) => ({
      ...p,
      lines: p.lines as unknown as ChargedLine[],
      windowCode: windows.find((w) => w.id === p.windowId)?.code ?? null,
      collectedByName: users.find((u) => u.id === p.collectedById)?.displayName ?? '',
    }));
  }

  async function windowIdOf(code: string | undefined, user: CurrentUser) {
    if (!code) return null;
    const window = await db.window.findFirst({
      where: { code, departmentId: user.departmentId },
      select: { id: true },
    });
    if (!window)
      throw new AppError('VALIDATION', `收费窗口 ${code} 不存在或不属于本部门`, `Window ${code} is not one of yours`, [
        { path: 'windowCode', message: '收费窗口不存在或不属于本部门' },
      ]);
    return window.id;
  }

  return {
    present,

    /** The matter's fee standards and what has been recorded for it. */
    async forMatter(user: CurrentUser, matterId: string, ip?: string) {
      const matter = await matters.inScope(user, matterId, ip);
      const [standards, payments] = await Promise.all([
        standardsOf(db, matter.itemId),
        db.feePayment.findMany({ where: { matterId }, orderBy: { paidAt: 'asc' } }),
      ]);
      return { itemCode: matter.itemCode, free: standards.length === 0, standards, payments: await present(payments) };
    },

    async collect(user: CurrentUser, matterId: string, input: TCollectInput, ip?: string) {
      const matter = await matters.inScope(user, matterId, ip);
      const earlier = await db.feePayment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
      if (earlier) {
        if (earlier.collectedById !== user.id || earlier.matterId !== matterId)
          throw new AppError('CONFLICT', '幂等键已被使用', 'Idempotency key already used');
        return (await present([earlier]))[0];
      }
      if (matter.status === 'NOT_ACCEPTED' || matter.status === 'PENDING_START')
        throw new AppError('ILLEGAL_TRANSITION', '办件尚未受理，不能收费', 'The matter is not accepted yet');
      const priced = priceFees(await standardsOf(db, matter.itemId), input.lines, input);
      if (!priced.ok)
        throw new AppError(
          'VALIDATION',
          priced.problems.map((p) => p.zh).join('；'),
          priced.problems.map((p) => p.en).join('; '),
          priced.problems.map((p) => ({ path: p.path, message: p.zh })),
        );
      if (priced.paidFen > 0 && !input.method)
        throw new AppError('VALIDATION', '请选择收费方式', 'Choose how it was paid', [
          { path: 'method', message: '请选择收费方式' },
        ]);
      const windowId = await windowIdOf(input.windowCode, user);
      const at = now();
      const paidOn = chinaDateOf(at);
      const created = await db
        .$transaction(async (tx) => {
          const payment = await tx.feePayment.create({
            data: {
              receiptNo: await nextNumber(tx, 'FEE', paidOn),
              idempotencyKey: input.idempotencyKey,
              matterId,
              itemCode: matter.itemCode,
              windowId,
              collectedById: user.id,
              method: priced.paidFen > 0 ? input.method! : EXEMPT,
              lines: priced.lines as never,
              dueFen: priced.dueFen,
              paidFen: priced.paidFen,
              exemptFen: priced.exemptFen,
              exemptReason: priced.exemptFen > 0 ? input.exemptReason!.trim() : null,
              paidAt: at,
              paidOn,
            },
          });
          await audit.recordIn(tx, {
            actorId: user.id,
            actorName: user.username,
            action: 'fees.collect',
            objectType: 'Matter',
            objectId: matterId,
            ip,
            detail: { paymentId: payment.id, paidFen: payment.paidFen, exemptFen: payment.exemptFen },
          });
          return payment;
        })
        .catch(async (e: unknown) => {
          // the same key racing: the unique index decides, the loser answers with the winner's record
          if ((e as { code?: string }).code !== 'P2002') throw e;
          const winner = await db.feePayment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
          if (!winner) throw e;
          return winner;
        });
      return (await present([created]))[0];
    },

    /** The printed 收费票据: the record with the matter's receipt number, the payer and the centre. */
    async receipt(user: CurrentUser, paymentId: string, ip?: string) {
      const payment = await db.feePayment.findUnique({ where: { id: paymentId } });
      if (!payment) throw notFound('收费记录', 'Fee payment');
      const matter = await matters.inScope(user, payment.matterId, ip).catch((e: unknown) => {
        throw e instanceof AppError && e.code === 'NOT_FOUND' ? forbidden() : e;
      });
      const [[shown], profile] = await Promise.all([present([payment]), centre.get()]);
      return {
        ...shown,
        matterReceiptNo: matter.receiptNo,
        itemName: matter.itemName,
        payerName: matter.applicantName,
        centreName: profile.name,
      };
    },
  };
}
export type FeeCollectionService = ReturnType<typeof createFeeCollectionService>;
