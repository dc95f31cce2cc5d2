import { createHash } from 'node:crypto';
import type pg from 'pg';

/** The inbox views the bench asks for, as the console asks for them. */
export type InboxView = { scope: 'department'; page: number } | { scope: 'mine'; page: number };

export const INBOX_VIEWS: InboxView[] = [
  { scope: 'department', page: 1 },
  { scope: 'department', page: 3 },
  { scope: 'mine', page: 1 },
];
export const PER_PAGE = 25;

export const inboxPath = (view: InboxView) =>
  `/tasks?scope=${view.scope}&sort=dueAt&order=ASC&page=${view.page}&perPage=${PER_PAGE}`;

export interface InboxSqlUser {
  id: string;
  departmentCode: string;
  roles: string[];
}

const OPEN = `t.status IN ('OPEN', 'CLAIMED')`;
const DEPARTMENT = `t."candidateDepartmentCode" = $1 AND (t."candidateRole" IS NULL OR t."candidateRole" = ANY($2::"Role"[])) AND ${OPEN}`;
// mine: held by me or by an absent colleague whose B post I am (AB岗)
const MINE = `t."assigneeId" = ANY(ARRAY[$1::text] || ARRAY(SELECT u.id FROM "User" u WHERE u."backupUserId" = $1 AND u."absentFrom" <= now() AND u."absentUntil" > now())) AND ${OPEN}`;

// the page of tasks first, then its 25 matters and names: the order of work a careful hand would choose; its
// offset in the text, so that the prepared statement is planned once (as the API does it)
const PAGE = (where: string, offset: number) => `
  SELECT t.*, m."receiptNo", m."itemName", m."dueDate" AS "matterDueDate", m."warningLevel",
         a."displayName" AS "assigneeName", c."displayName" AS "completedByName"
    FROM (SELECT t.* FROM "Task" t WHERE ${where}
           ORDER BY t."dueAt" ASC NULLS LAST, t."createdAt" ASC LIMIT ${PER_PAGE} OFFSET ${offset}) t
    JOIN "Matter" m ON m.id = t."matterId"
    LEFT JOIN "User" a ON a.id = t."assigneeId" LEFT JOIN "User" c ON c.id = t."completedById"
   ORDER BY t."dueAt" ASC NULLS LAST, t."createdAt" ASC`;
const COUNT = (where: string) => `SELECT count(*) FROM "Task" t WHERE ${where}`;

/** A prepared statement (parsed and planned once per connection), as the API's hot reads are. */
const prepared = (text: string, values: unknown[]) => ({
  name: `inbox-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`,
  text,
  values,
});

/** The same page and total by hand: one joined query for the rows, one count, in parallel. */
export async function inboxBySql(
  pool: pg.Pool,
  user: InboxSqlUser,
  view: InboxView,
): Promise<{ data: unknown[]; total: number }> {
  const offset = (view.page - 1) * PER_PAGE;
  const [where, values] =
    view.scope === 'department' ? [DEPARTMENT, [user.departmentCode, user.roles]] : [MINE, [user.id]];
  const [page, count] = await Promise.all([
    pool.query(prepared(PAGE(where, offset), values)),
    pool.query<{ count: string }>(prepared(COUNT(where), values)),
  ]);
  return { data: page.rows, total: Number(count.rows[0].count) };
}

/** For EXPLAIN in the report: the department page as the hand-written query has it. */
export const DEPARTMENT_PAGE_SQL = PAGE(DEPARTMENT, 0);
