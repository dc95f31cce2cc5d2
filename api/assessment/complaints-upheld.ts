import { Prisma } from '../../generated/prisma/client';
import type { Bounds } from './assessment.sql';

/**
 * 投诉（属实）: the one place the assessment reads upheld complaints from. Complaints as matters (issue 29, item 5)
 * are not built yet, so this gives no rows and the report names the column's source as not connected. To plug them
 * in: select here, for each complaint upheld in the period, the staff member it was upheld against ("userId"; a
 * station's complaints are those against its agents), and set COMPLAINTS_SOURCE.connected.
 */
export const upheldComplaintsSql = (_period: Bounds) => Prisma.sql`SELECT NULL::text AS "userId" WHERE FALSE`;

export const COMPLAINTS_SOURCE = {
  connected: false,
  zh: '投诉办理尚未上线：“投诉属实”暂计 0，上线后由投诉办件自动计入',
  en: 'Complaint handling is not live yet: “complaints upheld” counts 0 until complaints as matters feed it',
} as const;
