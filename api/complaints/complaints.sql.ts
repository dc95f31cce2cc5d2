import { Prisma } from '../../generated/prisma/client';
import { UPHELD, UPHELD_FIELD } from '../../domain/complaints';

/** The complaint matter `m` was replied to 属实 (its reply step's decision, on the completed task's row). */
export const upheldSql = (m: Prisma.Sql) => Prisma.sql`EXISTS (
  SELECT 1 FROM "Task" t WHERE t."matterId" = ${m}.id AND t.status = 'COMPLETED' AND t."formData"->>${UPHELD_FIELD} = ${UPHELD})`;
/** …or marked 不属实: replied, and no reply step says 属实 */
const decidedSql = (m: Prisma.Sql) => Prisma.sql`EXISTS (
  SELECT 1 FROM "Task" t WHERE t."matterId" = ${m}.id AND t.status = 'COMPLETED' AND t."formData"->>${UPHELD_FIELD} IS NOT NULL)`;

export interface ComplaintSqlRow {
  matterId: string;
  receiptNo: string;
  channel: string;
  content: string;
  complainantName: string;
  status: string;
  acceptedAt: Date;
  dueDate: string | null;
  dueAt: Date | null;
  completedAt: Date | null;
  suggestedDepartmentCode: string | null;
  departmentCode: string | null;
  departmentName: string | null;
  replyOpened: boolean;
  upheld: boolean | null;
  subjectMatterId: string | null;
  subjectReceiptNo: string | null;
  subjectUserId: string | null;
  subjectUserName: string | null;
  ratingScore: number | null;
}

/** AWAITING: 受理分办 still to do; OPEN: the department is replying; REPLIED: finished */
export type ComplaintState = 'AWAITING' | 'OPEN' | 'REPLIED';
const replyOpened = Prisma.sql`EXISTS (SELECT 1 FROM "Task" t WHERE t."matterId" = m.id)`;
const stateSql: Record<ComplaintState, Prisma.Sql> = {
  AWAITING: Prisma.sql`m.status IN ('PENDING_START', 'IN_PROGRESS') AND NOT ${replyOpened}`,
  OPEN: Prisma.sql`m.status IN ('IN_PROGRESS', 'SUSPENDED') AND ${replyOpened}`,
  REPLIED: Prisma.sql`m.status = 'COMPLETED'`,
};

export interface ComplaintFilter {
  scope: Prisma.Sql;
  matterId?: string;
  subjectMatterId?: string;
  channel?: string;
  departmentCode?: string;
  state?: ComplaintState;
}

function whereOf(f: ComplaintFilter): Prisma.Sql {
  const clauses = [f.scope];
  if (f.matterId) clauses.push(Prisma.sql`c."matterId" = ${f.matterId}`);
  if (f.subjectMatterId) clauses.push(Prisma.sql`c."subjectMatterId" = ${f.subjectMatterId}`);
  if (f.channel) clauses.push(Prisma.sql`c.channel = ${f.channel}`);
  if (f.departmentCode) clauses.push(Prisma.sql`c."departmentCode" = ${f.departmentCode}`);
  if (f.state) clauses.push(stateSql[f.state]);
  return Prisma.join(clauses, ' AND ');
}

/** The complaints the filter selects (newest first), with what the console shows of each. */
export const complaintsSql = (f: ComplaintFilter, page?: { skip: number; take: number }) => Prisma.sql`
  SELECT c."matterId", m."receiptNo", c.channel, c.content, m."applicantName" AS "complainantName", m.status::text AS status,
    m."acceptedAt", m."dueDate", m."dueAt", m."completedAt", c."suggestedDepartmentCode", c."departmentCode",
    d.name AS "departmentName", ${replyOpened} AS "replyOpened",
    CASE WHEN ${decidedSql(Prisma.sql`m`)} THEN ${upheldSql(Prisma.sql`m`)} END AS "upheld",
    c."subjectMatterId", s."receiptNo" AS "subjectReceiptNo", c."subjectUserId", u."displayName" AS "subjectUserName",
    r.score AS "ratingScore"
  FROM "Complaint" c
  JOIN "Matter" m ON m.id = c."matterId"
  LEFT JOIN "Department" d ON d.code = c."departmentCode"
  LEFT JOIN "Matter" s ON s.id = c."subjectMatterId"
  LEFT JOIN "User" u ON u.id = c."subjectUserId"
  LEFT JOIN "Rating" r ON r."matterId" = m.id
  WHERE ${whereOf(f)}
  ORDER BY c."createdAt" DESC, c."matterId"
  ${page ? Prisma.sql`OFFSET ${page.skip} LIMIT ${page.take}` : Prisma.empty}`;

export const complaintCountSql = (f: ComplaintFilter) => Prisma.sql`
  SELECT count(*)::int AS total FROM "Complaint" c JOIN "Matter" m ON m.id = c."matterId" WHERE ${whereOf(f)}`;
