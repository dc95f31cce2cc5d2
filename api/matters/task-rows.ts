import { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';

/** A task as the inbox and the matter page show it: with the matter's receipt, item and deadline, names and 督办. */
export interface TaskRow {
  id: string; taskKey: string; matterId: string; nodeId: string; name: string; stepKind: string;
  candidateDepartmentCode: string | null; candidateRole: string | null; assigneeId: string | null; status: string;
  suspended: boolean; dueAt: Date | null; createdAt: Date; completedAt: Date | null; decision: string | null; comment: string | null;
  receiptNo: string; itemName: string; matterDueDate: string | null; warningLevel: string;
  assigneeName: string | null; completedByName: string | null; supervised: boolean;
}

export interface TaskPage { orderBy: Prisma.Sql; limit: number; offset: number }

const BY_CREATION = Prisma.sql`t."createdAt" ASC, t.id ASC`;

/**
 * Task rows matching `where` (a condition on Task `t`) in one query: the page of tasks is chosen first, then its
 * matters and names are joined to those rows only. `page.orderBy` sorts `t`; without a page, every row by creation.
 */
export function taskRows(db: Db, where: Prisma.Sql, page?: TaskPage): Promise<TaskRow[]> {
  const order = page?.orderBy ?? BY_CREATION;
  const slice = page ? Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty;
  return db.$queryRaw<TaskRow[]>`
    SELECT t.id, t."taskKey", t."matterId", t."nodeId", t.name, t."stepKind", t."candidateDepartmentCode",
           t."candidateRole"::text AS "candidateRole", t."assigneeId", t.status::text AS status, t.suspended, t."dueAt",
           t."createdAt", t."completedAt", t.decision, t.comment,
           m."receiptNo", m."itemName", m."dueDate" AS "matterDueDate", m."warningLevel"::text AS "warningLevel",
           a."displayName" AS "assigneeName", c."displayName" AS "completedByName",
           EXISTS (SELECT 1 FROM "Supervision" s WHERE s."matterId" = t."matterId") AS supervised
      FROM (SELECT * FROM "Task" t WHERE ${where} ORDER BY ${order} ${slice}) t
      JOIN "Matter" m ON m.id = t."matterId"
      LEFT JOIN "User" a ON a.id = t."assigneeId"
      LEFT JOIN "User" c ON c.id = t."completedById"
     ORDER BY ${order}`;
}
