import { Prisma } from '../../generated/prisma/client';
import { runSql, type Db } from '../../platform/db';
import { warningLevelSql } from '../../platform/warning-level';

/** A task as the inbox and the matter page show it: with the matter's receipt, item and deadline, names and 督办. */
export interface TaskRow {
  id: string;
  taskKey: string;
  matterId: string;
  nodeId: string;
  name: string;
  stepKind: string;
  candidateDepartmentCode: string | null;
  candidateRole: string | null;
  assigneeId: string | null;
  status: string;
  /** instants as ISO 8601 text (see instant below) */
  suspended: boolean;
  dueAt: string | null;
  createdAt: string;
  completedAt: string | null;
  decision: string | null;
  comment: string | null;
  receiptNo: string;
  itemName: string;
  matterDueDate: string | null;
  warningLevel: string;
  assigneeName: string | null;
  completedByName: string | null;
  supervised: boolean;
}

export interface TaskPage {
  orderBy: Prisma.Sql;
  limit: number;
  offset: number;
}

/**
 * A `timestamp(3)` column (UTC wall time, as Prisma stores it) as the text `Date.toISOString` would give: an inbox
 * page carries 75 instants, and making them Dates (pg) and then text again (JSON) cost more of the API's CPU per
 * request than PostgreSQL's formatting does.
 */
const instant = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * One query: the tasks matching `where` (a condition on Task `t`) are chosen and sliced first, then their matters
 * and names are joined to those rows only. `total`: every match before the slice, counted apart (a window count
 * over the slice's own scan would read every matching task whole, where the slice needs only its rows and the
 * count only the index), or NULL.
 */
const rowsSql = (where: Prisma.Sql, orderBy: Prisma.Sql, slice: Prisma.Sql, total: Prisma.Sql, now: Date) => Prisma.sql`
  SELECT t.id, t."taskKey", t."matterId", t."nodeId", t.name, t."stepKind", t."candidateDepartmentCode",
         t."candidateRole"::text AS "candidateRole", t."assigneeId", t.status::text AS status, t.suspended,
         ${instant('t."dueAt"')} AS "dueAt", ${instant('t."createdAt"')} AS "createdAt", ${instant('t."completedAt"')} AS "completedAt",
         t.decision, t.comment,
         m."receiptNo", m."itemName", m."dueDate" AS "matterDueDate", ${warningLevelSql(now)} AS "warningLevel",
         a."displayName" AS "assigneeName", c."displayName" AS "completedByName",
         EXISTS (SELECT 1 FROM "Supervision" s WHERE s."matterId" = t."matterId") AS supervised, ${total} AS total
    FROM (SELECT t.* FROM "Task" t WHERE ${where} ORDER BY ${orderBy} ${slice}) t
    JOIN "Matter" m ON m.id = t."matterId"
    LEFT JOIN "User" a ON a.id = t."assigneeId"
    LEFT JOIN "User" c ON c.id = t."completedById"
   ORDER BY ${orderBy}`;

type Counted = TaskRow & { total: number };
const withoutTotal = ({ total: _total, ...row }: Counted): TaskRow => row;

/** Every task matching `where`, oldest first (a matter's steps, or one task by id), its matter's colour at `now`. */
export async function taskRows(db: Db, where: Prisma.Sql, now: Date): Promise<TaskRow[]> {
  const rows = await runSql<Counted>(
    db,
    rowsSql(where, Prisma.sql`t."createdAt" ASC, t.id ASC`, Prisma.empty, Prisma.sql`NULL::int`, now),
    { prepare: true },
  );
  return rows.map(withoutTotal);
}

/** The first pages at the usual page sizes get statements of their own (see slice); any other page shares one. */
const OWN_STATEMENT_PAGE_SIZES = [10, 25, 50, 100];
const OWN_STATEMENT_PAGES = 10;

/**
 * LIMIT and OFFSET written into the text, not passed as parameters: PostgreSQL then plans a page of the prepared
 * statement once for all users and departments (a generic plan), where a parameter OFFSET made each call plan
 * afresh, which cost more than running it. One statement per page size and page, so only for the first pages at
 * the usual sizes: a client asking for page after page must not prepare statements without end.
 */
function slice({ limit, offset }: TaskPage): Prisma.Sql {
  if (!Number.isSafeInteger(limit) || !Number.isSafeInteger(offset) || limit < 1 || offset < 0)
    throw new RangeError(`bad page ${limit}/${offset}`);
  const own = OWN_STATEMENT_PAGE_SIZES.includes(limit) && offset % limit === 0 && offset / limit < OWN_STATEMENT_PAGES;
  return own ? Prisma.raw(`LIMIT ${limit} OFFSET ${offset}`) : Prisma.sql`LIMIT ${limit} OFFSET ${offset}`;
}

/** One page of the tasks matching `where`, with the number of all of them (the inbox); colours at `now`. */
export async function taskPage(
  db: Db,
  where: Prisma.Sql,
  page: TaskPage,
  now: Date,
): Promise<{ data: TaskRow[]; total: number }> {
  const count = Prisma.sql`SELECT count(*)::int AS total FROM "Task" t WHERE ${where}`;
  const rows = await runSql<Counted>(db, rowsSql(where, page.orderBy, slice(page), Prisma.sql`(${count})`, now), {
    prepare: true,
  });
  if (rows.length) return { data: rows.map(withoutTotal), total: rows[0].total };
  // past the last page (or nothing at all): the count alone tells which
  const total = page.offset ? (await runSql<{ total: number }>(db, count))[0].total : 0;
  return { data: [], total };
}
