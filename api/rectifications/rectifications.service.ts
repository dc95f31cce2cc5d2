import { Prisma } from '../../generated/prisma/client';
import { chinaDateOf } from '../../domain/china-time';
import type { CalendarSource } from '../../platform/calendar-source';
import { runSql, type Db } from '../../platform/db';
import {
  applicantNoticesSql,
  departmentAnswerersSql,
  staffNoticesForDepartmentAnswerersSql,
  staffNoticesForManagersSql,
} from '../../platform/notices/outbox.sql';
import type { AuditService } from '../audit/audit.service';
import { isCentreWide, type CurrentUser } from '../auth/auth.types';
import { AppError, forbidden, notFound } from '../errors';
import { skipTake } from '../shared/list-query';
import type { TRectification, TRectificationQuery } from './rectifications.types';

type Listed = Omit<TRectification, 'overdue' | 'canReply'> & { total: number; answerer: boolean; departmentId: string };

const wrongStatus = (status: string) =>
  ({
    OPEN: new AppError('CONFLICT', '整改措施尚未提交', 'No measures have been submitted yet'),
    REPLIED: new AppError('CONFLICT', '整改措施已提交，等待审核', 'The measures are waiting for review'),
    ACCEPTED: new AppError('CONFLICT', '该整改已完成', 'This rectification is complete'),
  })[status] ?? new AppError('CONFLICT', '该整改状态已变化，请刷新', 'The rectification has changed: reload it');

/**
 * 整改 loop: a poor rating opens one for the lead department (api/rectifications/rectification-opening.ts); its head
 * replies with measures by the due date; a manager accepts them (the applicant is told) or sends them back with a
 * fresh period. One left without measures past its date is escalated by the notice sweep.
 */
