import { Prisma } from '../../generated/prisma/client';
import { warningLevelIsSql } from '../../platform/warning-level';
import type { CurrentUser } from '../auth/auth.types';
import type { TaskPage } from './task-rows';
import { orderField, skipTake } from '../shared/list-query';
import { TASK_SORTS, type TTaskQuery } from './tasks.types';

/**
 * Which tasks a user sees, as SQL conditions on Task `t`: one query per inbox page, count or task check instead of a
 * look-up per rule. Instants are passed as UTC ISO strings cast to `timestamp`, the way Prisma stores them.
 */
const at = (instant: Date) => Prisma.sql`${instant.toISOString()}::timestamp`;
const SOON_MS = 2 * 86_400_000;

export const OPEN = Prisma.sql`t.status IN ('OPEN', 'CLAIMED')`;

/** AB岗: the user, and the colleagues absent at `now` who named the user as their backup (their tasks are the user's meanwhile). */
const holders = (user: CurrentUser, now: Date) => Prisma.sql`ARRAY[${user.id}::text] || ARRAY(
  SELECT u.id FROM "User" u WHERE u."backupUserId" = ${user.id} AND u."absentFrom" <= ${at(now)} AND u."absentUntil" > ${at(now)})`;

/** 我的: held by the user or by someone the user stands in for. */
export const heldBy = (user: CurrentUser, now: Date) => Prisma.sql`t."assigneeId" = ANY(${holders(user, now)})`;

/** 部门: offered to the user's department, for any role or one of the user's. */
export const offeredTo = (user: CurrentUser) =>
  Prisma.sql`t."candidateDepartmentCode" = ${user.departmentCode} AND (t."candidateRole" IS NULL OR t."candidateRole" = ANY(${user.roles}::"Role"[]))`;

const matterHas = (condition: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Matter" m WHERE m.id = t."matterId" AND ${condition})`;

export const overdue = (now: Date) =>
  Prisma.sql`(t."dueAt" < ${at(now)} OR ${matterHas(warningLevelIsSql('RED', now))})`;

/** The inbox's filters: scope, status (open by default), due soon or overdue, and a literal search in step, receipt number and item. */
export function inboxWhere(user: CurrentUser, q: TTaskQuery, now: Date): Prisma.Sql {
  const and = [
    q.scope === 'mine' ? heldBy(user, now) : offeredTo(user),
    q.status ? Prisma.sql`t.status = ${q.status}::"TaskStatus"` : OPEN,
  ];
  if (q.due === 'soon') {
    and.push(
      Prisma.sql`((t."dueAt" >= ${at(now)} AND t."dueAt" <= ${at(new Date(now.getTime() + SOON_MS))}) OR ${matterHas(warningLevelIsSql('YELLOW', now))})`,
    );
  }
  if (q.due === 'overdue') and.push(overdue(now));
  if (q.q) {
    and.push(
      Prisma.sql`(strpos(t.name, ${q.q}) > 0 OR ${matterHas(Prisma.sql`(strpos(m."receiptNo", ${q.q}) > 0 OR strpos(m."itemName", ${q.q}) > 0)`)})`,
    );
  }
  return Prisma.join(and, ' AND ');
}

/** The inbox's sort (due time by default; empty values last), then oldest first. */
export function inboxPage(q: TTaskQuery): TaskPage {
  const { field, direction } = orderField(q, TASK_SORTS, 'dueAt');
  const nulls = field === 'createdAt' ? '' : ' NULLS LAST';
  const { skip, take } = skipTake(q);
  return {
    orderBy: Prisma.raw(`t."${field}" ${direction.toUpperCase()}${nulls}, t."createdAt" ASC, t.id ASC`),
    limit: take,
    offset: skip,
  };
}

export interface TaskAccess {
  id: string;
  taskKey: string;
  matterId: string;
  nodeId: string;
  assigneeId: string | null;
  /** the workflow holding the task: the matter's, or a procedure a call activity runs for it (Task.workflowId) */
  workflowId: string;
  /** the version whose plan the task is of: the matter's, or the called procedure's */
  procedureVersionId: string;
  /** the task is a step of a procedure a call activity runs (its caller may read its values) */
  inCalledProcedure: boolean;
  /** the user may see and act on it */
  actionable: boolean;
  /** held by an absent colleague the user stands in for (AB岗) */
  heldForAbsentee: boolean;
}

/** A task with its matter's workflow and what the user may do with it, in one query. */
export const taskAccessSql = (user: CurrentUser, id: string, now: Date) => Prisma.sql`
  SELECT t.id, t."taskKey", t."matterId", t."nodeId", t."assigneeId",
         coalesce(t."workflowId", m."workflowId") AS "workflowId",
         coalesce(t."procedureVersionId", m."procedureVersionId") AS "procedureVersionId",
         t."workflowId" IS NOT NULL AS "inCalledProcedure",
         coalesce(${heldBy(user, now)}, false) OR coalesce(${offeredTo(user)}, false) AS actionable,
         coalesce(t."assigneeId" <> ${user.id} AND ${heldBy(user, now)}, false) AS "heldForAbsentee"
    FROM "Task" t JOIN "Matter" m ON m.id = t."matterId"
   WHERE t.id = ${id}`;

/** 待办数量: mine, my department's and the overdue among both, open tasks only, in one pass. */
export const taskCountsSql = (user: CurrentUser, now: Date) => Prisma.sql`
  SELECT count(*) FILTER (WHERE ${heldBy(user, now)})::int AS mine,
         count(*) FILTER (WHERE ${offeredTo(user)})::int AS department,
         count(*) FILTER (WHERE ${overdue(now)})::int AS overdue
    FROM "Task" t
   WHERE ${OPEN} AND (${heldBy(user, now)} OR (${offeredTo(user)}))`;
