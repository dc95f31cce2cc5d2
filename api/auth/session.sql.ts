import { Prisma } from '../../generated/prisma/client';
import type { CurrentUser } from './auth.types';

export interface SessionRow extends CurrentUser {
  active: boolean;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** The session with its user and the user's department, in one round trip (it runs on every request). */
export const sessionSql = (sessionId: string) => Prisma.sql`
  SELECT s.id AS "sessionId", s."csrfToken", s."lastSeenAt", s."expiresAt", s."revokedAt",
         u.id, u.username, u."displayName", u.roles::text[] AS roles, u."departmentId", u.active, d.code AS "departmentCode"
    FROM "Session" s JOIN "User" u ON u.id = s."userId" JOIN "Department" d ON d.id = u."departmentId"
   WHERE s.id = ${sessionId}`;
