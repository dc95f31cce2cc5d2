import type { Prisma } from '../../generated/prisma/client';
import type { ChangeNotices } from '../../platform/change-notices';
import type { Db } from '../../platform/db';
import { isCentreWide, type CurrentUser } from '../auth/auth.types';
import type { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import { AppError, forbidden, notFound } from '../errors';
import { boundInstant } from '../../domain/china-time';
import { orderField, skipTake } from '../shared/list-query';
import { containsLiterally } from '../shared/search-term';
import { activeDepartmentId } from './active-department';
import type { TBackup, TCreateUser, TUpdateUser, TUserListQuery } from './organisation.types';

const WITH_NAMES = { department: { select: { code: true, name: true } } } as const;
type UserRecord = Prisma.UserGetPayload<{ include: typeof WITH_NAMES }>;

const SORTABLE = ['username', 'displayName', 'createdAt', 'active'] as const;

const invalid = (path: string, zh: string, en: string) => new AppError('VALIDATION', zh, en, [{ path, message: zh }]);
const isAdmin = (user: CurrentUser) => user.roles.includes('ADMIN');

interface Deps {
  db: Db;
  audit: AuditService;
  notices: Pick<ChangeNotices, 'wrote'>;
  now?: () => Date;
}

export function createOrganisationService(deps: Deps) {
  const { db, audit, notices } = deps;
  const now = deps.now ?? (() => new Date());

  async function toRows(users: UserRecord[]) {
    const backupIds = [...new Set(users.map((u) => u.backupUserId).filter((id): id is string => Boolean(id)))];
    const backups = backupIds.length
      ? await db.user.findMany({ where: { id: { in: backupIds } }, select: { id: true, displayName: true } })
      : [];
    return users.map((u) => ({
      ...u,
      departmentCode: u.department.code,
      departmentName: u.department.name,
      backupUserName: backups.find((b) => b.id === u.backupUserId)?.displayName ?? null,
    }));
  }

  async function get(id: string) {
    const user = await db.user.findUnique({ where: { id }, include: WITH_NAMES });
    if (!user) throw notFound('用户', 'User');
    return (await toRows([user]))[0];
  }

  /** A password change or deactivation ends the user's open sessions at once. */
  const revokeSessions = (userId: string) =>
    db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now() } });

  return {
    /** Centre-wide roles see everyone; an approver sees the own department only. */
    async list(query: TUserListQuery, viewer: CurrentUser) {
      const departmentCode = isCentreWide(viewer) ? query.departmentCode : viewer.departmentCode;
      const where: Prisma.UserWhereInput = {
        ...(departmentCode ? { department: { code: departmentCode } } : {}),
        ...(query.role ? { roles: { has: query.role } } : {}),
        ...(query.active !== undefined ? { active: query.active } : {}),
        ...(query.q
          ? {
              OR: [
                { username: containsLiterally(query.q, 'insensitive') },
                { displayName: containsLiterally(query.q) },
              ],
            }
          : {}),
      };
      const { field, direction } = orderField(query, SORTABLE, 'username');
      const [users, total] = await Promise.all([
        db.user.findMany({
          where,
          include: WITH_NAMES,
          orderBy: [{ [field]: direction }, { username: 'asc' }],
          ...skipTake(query),
        }),
        db.user.count({ where }),
      ]);
      return { data: await toRows(users), total };
    },

    async get(id: string, viewer: CurrentUser) {
      if (id !== viewer.id && !isCentreWide(viewer)) throw forbidden();
      return get(id);
    },

    /** AB岗 candidates for the viewer: active colleagues of the same department. */
    backupCandidates: (viewer: CurrentUser) =>
      db.user.findMany({
        where: { departmentId: viewer.departmentId, active: true, id: { not: viewer.id } },
        select: { id: true, username: true, displayName: true },
        orderBy: { username: 'asc' },
      }),

    async create(input: TCreateUser, actor: CurrentUser) {
      if (await db.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
        throw new AppError('CONFLICT', `用户名 ${input.username} 已存在`, `Username ${input.username} already exists`);
      }
      const created = await db.user.create({
        data: {
          username: input.username,
          displayName: input.displayName,
          roles: input.roles,
          active: input.active,
          departmentId: await activeDepartmentId(db, input.departmentCode),
          passwordHash: await hashPassword(input.password),
        },
      });
      await audit.record({
        actorId: actor.id,
        actorName: actor.username,
        action: 'user.create',
        objectType: 'User',
        objectId: created.id,
        detail: { username: input.username, roles: input.roles, departmentCode: input.departmentCode },
      });
      return get(created.id);
    },

    async update(id: string, input: TUpdateUser, actor: CurrentUser) {
      const existing = await db.user.findUnique({ where: { id }, include: WITH_NAMES });
      if (!existing) throw notFound('用户', 'User');
      if (id === actor.id && (input.active === false || (input.roles && !input.roles.includes('ADMIN')))) {
        throw invalid(
          'roles',
          '不能停用自己或取消自己的管理员角色',
          'You cannot deactivate yourself or drop your own ADMIN role',
        );
      }
      const { password, departmentCode, ...fields } = input;
      // a user of a department deactivated since stays editable; moving someone into an inactive one is refused
      const newDepartmentId =
        departmentCode && departmentCode !== existing.department.code
          ? await activeDepartmentId(db, departmentCode)
          : existing.departmentId;
      const movesDepartment = newDepartmentId !== existing.departmentId;
      const passwordHash = password ? await hashPassword(password) : undefined;
      await db.$transaction(async (tx) => {
        await tx.user.update({
          where: { id },
          data: {
            ...fields,
            departmentId: newDepartmentId,
            ...(passwordHash ? { passwordHash, failedLogins: 0, lockedUntil: null } : {}),
            // A B post must be in the same department (AB岗): moving breaks the pairing both ways.
            ...(movesDepartment ? { backupUserId: null, absentFrom: null, absentUntil: null } : {}),
          },
        });
        if (movesDepartment) await tx.user.updateMany({ where: { backupUserId: id }, data: { backupUserId: null } });
      });
      if (password || input.active === false) await revokeSessions(id);
      // the sessions cached here must not keep the old roles, department or access until the notice comes back
      notices.wrote(['User', 'Session']);
      await audit.record({
        actorId: actor.id,
        actorName: actor.username,
        action: 'user.update',
        objectType: 'User',
        objectId: id,
        detail: {
          fields: Object.keys(fields).concat(departmentCode ? ['departmentCode'] : []),
          passwordChanged: Boolean(password),
        },
      });
      return get(id);
    },

    async setBackup(id: string, input: TBackup, actor: CurrentUser) {
      if (id !== actor.id && !isAdmin(actor)) throw forbidden();
      const user = await db.user.findUnique({ where: { id } });
      if (!user) throw notFound('用户', 'User');
      if (input.backupUserId) {
        if (input.backupUserId === id)
          throw invalid('backupUserId', 'B 岗人员不能是本人', 'The backup cannot be the user themselves');
        const backup = await db.user.findUnique({ where: { id: input.backupUserId } });
        if (!backup || !backup.active)
          throw invalid('backupUserId', 'B 岗人员不存在或已停用', 'The backup user does not exist or is inactive');
        if (backup.departmentId !== user.departmentId)
          throw invalid('backupUserId', 'B 岗人员须为同一部门人员', 'The backup must be in the same department');
      }
      const absentFrom = input.absentFrom ? boundInstant(input.absentFrom, 'from') : null;
      const absentUntil = input.absentUntil ? boundInstant(input.absentUntil, 'to') : null;
      if (absentFrom && absentUntil && absentFrom >= absentUntil) {
        throw invalid('absentUntil', '离岗结束时间须晚于开始时间', 'The absence must end after it starts');
      }
      await db.user.update({ where: { id }, data: { backupUserId: input.backupUserId, absentFrom, absentUntil } });
      await audit.record({
        actorId: actor.id,
        actorName: actor.username,
        action: 'user.backup',
        objectType: 'User',
        objectId: id,
        detail: {
          backupUserId: input.backupUserId,
          absentFrom: absentFrom?.toISOString() ?? null,
          absentUntil: absentUntil?.toISOString() ?? null,
        },
      });
      return get(id);
    },
  };
}
export type OrganisationService = ReturnType<typeof createOrganisationService>;
