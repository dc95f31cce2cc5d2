import type { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';

/** Task rows as the inbox and the matter page show them: with the matter's receipt, item and deadline, and names. */
export async function taskRows(db: Db, where: Prisma.TaskWhereInput, page?: { skip: number; take: number; orderBy?: Prisma.TaskOrderByWithRelationInput[] }) {
  const tasks = await db.task.findMany({
    where,
    include: { matter: { select: { receiptNo: true, itemName: true, dueDate: true, warningLevel: true } } },
    orderBy: page?.orderBy ?? [{ createdAt: 'asc' }],
    skip: page?.skip,
    take: page?.take,
  });
  const ids = [...new Set(tasks.flatMap((t) => [t.assigneeId, t.completedById]).filter((i): i is string => Boolean(i)))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  // 督办 reaches the handler: the inbox flags tasks of supervised matters
  const matterIds = [...new Set(tasks.map((t) => t.matterId))];
  const supervised = new Set(matterIds.length
    ? (await db.supervision.findMany({ where: { matterId: { in: matterIds } }, select: { matterId: true }, distinct: ['matterId'] })).map((s) => s.matterId)
    : []);
  return tasks.map(({ matter, ...t }) => ({
    ...t,
    receiptNo: matter.receiptNo,
    itemName: matter.itemName,
    matterDueDate: matter.dueDate,
    warningLevel: matter.warningLevel,
    assigneeName: t.assigneeId ? names.get(t.assigneeId) ?? null : null,
    completedByName: t.completedById ? names.get(t.completedById) ?? null : null,
    supervised: supervised.has(t.matterId),
  }));
}
