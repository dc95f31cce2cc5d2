import { Prisma } from '../../generated/prisma/client';
import { chinaDateOf } from '../../domain/china-time';
import { runSql, type Db } from '../../platform/db';
import { staffNoticeForUserSql } from '../../platform/notices/outbox.sql';
import type { AuditService } from '../audit/audit.service';
import { isCentreWide, type CurrentUser } from '../auth/auth.types';
import { AppError, forbidden, notFound } from '../errors';
import { skipTake } from '../shared/list-query';
import type { TSupervision, TSupervisionQuery } from './supervisions.types';

type Listed = Omit<TSupervision, 'overdue' | 'canReply'> & {
  total: number;
  noticedMe: boolean;
  toUserId: string | null;
};

const alreadyDone = (status: string) =>
  status === 'CLOSED'
    ? new AppError('CONFLICT', '该督办已办结', 'This supervision is closed')
    : new AppError('CONFLICT', '该督办已回复', 'This supervision has been answered');

/** Sent to the user as one who worked on the matter (the 督办 notice's key: platform/notices/event-notices.ts). */
const noticedSql = (userId: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "StaffNotice" n WHERE n.key = s."matterId" || ':supervision:' || s.id || ':' || ${userId})`;

/**
 * 督办 loop: the holder (the named addressee, or whoever worked on the matter when it was sent) replies by its reply
 * date; one left unanswered is escalated to the managers by the notice sweep; a manager closes it.
 */
export function createSupervisionsService(deps: { db: Db; audit: AuditService; now?: () => Date }) {
  const { db, audit } = deps;
  const now = deps.now ?? (() => new Date());

  async function list(query: TSupervisionQuery, user: CurrentUser, id?: string) {
    const today = chinaDateOf(now());
    const where = [
      isCentreWide(user)
        ? Prisma.sql`true`
        : Prisma.sql`(s."toUserId" = ${user.id} OR s."fromUserId" = ${user.id} OR ${noticedSql(user.id)})`,
      id ? Prisma.sql`s.id = ${id}` : Prisma.sql`true`,
      query.status ? Prisma.sql`s.status = ${query.status}` : Prisma.sql`true`,
      query.overdue === 'true' ? Prisma.sql`s.status = 'OPEN' AND s."replyDueDate" < ${today}` : Prisma.sql`true`,
      query.overdue === 'false'
        ? Prisma.sql`NOT (s.status = 'OPEN' AND s."replyDueDate" < ${today})`
        : Prisma.sql`true`,
    ];
    const { skip, take } = skipTake(query);
    const rows = await runSql<Listed>(
      db,
      Prisma.sql`SELECT s.id, s."matterId", m."receiptNo", m."itemName", s.message, f."displayName" AS "fromName",
          s."toUserId", t."displayName" AS "toName", s.at, s."replyDueDate", s.status, s."escalatedAt", s.reply,
          s."repliedAt", r."displayName" AS "repliedByName", s."closedAt", c."displayName" AS "closedByName",
          s."closeNote", ${noticedSql(user.id)} AS "noticedMe", (count(*) OVER ())::int AS total
        FROM "Supervision" s JOIN "Matter" m ON m.id = s."matterId"
        LEFT JOIN "User" f ON f.id = s."fromUserId" LEFT JOIN "User" t ON t.id = s."toUserId"
        LEFT JOIN "User" r ON r.id = s."repliedById" LEFT JOIN "User" c ON c.id = s."closedById"
        WHERE ${Prisma.join(where, ' AND ')}
        ORDER BY (s.status = 'OPEN') DESC, s.at DESC LIMIT ${take} OFFSET ${skip}`,
    );
    return {
      total: rows[0]?.total ?? 0,
      data: rows.map(({ total: _total, noticedMe, toUserId, ...s }) => ({
        ...s,
        overdue: s.status === 'OPEN' && s.replyDueDate !== null && s.replyDueDate < today,
        canReply: s.status === 'OPEN' && (toUserId === user.id || (toUserId === null && noticedMe)),
      })),
    };
  }

  async function one(id: string, user: CurrentUser): Promise<TSupervision> {
    const [found] = (await list({ page: 1, perPage: 1 }, user, id)).data;
    if (found) return found;
    throw (await db.supervision.count({ where: { id } })) ? forbidden() : notFound('督办', 'Supervision');
  }

  return {
    list: (query: TSupervisionQuery, user: CurrentUser) => list(query, user),

    async reply(id: string, reply: string, user: CurrentUser, ip?: string) {
      const s = await one(id, user);
      if (s.status !== 'OPEN') throw alreadyDone(s.status);
      if (!s.canReply)
        throw new AppError('FORBIDDEN', '只有督办对象可以回复', 'Only the one this supervision was sent to may reply');
      const at = now();
      await db.$transaction(async (tx) => {
        const { count } = await tx.supervision.updateMany({
          where: { id, status: 'OPEN' },
          data: { status: 'REPLIED', reply, repliedAt: at, repliedById: user.id },
        });
        if (!count) throw alreadyDone('REPLIED');
        await tx.matterEvent.create({
          data: {
            matterId: s.matterId,
            eventKey: `${s.matterId}:supervision:${id}:replied`,
            type: 'matter.supervision.replied',
            actorId: user.id,
            actorName: user.displayName,
            data: { reply },
          },
        });
        const from = await tx.supervision.findUniqueOrThrow({ where: { id }, select: { fromUserId: true } });
        await tx.$executeRaw(
          staffNoticeForUserSql(from.fromUserId, s.matterId, {
            causeKey: `${s.matterId}:supervision:${id}:replied`,
            kind: 'SUPERVISION_REPLIED',
            data: { reply },
            at,
          }),
        );
      });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'supervision.reply',
        objectType: 'Matter',
        objectId: s.matterId,
        ip,
        detail: { supervisionId: id },
      });
      return one(id, user);
    },

    async close(id: string, note: string | undefined, user: CurrentUser, ip?: string) {
      const s = await one(id, user);
      if (s.status === 'CLOSED') throw alreadyDone(s.status);
      const at = now();
      await db.$transaction(async (tx) => {
        const { count } = await tx.supervision.updateMany({
          where: { id, status: { in: ['OPEN', 'REPLIED'] } },
          data: { status: 'CLOSED', closedAt: at, closedById: user.id, closeNote: note ?? null },
        });
        if (!count) throw alreadyDone('CLOSED');
        await tx.matterEvent.create({
          data: {
            matterId: s.matterId,
            eventKey: `${s.matterId}:supervision:${id}:closed`,
            type: 'matter.supervision.closed',
            actorId: user.id,
            actorName: user.displayName,
            data: { note: note ?? null },
          },
        });
      });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'supervision.close',
        objectType: 'Matter',
        objectId: s.matterId,
        ip,
        detail: { supervisionId: id },
      });
      return one(id, user);
    },
  };
}
export type SupervisionsService = ReturnType<typeof createSupervisionsService>;
