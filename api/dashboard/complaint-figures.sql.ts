import { Prisma } from '../../generated/prisma/client';
import { upheldSql } from '../complaints/complaints.sql';
import type { Period } from './dashboard-figures.sql';

export interface ComplaintFigureRow {
  /** the department concerned as assigned (受理分办); null: not assigned yet */
  departmentCode: string | null;
  received: number;
  replied: number;
  repliedOnTime: number;
  upheld: number;
}

/**
 * 投诉 by department concerned: received in the period (by acceptance date), replied in the period (the complaint
 * matter completed) and of those on time (by its deadline, the reply limit) and upheld (属实). Without a period: all time.
 */
export const complaintFiguresSql = (p: Period | null) => {
  const received = p ? Prisma.sql`m."acceptedOn" >= ${p.fromDate} AND m."acceptedOn" <= ${p.toDate}` : Prisma.sql`TRUE`;
  const replied = p
    ? Prisma.sql`m.status = 'COMPLETED' AND m."completedAt" >= ${p.fromInstant}::timestamp AND m."completedAt" < ${p.toInstant}::timestamp`
    : Prisma.sql`m.status = 'COMPLETED'`;
  return Prisma.sql`
  SELECT c."departmentCode",
    count(*) FILTER (WHERE ${received})::int AS received,
    count(*) FILTER (WHERE ${replied})::int AS replied,
    count(*) FILTER (WHERE ${replied} AND (m."dueAt" IS NULL OR m."completedAt" <= m."dueAt"))::int AS "repliedOnTime",
    count(*) FILTER (WHERE ${replied} AND ${upheldSql(Prisma.sql`m`)})::int AS upheld
  FROM "Complaint" c JOIN "Matter" m ON m.id = c."matterId"
  WHERE (${received}) OR (${replied})
  GROUP BY c."departmentCode"`;
};
