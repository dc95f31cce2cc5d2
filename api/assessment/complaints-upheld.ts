import { Prisma } from '../../generated/prisma/client';
import { upheldSql } from '../complaints/complaints.sql';
import type { Bounds } from './assessment.sql';

/**
 * 投诉（属实）: the one place the assessment reads upheld complaints from. A complaint is a matter of the complaint
 * item (api/complaints); it counts in the period its reply was given (the matter completed) when the replying
 * department marked it 属实. It is upheld against the staff member it names, else against the complained-about
 * matter's village agent (a station's complaints are those against its agents) or, without one, its accepting clerk.
 * A complaint that names neither counts for nobody.
 */
export const upheldComplaintsSql = (period: Bounds) => Prisma.sql`
  SELECT coalesce(c."subjectUserId", s."agentId", s."acceptedById") AS "userId"
  FROM "Complaint" c
  JOIN "Matter" m ON m.id = c."matterId"
  LEFT JOIN "Matter" s ON s.id = c."subjectMatterId"
  WHERE m.status = 'COMPLETED' AND m."completedAt" >= ${period.from}::timestamp AND m."completedAt" < ${period.to}::timestamp
    AND ${upheldSql(Prisma.sql`m`)}
    AND coalesce(c."subjectUserId", s."agentId", s."acceptedById") IS NOT NULL`;

export const COMPLAINTS_SOURCE = {
  connected: true,
  zh: '“投诉属实”来自投诉办件：答复部门在调查答复中认定属实的投诉，计入被投诉人员（或被投诉办件的代办员、受理人）',
  en: '“Complaints upheld” come from complaint matters: those the replying department found upheld, counted against the staff member complained about (or the complained-about matter’s agent or accepting clerk)',
} as const;