export function createRectificationsService(deps: {
  db: Db;
  audit: AuditService;
  calendars: CalendarSource;
  workingDays: number;
  now?: () => Date;
}) {
  const { db, audit } = deps;
  const now = deps.now ?? (() => new Date());

  async function list(query: TRectificationQuery, user: CurrentUser, id?: string) {
    const today = chinaDateOf(now());
    const late = Prisma.sql`x.status = 'OPEN' AND x."dueDate" < ${today}`;
    const where = [
      isCentreWide(user) ? Prisma.sql`true` : Prisma.sql`x."departmentId" = ${user.departmentId}`,
      id ? Prisma.sql`x.id = ${id}` : Prisma.sql`true`,
      query.status ? Prisma.sql`x.status = ${query.status}` : Prisma.sql`true`,
      query.departmentCode ? Prisma.sql`d.code = ${query.departmentCode}` : Prisma.sql`true`,
      query.overdue === 'true' ? late : query.overdue === 'false' ? Prisma.sql`NOT (${late})` : Prisma.sql`true`,
    ];
    const { skip, take } = skipTake(query);
    const rows = await runSql<Listed>(
      db,
      Prisma.sql`SELECT x.id, x."matterId", m."receiptNo", m."itemName", x."departmentId", d.code AS "departmentCode",
          d.name AS "departmentName", r.score, r.comment, r.at AS "ratedAt", x."dueDate", x.status, x."escalatedAt",
          x.measures, x."repliedAt", ru."displayName" AS "repliedByName", x."reviewNote", x."returnCount",
          x."acceptedAt", au."displayName" AS "acceptedByName",
          EXISTS (SELECT 1 FROM (${departmentAnswerersSql(Prisma.sql`x."departmentId"`)}) a WHERE a.id = ${user.id})
            AS answerer,
          (count(*) OVER ())::int AS total
        FROM "Rectification" x JOIN "Matter" m ON m.id = x."matterId" JOIN "Rating" r ON r.id = x."ratingId"
        LEFT JOIN "Department" d ON d.id = x."departmentId"
        LEFT JOIN "User" ru ON ru.id = x."repliedById" LEFT JOIN "User" au ON au.id = x."acceptedById"
        WHERE ${Prisma.join(where, ' AND ')}
        ORDER BY array_position(ARRAY['REPLIED', 'OPEN', 'ACCEPTED'], x.status), x."dueDate", x."createdAt" DESC
        LIMIT ${take} OFFSET ${skip}`,
    );
    return {
      total: rows[0]?.total ?? 0,
      data: rows.map(({ total: _total, answerer, departmentId: _d, ...x }) => ({
        ...x,
        overdue: x.status === 'OPEN' && x.dueDate < today,
        canReply: x.status === 'OPEN' && answerer,
      })),
    };
  }

  async function one(id: string, user: CurrentUser) {
    const [found] = (await list({ page: 1, perPage: 1 }, user, id)).data;
    if (found) return found;
    throw (await db.rectification.count({ where: { id } })) ? forbidden() : notFound('整改', 'Rectification');
  }

  /** Moves the rectification from `from` only (a racing second click finds it moved and gets 409). */
  async function move(tx: Prisma.TransactionClient, id: string, from: string, data: Prisma.RectificationUpdateInput) {
    const { count } = await tx.rectification.updateMany({ where: { id, status: from }, data });
    if (!count) throw wrongStatus((await tx.rectification.findUniqueOrThrow({ where: { id } })).status);
    return tx.rectification.findUniqueOrThrow({ where: { id } });
  }

  const record = (user: CurrentUser, action: string, x: TRectification, ip?: string) =>
    audit.record({
      actorId: user.id,
      actorName: user.username,
      action,
      objectType: 'Matter',
      objectId: x.matterId,
      ip,
      detail: { rectificationId: x.id },
    });

  return {
    list: (query: TRectificationQuery, user: CurrentUser) => list(query, user),

    async reply(id: string, measures: string, user: CurrentUser, ip?: string) {
      const x = await one(id, user);
      if (x.status !== 'OPEN') throw wrongStatus(x.status);
      if (!x.canReply)
        throw new AppError(
          'FORBIDDEN',
          '只有责任科室负责人可以回复整改措施',
          'Only the head of the answerable department may reply',
        );
      const at = now();
      await db.$transaction(async (tx) => {
        const moved = await move(tx, id, 'OPEN', { status: 'REPLIED', measures, repliedAt: at, repliedById: user.id });
        await tx.$executeRaw(
          staffNoticesForManagersSql(x.matterId, {
            causeKey: `${x.matterId}:rectification:${id}:replied:${moved.returnCount}`,
            kind: 'RECTIFICATION_REPLIED',
            at,
          }),
        );
      });
      await record(user, 'rectification.reply', x, ip);
      return one(id, user);
    },

    async accept(id: string, note: string | undefined, user: CurrentUser, ip?: string) {
      const x = await one(id, user);
      const at = now();
      await db.$transaction(async (tx) => {
        const moved = await move(tx, id, 'REPLIED', {
          status: 'ACCEPTED',
          reviewNote: note ?? null,
          acceptedAt: at,
          acceptedById: user.id,
        });
        // the applicant hears what was done about their rating
        await tx.$executeRaw(
          applicantNoticesSql(x.matterId, {
            causeKey: `${x.matterId}:rectification:${id}`,
            kind: 'RECTIFIED',
            data: { measures: moved.measures ?? '' },
            at,
          }),
        );
      });
      await record(user, 'rectification.accept', x, ip);
      return one(id, user);
    },

    async sendBack(id: string, note: string, user: CurrentUser, ip?: string) {
      const x = await one(id, user);
      const at = now();
      const dueDate = (await deps.calendars.get()).addWorkingDays(chinaDateOf(at), deps.workingDays);
      await db.$transaction(async (tx) => {
        const moved = await move(tx, id, 'REPLIED', {
          status: 'OPEN',
          reviewNote: note,
          dueDate,
          escalatedAt: null,
          returnCount: { increment: 1 },
        });
        if (moved.departmentId)
          await tx.$executeRaw(
            staffNoticesForDepartmentAnswerersSql(moved.departmentId, x.matterId, {
              causeKey: `${x.matterId}:rectification:${id}:returned:${moved.returnCount}`,
              kind: 'RECTIFICATION_RETURNED',
              data: { reviewNote: note, dueDate },
              at,
            }),
          );
      });
      await record(user, 'rectification.return', x, ip);
      return one(id, user);
    },
  };
}
export type RectificationsService = ReturnType<typeof createRectificationsService>;
