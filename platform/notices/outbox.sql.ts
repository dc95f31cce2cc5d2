import { Prisma } from '../../generated/prisma/client';
import type { ApplicantNoticeKind, StaffNoticeKind } from '../../domain/notices';

/**
 * The outbox's writes: statements that join the transaction (or the statement) writing their cause, so a notice
 * exists exactly when its cause does. Each is keyed by its cause, so a retried activity, a replayed workflow or a
 * repeated request writes nothing twice (ON CONFLICT DO NOTHING). Instants are UTC wall time, as Prisma stores them.
 */

const at = (instant: Date) => Prisma.sql`${instant.toISOString()}::timestamp`;

export interface ApplicantNotice {
  /** the cause's key: an event's eventKey, a deadline change's, `<matterId>:delivery` */
  causeKey: string;
  kind: ApplicantNoticeKind;
  /** the cause's placeholders (domain/notices.ts KIND_PLACEHOLDERS) */
  data?: Record<string, string>;
  at: Date;
}

/**
 * The applicant's notices of one cause, one per channel: SMS always (the phone is required at intake), e-mail when
 * the applicant gave an address. `matters` is a relation with the matter's `id` and `applicantEmailCipher`: a CTE of
 * the statement that writes the matter (the intake), or the matter row itself.
 */
export function applicantNoticesFromSql(matters: Prisma.Sql, notice: ApplicantNotice): Prisma.Sql {
  const { causeKey, kind } = notice;
  return Prisma.sql`INSERT INTO "Notice" ("id", "key", "matterId", "kind", "channel", "data", "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid()::text, ${causeKey}::text || ':' || ${kind}::text || ':' || c.channel, m."id", ${kind}::text,
      c.channel::"NoticeChannel", ${JSON.stringify(notice.data ?? {})}::jsonb, ${at(notice.at)}, ${at(notice.at)}
    FROM ${matters} m CROSS JOIN (VALUES ('SMS'), ('EMAIL')) AS c(channel)
    WHERE c.channel = 'SMS' OR m."applicantEmailCipher" IS NOT NULL
    ON CONFLICT ("key") DO NOTHING`;
}

export const applicantNoticesSql = (matterId: string, notice: ApplicantNotice): Prisma.Sql =>
  applicantNoticesFromSql(
    Prisma.sql`(SELECT "id", "applicantEmailCipher" FROM "Matter" WHERE "id" = ${matterId})`,
    notice,
  );

interface StaffCause {
  causeKey: string;
  kind: StaffNoticeKind;
  at: Date;
}

/** `recipients` selects (user_id, matter_id, task_key, data jsonb), a user at most once. */
function insertStaffNotices(recipients: Prisma.Sql, cause: StaffCause): Prisma.Sql {
  return Prisma.sql`INSERT INTO "StaffNotice" ("id", "key", "userId", "kind", "matterId", "taskKey", "data", "createdAt")
    SELECT gen_random_uuid()::text, ${cause.causeKey}::text || ':' || r.user_id, r.user_id, ${cause.kind}::text,
      r.matter_id, r.task_key, r.data, ${at(cause.at)}
    FROM (${recipients}) r
    ON CONFLICT ("key") DO NOTHING`;
}

/** What the bell shows of a matter (and of a task, when `t` is joined), plus the cause's own fields. */
const matterData = (extra: Record<string, string>, withTask: boolean) =>
  Prisma.sql`jsonb_build_object('receiptNo', m."receiptNo", 'itemName', m."itemName"${
    withTask ? Prisma.sql`, 'taskName', t."name"` : Prisma.empty
  }) || ${JSON.stringify(extra)}::jsonb`;

/** Active users of the task's department who may take it (the inbox's "department" scope: api/tasks/task-scope.sql.ts). */
const offeredUsers = Prisma.sql`SELECT u.id FROM "User" u JOIN "Department" d ON d.id = u."departmentId"
  WHERE d.code = t."candidateDepartmentCode" AND u.active AND (t."candidateRole" IS NULL OR t."candidateRole" = ANY(u.roles))`;

/** Everyone in the department a task is offered to (a new task, a task transferred to the department). */
export function staffNoticesForTaskSql(taskKey: string, cause: StaffCause): Prisma.Sql {
  return insertStaffNotices(
    Prisma.sql`SELECT DISTINCT ON (o.id) o.id AS user_id, t."matterId" AS matter_id, t."taskKey" AS task_key,
        ${matterData({}, true)} AS data
      FROM "Task" t JOIN "Matter" m ON m.id = t."matterId" CROSS JOIN LATERAL (${offeredUsers}) o
      WHERE t."taskKey" = ${taskKey}`,
    cause,
  );
}

