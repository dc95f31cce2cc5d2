import type { Db } from '../../platform/db';
import { MAX_WHEREABOUTS_DAYS, presenceAt } from '../../domain/whereabouts';
import { isCentreWide, type CurrentUser } from '../auth/auth.types';
import type { AuditService } from '../audit/audit.service';
import { AppError, forbidden, notFound } from '../errors';
import { WHEREABOUTS_TOO_LONG, type TDutyInput, type TWhereaboutsInput } from './staff-board.types';

/** who is on the boards: the people who serve the public or handle matters */
const ON_BOARD = ['CLERK', 'APPROVER', 'MANAGER', 'AGENT'] as const;

/**
 * 职责栏 and 去向栏: each person's post and duties, and where they are now (at the post, away on a site survey or
 * similar, or on leave with their AB岗 colleague covering; leave is read from the AB岗 record, never typed twice).
 */
export function createStaffBoardService(deps: { db: Db; audit: AuditService; now?: () => Date }) {
  const { db, audit } = deps;
  const now = deps.now ?? (() => new Date());

  async function board() {
    const at = now();
    const people = await db.user.findMany({
      where: { active: true, roles: { hasSome: [...ON_BOARD] } },
      select: {
        id: true,
        displayName: true,
        absentFrom: true,
        absentUntil: true,
        backupUserId: true,
        department: { select: { code: true, name: true, createdAt: true } },
      },
      orderBy: [{ department: { createdAt: 'asc' } }, { username: 'asc' }],
    });
    const ids = people.map((p) => p.id);
    const [duties, spells, backups] = await Promise.all([
      db.staffDuty.findMany({ where: { userId: { in: ids } } }),
      db.whereabouts.findMany({
        where: { userId: { in: ids }, until: { gt: at }, from: { lte: at }, returnedAt: null },
      }),
      db.user.findMany({
        where: { id: { in: people.flatMap((p) => p.backupUserId ?? []) } },
        select: { id: true, displayName: true },
      }),
    ]);
    return people.map((p) => {
      const duty = duties.find((d) => d.userId === p.id);
      const own = spells.filter((s) => s.userId === p.id);
      const presence = presenceAt(at, p, own);
      const spell = presence.status === 'AT_POST' || presence.status === 'ON_LEAVE' ? undefined : own[0];
      return {
        id: p.id,
        name: p.displayName,
        departmentCode: p.department.code,
        departmentName: p.department.name,
        post: duty?.post ?? null,
        duties: duty?.duties ?? null,
        status: presence.status,
        until: presence.until,
        note: presence.note,
        coveredByName: backups.find((b) => b.id === presence.coveredById)?.displayName ?? null,
        whereaboutsId: spell?.id ?? null,
      };
    });
  }

  /** the person themself, or a manager of the centre */
  function mayEnterFor(user: CurrentUser, userId: string) {
    if (user.id !== userId && !isCentreWide(user)) throw forbidden();
  }

  return {
    board,

    async setDuty(userId: string, input: TDutyInput, user: CurrentUser) {
      if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound('用户', 'User');
      const data = { ...input, updatedById: user.id };
      await db.staffDuty.upsert({ where: { userId }, create: { userId, ...data }, update: data });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'staff.duty.update',
        objectType: 'User',
        objectId: userId,
      });
      return (await board()).find((p) => p.id === userId) ?? null;
    },

    async goOut(userId: string, input: TWhereaboutsInput, user: CurrentUser) {
      mayEnterFor(user, userId);
      if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound('用户', 'User');
      const from = now();
      const until = new Date(input.until);
      const invalid = (zh: string, en: string) => new AppError('VALIDATION', zh, en, [{ path: 'until', message: zh }]);
      if (until <= from) throw invalid('预计返回时间须晚于现在', 'The expected return must be in the future');
      if (until.getTime() - from.getTime() > MAX_WHEREABOUTS_DAYS * 86_400_000)
        throw invalid(WHEREABOUTS_TOO_LONG, `Longer than ${MAX_WHEREABOUTS_DAYS} days is leave: enter it as AB岗`);
      const entry = await db.$transaction(async (tx) => {
        // a new spell away ends the one before it
        await tx.whereabouts.updateMany({
          where: { userId, returnedAt: null, until: { gt: from } },
          data: { returnedAt: from },
        });
        return tx.whereabouts.create({
          data: { userId, kind: input.kind, note: input.note ?? null, from, until, createdById: user.id },
        });
      });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'staff.whereabouts.out',
        objectType: 'User',
        objectId: userId,
        detail: { whereaboutsId: entry.id, kind: input.kind, until: until.toISOString() },
      });
      return (await board()).find((p) => p.id === userId)!;
    },

    async returned(id: string, user: CurrentUser) {
      const entry = await db.whereabouts.findUnique({ where: { id } });
      if (!entry) throw notFound('去向记录', 'Whereabouts');
      mayEnterFor(user, entry.userId);
      if (!entry.returnedAt) await db.whereabouts.update({ where: { id }, data: { returnedAt: now() } });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'staff.whereabouts.back',
        objectType: 'User',
        objectId: entry.userId,
        detail: { whereaboutsId: id },
      });
      return (await board()).find((p) => p.id === entry.userId)!;
    },
  };
}
export type StaffBoardService = ReturnType<typeof createStaffBoardService>;
