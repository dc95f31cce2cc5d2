import type pg from 'pg';
import type { Fixtures } from '../lib/fixtures';

/** Back-office departments take turns leading; the window has a share of the open steps (出证, 回交). */
export const LEAD_DEPARTMENTS = ['MINZHENG', 'CANLIAN', 'WEIJIAN', 'RENSHE', 'ZIRAN', 'NONGYE', 'ZHUJIAN'];
export const INBOX_DEPARTMENTS = [...LEAD_DEPARTMENTS, 'WINDOW'];
export const INBOX_USERS = 20;
/** one recent matter in OPEN_EVERY is still open; the rest, and everything older, is history */
const OPEN_EVERY = 50;
const OPEN_WITHIN_MINUTES = 120 * 24 * 60;

export interface InboxUser {
  username: string;
  departmentCode: string;
}

export const inboxUsers = (): InboxUser[] =>
  Array.from({ length: INBOX_USERS }, (_, k) => ({
    username: `bench-inbox-${String(k + 1).padStart(2, '0')}`,
    departmentCode: INBOX_DEPARTMENTS[k % INBOX_DEPARTMENTS.length],
  }));

export async function seedInboxUsers(pool: pg.Pool): Promise<void> {
  for (const u of inboxUsers()) {
    await pool.query(
      `INSERT INTO "User" (id, username, "displayName", "passwordHash", roles, "departmentId", "updatedAt")
       SELECT gen_random_uuid()::text, $1, $1, 'bench: no password', $2::"Role"[], d.id, now() FROM "Department" d WHERE d.code = $3`,
      [u.username, u.departmentCode === 'WINDOW' ? '{CLERK}' : '{APPROVER}', u.departmentCode],
    );
  }
  // who may hold a claimed task of each department: the bench users of that department, numbered from 1
  await pool.query('DROP TABLE IF EXISTS bench_assignee');
  await pool.query(
    `CREATE TABLE bench_assignee AS
       SELECT d.code AS dept, row_number() OVER (PARTITION BY d.code ORDER BY u.username) AS k, u.id AS user_id,
              count(*) OVER (PARTITION BY d.code) AS n
         FROM "User" u JOIN "Department" d ON d.id = u."departmentId" WHERE u.username LIKE 'bench-inbox-%'`,
  );
}

/**
 * Matters `from`..`to` (1-based, one statement): matter i was accepted i minutes ago, one in 50 of the last 120
 * days' is still open; each with two tasks (受理 done at the window, then the lead department's review, open or done). An open
 * review is claimed by a bench user in one case of three; one open step in eight waits at the window.
 */
export async function seedInboxMatters(pool: pg.Pool, fixtures: Fixtures, from: number, to: number): Promise<void> {
  await pool.query(
    `INSERT INTO "Matter" (id, "receiptNo", "idempotencyKey", "workflowId", "itemId", "procedureVersionId", kind, status, "applicantName",
       "applicantIdCipher", "applicantIdMasked", "applicantIdDigest", "applicantPhoneCipher", "phoneLast4", "acceptedById",
       "acceptedDepartmentCode", "itemCode", "itemName", "leadDepartmentCode", "departmentCodes", "acceptedAt", "acceptedOn",
       "promisedDays", "statutoryDays", "dueDate", "dueAt", "warningLevel", "completedAt", materials, "createdAt", "updatedAt")
     SELECT md5('bench-inbox-' || i)::uuid::text, 'IB' || lpad(i::text, 9, '0'), 'bench-inbox-' || i, 'matter-IB' || lpad(i::text, 9, '0'),
       $1, $2, 'PROMISED', CASE WHEN open THEN 'IN_PROGRESS' ELSE 'COMPLETED' END::"MatterStatus", '张三', 'v1:bench',
       '110101********0011', md5(i::text), 'v1:bench', '0000', $3, 'WINDOW', 'BENCH-3', '基准测试事项', lead, ARRAY[lead],
       accepted, to_char(accepted, 'YYYY-MM-DD'), 10, 20, to_char(accepted + interval '14 days', 'YYYY-MM-DD'), accepted + interval '14 days',
       CASE WHEN open AND accepted + interval '14 days' < now() THEN 'RED' ELSE 'NONE' END::"WarningLevel",
       CASE WHEN open THEN NULL ELSE accepted + interval '9 days' END, '[]', accepted, now()
     FROM (SELECT i, i % ${OPEN_EVERY} = 0 AND i <= ${OPEN_WITHIN_MINUTES} AS open, i * interval '1 minute' AS age,
                  (ARRAY[${LEAD_DEPARTMENTS.map((d) => `'${d}'`).join(',')}])[1 + i % ${LEAD_DEPARTMENTS.length}] AS lead
             FROM generate_series($4::int, $5::int) AS i) g,
          LATERAL (SELECT now() - g.age AS accepted) a`,
    [fixtures.itemId, fixtures.procedureVersionId, fixtures.actors.clerk.userId, from, to],
  );
  await pool.query(
    `INSERT INTO "Task" (id, "matterId", "taskKey", "nodeId", name, "stepKind", "candidateDepartmentCode", "candidateRole", "assigneeId",
       status, "dueAt", decision, "createdAt", "completedAt", "completedById")
     SELECT md5('bench-task-a-' || m.n)::uuid::text, m.id, m."workflowId" || '/t1', 'Task_Receive', '受理', 'receive', 'WINDOW', 'CLERK', $1,
            'COMPLETED', NULL, 'complete', m."acceptedAt", m."acceptedAt" + interval '10 minutes', $1
       FROM (SELECT id, "workflowId", "acceptedAt", substring("receiptNo" FROM 3)::int AS n FROM "Matter"
              WHERE "receiptNo" BETWEEN 'IB' || lpad($2::text, 9, '0') AND 'IB' || lpad($3::text, 9, '0')) m
     UNION ALL
     SELECT md5('bench-task-b-' || m.n)::uuid::text, m.id, m."workflowId" || '/t2', 'Task_Review', '审查', 'review', dept,
            CASE WHEN dept = 'WINDOW' THEN 'CLERK' ELSE 'APPROVER' END::"Role", assignee,
            CASE WHEN NOT m.open THEN 'COMPLETED' WHEN assignee IS NULL THEN 'OPEN' ELSE 'CLAIMED' END::"TaskStatus",
            m."acceptedAt" + interval '10 days', CASE WHEN m.open THEN NULL ELSE 'complete' END,
            m."acceptedAt" + interval '10 minutes', CASE WHEN m.open THEN NULL ELSE m."acceptedAt" + interval '9 days' END,
            CASE WHEN m.open THEN NULL ELSE $1 END
       FROM (SELECT id, "workflowId", "acceptedAt", "leadDepartmentCode", status = 'IN_PROGRESS' AS open, substring("receiptNo" FROM 3)::int AS n
               FROM "Matter" WHERE "receiptNo" BETWEEN 'IB' || lpad($2::text, 9, '0') AND 'IB' || lpad($3::text, 9, '0')) m,
            LATERAL (SELECT CASE WHEN m.open AND (m.n / ${OPEN_EVERY}) % 8 = 7 THEN 'WINDOW' ELSE m."leadDepartmentCode" END AS dept) d,
            LATERAL (SELECT CASE WHEN m.open AND (m.n / ${OPEN_EVERY}) % 3 = 0
                       THEN (SELECT user_id FROM bench_assignee b WHERE b.dept = d.dept AND b.k = 1 + (m.n / ${OPEN_EVERY}) % b.n) END AS assignee) a`,
    [fixtures.actors.clerk.userId, from, to],
  );
}