/** One named user (a task transferred to them, a 督办 addressed to them, the clerk who accepted a matter). */
export function staffNoticeForUserSql(
  userId: string,
  matterId: string,
  cause: StaffCause & { data?: Record<string, string>; taskKey?: string },
): Prisma.Sql {
  const task = cause.taskKey
    ? Prisma.sql`LEFT JOIN "Task" t ON t."taskKey" = ${cause.taskKey}`
    : Prisma.sql`LEFT JOIN (SELECT NULL::text AS "name", NULL::text AS "taskKey") t ON true`;
  return insertStaffNotices(
    Prisma.sql`SELECT u.id AS user_id, m.id AS matter_id, t."taskKey" AS task_key,
        ${matterData(cause.data ?? {}, true)} AS data
      FROM "User" u CROSS JOIN "Matter" m ${task}
      WHERE u.id = ${userId} AND u.active AND m.id = ${matterId}`,
    cause,
  );
}

/**
 * Whoever works on the matter now: the holders of its open tasks, and for an open task nobody holds, everyone its
 * department may take it (督办 without a named recipient, a deadline warning).
 */
export function staffNoticesForHandlersSql(
  matterId: string,
  cause: StaffCause & { data?: Record<string, string> },
): Prisma.Sql {
  return insertStaffNotices(
    Prisma.sql`SELECT DISTINCT ON (h.id) h.id AS user_id, m.id AS matter_id, NULL::text AS task_key,
        ${matterData(cause.data ?? {}, true)} AS data
      FROM "Task" t JOIN "Matter" m ON m.id = t."matterId"
      CROSS JOIN LATERAL (
        SELECT u.id FROM "User" u WHERE u.id = t."assigneeId" AND u.active
        UNION SELECT o.id FROM (${offeredUsers}) o WHERE t."assigneeId" IS NULL
      ) h
      WHERE t."matterId" = ${matterId} AND t.status IN ('OPEN', 'CLAIMED')
      ORDER BY h.id, t."createdAt"`,
    cause,
  );
}

/** The centre's active managers (督办 or 整改 left unanswered, measures to review), as `id`. */
export const activeManagersSql = Prisma.sql`SELECT u.id FROM "User" u WHERE u.active AND 'MANAGER' = ANY(u.roles)`;

export function staffNoticesForManagersSql(
  matterId: string,
  cause: StaffCause & { data?: Record<string, string> },
): Prisma.Sql {
  return insertStaffNotices(
    Prisma.sql`SELECT mg.id AS user_id, m.id AS matter_id, NULL::text AS task_key,
        ${matterData(cause.data ?? {}, false)} AS data
      FROM (${activeManagersSql}) mg CROSS JOIN "Matter" m WHERE m.id = ${matterId}`,
    cause,
  );
}

/**
 * Who answers for a department (整改): its head when one is set and active, otherwise its active managers and
 * approvers. The one definition: api/rectifications reads who may reply through it too.
 */
export const departmentAnswerersSql = (departmentId: string | Prisma.Sql) =>
  Prisma.sql`SELECT u.id FROM "User" u JOIN "Department" d ON d.id = u."departmentId"
    WHERE d.id = ${departmentId} AND u.active AND (
      u.id = d."headUserId" OR (
        NOT EXISTS (SELECT 1 FROM "User" h WHERE h.id = d."headUserId" AND h.active)
        AND u.roles && ARRAY['MANAGER', 'APPROVER']::"Role"[]))`;

export function staffNoticesForDepartmentAnswerersSql(
  departmentId: string,
  matterId: string,
  cause: StaffCause & { data?: Record<string, string> },
): Prisma.Sql {
  return insertStaffNotices(
    Prisma.sql`SELECT a.id AS user_id, m.id AS matter_id, NULL::text AS task_key,
        ${matterData(cause.data ?? {}, false)} AS data
      FROM (${departmentAnswerersSql(departmentId)}) a CROSS JOIN "Matter" m WHERE m.id = ${matterId}`,
    cause,
  );
}

/** Every active user with one of the roles (an incident: the admins and managers who resolve it). */
export function staffNoticesForRolesSql(
  matterId: string,
  roles: readonly string[],
  cause: StaffCause & { data?: Record<string, string> },
): Prisma.Sql {
  return insertStaffNotices(
    Prisma.sql`SELECT u.id AS user_id, m.id AS matter_id, NULL::text AS task_key,
        ${matterData(cause.data ?? {}, false)} AS data
      FROM "User" u CROSS JOIN "Matter" m
      WHERE m.id = ${matterId} AND u.active AND u.roles && ${[...roles]}::"Role"[]`,
    cause,
  );
}
