import type { Db } from '../../platform/db';
import { isCentreWide, type CurrentUser } from '../auth/auth.types';
import type { AuditService } from '../audit/audit.service';
import { AppError, notFound } from '../errors';
import { activeDepartmentId } from './active-department';
import type { TCreateWindow, TUpdateWindow } from './units.types';

const ROW = { code: true, name: true, kind: true, active: true, department: { select: { code: true } } } as const;
const toRow = <W extends { department: { code: string } }>({ department, ...w }: W) => ({
  ...w,
  departmentCode: department.code,
});

/** 受理窗口: where clerks accept matters. An inactive window accepts none; the matters it accepted keep naming it. */
export function createWindowsService({ db, audit }: { db: Db; audit: AuditService }) {
  async function get(code: string) {
    const window = await db.window.findUnique({ where: { code }, select: ROW });
    if (!window) throw notFound('受理窗口', 'Window');
    return toRow(window);
  }

  return {
    /** The windows of the viewer's department (centre-wide roles: every window), active ones unless `all` (ADMIN). */
    async list(viewer: CurrentUser, all = false) {
      const windows = await db.window.findMany({
        where: {
          ...(isCentreWide(viewer) ? {} : { departmentId: viewer.departmentId }),
          ...(all && viewer.roles.includes('ADMIN') ? {} : { active: true }),
        },
        select: ROW,
        orderBy: { code: 'asc' },
      });
      return windows.map(toRow);
    },

    get,

    async create(input: TCreateWindow, actor: CurrentUser) {
      if (await db.window.findUnique({ where: { code: input.code }, select: { id: true } })) {
        throw new AppError('CONFLICT', `窗口编码 ${input.code} 已存在`, `Window code ${input.code} already exists`);
      }
      const { departmentCode, ...fields } = input;
      const departmentId = await activeDepartmentId(db, departmentCode);
      await db.$transaction(async (tx) => {
        const created = await tx.window.create({ data: { ...fields, departmentId } });
        await audit.recordIn(tx, {
          actorId: actor.id,
          actorName: actor.username,
          action: 'window.create',
          objectType: 'Window',
          objectId: created.id,
          detail: { ...input },
        });
      });
      return get(input.code);
    },

    async update(code: string, input: TUpdateWindow, actor: CurrentUser) {
      const existing = await db.window.findUnique({ where: { code }, select: { id: true, active: true } });
      if (!existing) throw notFound('受理窗口', 'Window');
      const { departmentCode, ...fields } = input;
      const departmentId = departmentCode ? await activeDepartmentId(db, departmentCode) : undefined;
      await db.$transaction(async (tx) => {
        await tx.window.update({ where: { code }, data: { ...fields, ...(departmentId ? { departmentId } : {}) } });
        await audit.recordIn(tx, {
          actorId: actor.id,
          actorName: actor.username,
          action: input.active === false && existing.active ? 'window.deactivate' : 'window.update',
          objectType: 'Window',
          objectId: existing.id,
          detail: { code, ...input },
        });
      });
      return get(code);
    },
  };
}
export type WindowsService = ReturnType<typeof createWindowsService>;
