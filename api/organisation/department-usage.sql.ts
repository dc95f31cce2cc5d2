import { Prisma } from '../../generated/prisma/client';

/** A matter not yet finished may still open any step of its version. */
const UNFINISHED = Prisma.sql`('PENDING_START', 'IN_PROGRESS', 'SUSPENDED')`;

/**
 * The published versions whose user tasks name the department: each procedure's latest version (new matters start
 * on it) and every version an unfinished matter runs on.
 */
export const versionsNaming = (code: string) => Prisma.sql`
  SELECT p.key, p.name, v.version
  FROM "ProcedureVersion" v JOIN "Procedure" p ON p.id = v."procedureId"
  WHERE (v.version = (SELECT max(l.version) FROM "ProcedureVersion" l WHERE l."procedureId" = v."procedureId")
         OR EXISTS (SELECT 1 FROM "Matter" m WHERE m."procedureVersionId" = v.id AND m.status IN ${UNFINISHED}))
    AND EXISTS (SELECT 1 FROM jsonb_each(v.plan -> 'nodes') n
                WHERE n.value ->> 'type' = 'userTask' AND n.value ->> 'candidateDepartment' = ${code})
  ORDER BY p.key, v.version`;

/** The open tasks offered to the department (at most `limit`; the count says how many in all). */
export const openTasksOf = (code: string, limit: number) => Prisma.sql`
  SELECT m."receiptNo", t.name, count(*) OVER ()::int AS total
  FROM "Task" t JOIN "Matter" m ON m.id = t."matterId"
  WHERE t."candidateDepartmentCode" = ${code} AND t.status IN ('OPEN', 'CLAIMED')
  ORDER BY t."createdAt", t.id
  LIMIT ${limit}`;

/** The active service items that name it as lead or co-department ($lead and $co steps would reach it). */
export const itemsNaming = (code: string) => Prisma.sql`
  SELECT i.code, i.name FROM "ServiceItem" i
  WHERE i.active AND (i."leadDepartmentCode" = ${code} OR ${code} = ANY(i."coDepartmentCodes"))
  ORDER BY i.code`;
