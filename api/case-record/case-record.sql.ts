import { Prisma } from '../../generated/prisma/client';

/** The completed tasks of a matter with what their handlers wrote, and the handlers' names. */
export const completedTasksSql = (matterId: string) => Prisma.sql`
  SELECT t.id, t."taskKey", t."nodeId", t.name, t."stepKind", t."candidateDepartmentCode", t.decision, t.comment,
         t."formData", t."completedAt", t."completedById", u."displayName" AS "completedByName"
    FROM "Task" t LEFT JOIN "User" u ON u.id = t."completedById"
   WHERE t."matterId" = ${matterId} AND t.status = 'COMPLETED'
   ORDER BY t."completedAt", t.id`;
