import type { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';
import { boundInstant } from '../../domain/china-time';
import type { createPiiCipher } from '../../platform/pii';
import type { AuditService } from '../audit/audit.service';
import { isCentreWide, type CurrentUser } from '../auth/auth.types';
import { AppError, forbidden, notFound } from '../errors';
import type { MattersService } from '../matters/matters.service';
import { skipTake } from '../shared/list-query';
import type { TFirstAskInput, TFirstAskQuery } from './first-ask.types';

type Record = NonNullable<Awaited<ReturnType<Db['firstAsk']['findUnique']>>>;

const invalid = (path: string, zh: string, en: string) => new AppError('VALIDATION', zh, en, [{ path, message: zh }]);

/**
 * 首问责任制: whoever is asked first records the question and the answer or hand-over; when a matter follows, the
 * record is linked to it and its person stays named on the matter as responsible for guiding the applicant. The
 * asker's phone is encrypted like other personal data; lists show its last four digits.
 */
export function createFirstAskService(deps: {
  db: Db;
  audit: AuditService;
  pii: ReturnType<typeof createPiiCipher>;
  matters: Pick<MattersService, 'inScope'>;
}) {
  const { db, audit, pii, matters } = deps;

  async function present(rows: Record[]) {
    const userIds = [...new Set(rows.flatMap((r) => [r.responderId, r.handedToUserId ?? []].flat()))];
    const [users, items, linked] = await Promise.all([
      db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }),
      db.serviceItem.findMany({
        where: { code: { in: rows.flatMap((r) => r.itemCode ?? []) } },
        select: { code: true, name: true },
      }),
      db.matter.findMany({
        where: { id: { in: rows.flatMap((r) => r.matterId ?? []) } },
        select: { id: true, receiptNo: true },
      }),
    ]);
    const name = (id: string | null) => users.find((u) => u.id === id)?.displayName ?? null;
    return rows.map((r) => ({
      id: r.id,
      channel: r.channel as 'WINDOW',
      responderId: r.responderId,
      responderName: name(r.responderId) ?? '',
      askerName: r.askerName,
      askerPhoneLast4: r.askerPhoneLast4,
      question: r.question,
      itemCode: r.itemCode,
      itemName: items.find((i) => i.code === r.itemCode)?.name ?? null,
      outcome: r.outcome as 'ANSWERED',
      answer: r.answer,
      handedToName: name(r.handedToUserId),
      handedToDepartmentCode: r.handedToDepartmentCode,
      matterId: r.matterId,
      matterReceiptNo: linked.find((m) => m.id === r.matterId)?.receiptNo ?? null,
      askedAt: r.askedAt,
      linkedAt: r.linkedAt,
    }));
  }

  /** Centre-wide roles see every record; others the ones they answered or that were handed to them. */
  const scope = (user: CurrentUser): Prisma.FirstAskWhereInput =>
    isCentreWide(user) ? {} : { OR: [{ responderId: user.id }, { handedToUserId: user.id }] };

  async function checkInput(input: TFirstAskInput, user: CurrentUser) {
    if (input.channel === 'AGENT' && !user.roles.includes('AGENT'))
      throw invalid('channel', '“代办员”渠道只能由代办员登记', 'Only agents record the agent channel');
    if (input.outcome === 'HANDED_OVER' && !input.handedToUserId && !input.handedToDepartmentCode)
      throw invalid('handedToUserId', '转交须指明转交的人员或部门', 'A hand-over names the person or department');
    if (input.handedToUserId && !(await db.user.findFirst({ where: { id: input.handedToUserId, active: true } })))
      throw invalid('handedToUserId', '转交的人员不存在或已停用', 'No such active user');
    if (
      input.handedToDepartmentCode &&
      !(await db.department.findUnique({ where: { code: input.handedToDepartmentCode } }))
    )
      throw invalid('handedToDepartmentCode', `部门 ${input.handedToDepartmentCode} 不存在`, 'No such department');
    if (input.itemCode && !(await db.serviceItem.findUnique({ where: { code: input.itemCode } })))
      throw invalid('itemCode', `事项 ${input.itemCode} 不存在`, 'No such item');
  }

  return {
    async record(input: TFirstAskInput, user: CurrentUser, ip?: string) {
      await checkInput(input, user);
      const created = await db.firstAsk.create({
        data: {
          channel: input.channel,
          responderId: user.id,
          askerName: input.askerName || null,
          askerPhoneCipher: input.askerPhone ? pii.encrypt(input.askerPhone) : null,
          askerPhoneLast4: input.askerPhone ? input.askerPhone.slice(-4) : null,
          question: input.question,
          itemCode: input.itemCode || null,
          outcome: input.outcome,
          answer: input.answer,
          handedToUserId: input.outcome === 'HANDED_OVER' ? (input.handedToUserId ?? null) : null,
          handedToDepartmentCode: input.outcome === 'HANDED_OVER' ? (input.handedToDepartmentCode ?? null) : null,
        },
      });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'first-ask.record',
        objectType: 'FirstAsk',
        objectId: created.id,
        ip,
      });
      return (await present([created]))[0];
    },

    async list(query: TFirstAskQuery, user: CurrentUser) {
      const where: Prisma.FirstAskWhereInput = {
        AND: [
          scope(user),
          query.responderId ? { responderId: query.responderId } : {},
          query.from ? { askedAt: { gte: boundInstant(query.from, 'from') } } : {},
          query.to ? { askedAt: { lt: boundInstant(query.to, 'to') } } : {},
          query.linked ? { matterId: query.linked === 'true' ? { not: null } : null } : {},
        ],
      };
      const [rows, total] = await Promise.all([
        db.firstAsk.findMany({ where, orderBy: [{ askedAt: 'desc' }, { id: 'asc' }], ...skipTake(query) }),
        db.firstAsk.count({ where }),
      ]);
      return { data: await present(rows), total };
    },

    /** Links the record to the matter that followed (by its receipt number); the responder or a manager may. */
    async link(id: string, receiptNo: string, user: CurrentUser, ip?: string) {
      const found = await db.firstAsk.findUnique({ where: { id } });
      if (!found) throw notFound('首问记录', 'First-ask record');
      if (found.responderId !== user.id && !isCentreWide(user)) throw forbidden();
      const matter = await db.matter.findUnique({ where: { receiptNo }, select: { id: true } });
      if (!matter) throw invalid('receiptNo', `受理编号 ${receiptNo} 不存在`, `No matter ${receiptNo}`);
      const linked = await db.firstAsk.update({ where: { id }, data: { matterId: matter.id, linkedAt: new Date() } });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'first-ask.link',
        objectType: 'FirstAsk',
        objectId: id,
        ip,
        detail: { matterId: matter.id },
      });
      return (await present([linked]))[0];
    },

    /** The matter's first-ask record (the earliest linked): its person guides the applicant through the matter. */
    async ofMatter(matterId: string, user: CurrentUser, ip?: string) {
      await matters.inScope(user, matterId, ip);
      const first = await db.firstAsk.findFirst({ where: { matterId }, orderBy: { askedAt: 'asc' } });
      return first ? (await present([first]))[0] : null;
    },
  };
}
export type FirstAskService = ReturnType<typeof createFirstAskService>;
