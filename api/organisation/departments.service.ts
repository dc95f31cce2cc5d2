import type { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';
import type { CurrentUser } from '../auth/auth.types';
import type { AuditService } from '../audit/audit.service';
import { AppError, notFound } from '../errors';
import { itemsNaming, openTasksOf, versionsNaming } from './department-usage.sql';
import type { TCreateDepartment, TUpdateDepartment } from './units.types';

const ROW = { code: true, name: true, nameEn: true, active: true, headUserId: true } as const;
/** the open tasks a refusal names one by one; the rest are counted */
const TASKS_LISTED = 20;

interface Usage {
  versions: Array<{ key: string; name: string; version: number }>;
  tasks: Array<{ receiptNo: string; name: string }>;
  openTaskCount: number;
  items: Array<{ code: string; name: string }>;
}

async function usageOf(tx: Prisma.TransactionClient, code: string): Promise<Usage> {
  const versions = await tx.$queryRaw<Usage['versions']>(versionsNaming(code));
  const tasks = await tx.$queryRaw<Array<{ receiptNo: string; name: string; total: number }>>(
    openTasksOf(code, TASKS_LISTED),
  );
  const items = await tx.$queryRaw<Usage['items']>(itemsNaming(code));
  return {
    versions,
    tasks: tasks.map(({ receiptNo, name }) => ({ receiptNo, name })),
    openTaskCount: tasks[0]?.total ?? 0,
    items,
  };
}

/** 409 naming every published version, open task and item that still needs the department. */
function stillUsed(department: { code: string; name: string }, usage: Usage): AppError {
  const zh: string[] = [];
  const en: string[] = [];
  if (usage.versions.length) {
    const list = usage.versions.map((v) => `${v.name}（${v.key} v${v.version}）`);
    zh.push(`已发布的流程 ${list.join('、')}`);
    en.push(`published versions ${usage.versions.map((v) => `${v.key} v${v.version}`).join(', ')}`);
  }
  if (usage.openTaskCount) {
    const more = usage.openTaskCount > usage.tasks.length;
    const list = usage.tasks.map((t) => `${t.receiptNo} ${t.name}`);
    zh.push(`未办结的任务 ${usage.openTaskCount} 项：${list.join('、')}${more ? ' 等' : ''}`);
    en.push(`${usage.openTaskCount} open tasks: ${list.join(', ')}${more ? ', …' : ''}`);
  }
  if (usage.items.length) {
    zh.push(`在用事项 ${usage.items.map((i) => `${i.name}（${i.code}）`).join('、')}`);
    en.push(`active items ${usage.items.map((i) => i.code).join(', ')}`);
  }
  return new AppError(
    'CONFLICT',
    `部门 ${department.name}（${department.code}）仍在使用，不能停用：${zh.join('；')}`,
    `Department ${department.code} is still in use and cannot be deactivated: ${en.join('; ')}`,
    usage,
  );
}

/** The head answers for the department: one of its own active staff. */
async function checkHead(tx: Prisma.TransactionClient, departmentId: string, userId: string) {
  const head = await tx.user.findUnique({ where: { id: userId }, select: { departmentId: true, active: true } });
  if (!head || !head.active || head.departmentId !== departmentId)
    throw new AppError(
      'VALIDATION',
      '负责人应为本部门的在岗人员',
      'The head must be an active member of the department',
      [{ path: 'headUserId', message: '负责人应为本部门的在岗人员' }],
    );
}

/** 部门 as data: an admin adds, renames and deactivates them; the designer and publishing read the active ones. */
export function createDepartmentsService({ db, audit }: { db: Db; audit: AuditService }) {
  async function get(code: string) {
    const department = await db.department.findUnique({ where: { code }, select: ROW });
    if (!department) throw notFound('部门', 'Department');
    return department;
  }

  return {
    /** Every department, inactive ones too: past matters and tasks still show their names. */
    list: () => db.department.findMany({ orderBy: { createdAt: 'asc' }, select: ROW }),

    get,

    async create(input: TCreateDepartment, actor: CurrentUser) {
      if (await db.department.findUnique({ where: { code: input.code }, select: { id: true } })) {
        throw new AppError('CONFLICT', `部门编码 ${input.code} 已存在`, `Department code ${input.code} already exists`);
      }
      await db.$transaction(async (tx) => {
        const created = await tx.department.create({ data: input });
        await audit.recordIn(tx, {
          actorId: actor.id,
          actorName: actor.username,
          action: 'department.create',
          objectType: 'Department',
          objectId: created.id,
          detail: { ...input },
        });
      });
      return get(input.code);
    },

    /** Rename, or (de)activate. Deactivation is refused while a published version, an open task or an item needs it. */
    async update(code: string, input: TUpdateDepartment, actor: CurrentUser) {
      await db.$transaction(async (tx) => {
        // publishing holds the active departments FOR SHARE: no version naming this one slips in meanwhile
        const [existing] = await tx.$queryRaw<Array<{ id: string; name: string; active: boolean }>>`
          SELECT id, name, active FROM "Department" WHERE code = ${code} FOR UPDATE`;
        if (!existing) throw notFound('部门', 'Department');
        if (input.headUserId) await checkHead(tx, existing.id, input.headUserId);
        if (existing.active && input.active === false) {
          const usage = await usageOf(tx, code);
          if (usage.versions.length || usage.openTaskCount || usage.items.length)
            throw stillUsed({ code, ...existing }, usage);
        }
        await tx.department.update({ where: { code }, data: input });
        await audit.recordIn(tx, {
          actorId: actor.id,
          actorName: actor.username,
          action: input.active === false && existing.active ? 'department.deactivate' : 'department.update',
          objectType: 'Department',
          objectId: existing.id,
          detail: { code, ...input },
        });
      });
      return get(code);
    },
  };
}
export type DepartmentsService = ReturnType<typeof createDepartmentsService>;
