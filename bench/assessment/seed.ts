import type pg from 'pg';
import type { Fixtures } from '../lib/fixtures';
import { LEAD_DEPARTMENTS } from '../inbox/seed';

/** the people a centre of this size has: window clerks, ten approvers a department, two agents a village station */
const CLERKS = 10;
const APPROVERS_EACH = 10;
const STATIONS = 50;
const AGENTS = 2 * STATIONS;

/** ids the matters can name by formula */
const userId = (name: string) => `md5('bench-as-user-' || ${name})::uuid::text`;
const clerkOf = (i: string) => userId(`'clerk-' || (${i}) % ${CLERKS}`);
const agentOf = (i: string) => userId(`'agent-' || (${i}) % ${AGENTS}`);
const approverOf = (dept: string, i: string) =>
  userId(`'approver-' || ${dept} || '-' || ((${i}) / 7) % ${APPROVERS_EACH}`);

export async function seedAssessmentPeople(pool: pg.Pool): Promise<void> {
  await pool.query(
    `INSERT INTO "ServiceStation" (id, code, name, village)
     SELECT md5('bench-as-station-' || k)::uuid::text, 'BENCH-ST-' || lpad(k::text, 3, '0'), '基准便民服务站' || k, '基准村' || k
       FROM generate_series(0, ${STATIONS - 1}) k`,
  );
  const user = (name: string, role: string, dept: string, station = 'NULL') =>
    `SELECT ${userId(name)}, 'bench-as-' || ${name}, '基准-' || ${name}, 'bench: no password', '{${role}}'::"Role"[],
            (SELECT id FROM "Department" WHERE code = ${dept}), ${station}, now()`;
  await pool.query(
    `INSERT INTO "User" (id, username, "displayName", "passwordHash", roles, "departmentId", "stationId", "updatedAt")
     ${user(`'clerk-' || k`, 'CLERK', `'WINDOW'`)} FROM generate_series(0, ${CLERKS - 1}) k
     UNION ALL ${user(`'approver-' || d || '-' || k`, 'APPROVER', 'd')}
       FROM unnest($1::text[]) d, generate_series(0, ${APPROVERS_EACH - 1}) k
     UNION ALL ${user(`'agent-' || k`, 'AGENT', `'WINDOW'`, `md5('bench-as-station-' || k % ${STATIONS})::uuid::text`)}
       FROM generate_series(0, ${AGENTS - 1}) k`,
    [LEAD_DEPARTMENTS],
  );
}

/**
 * Matters `from`..`to` (1-based): matter i was accepted i minutes ago at one of the windows, one in three brought by a
 * village agent, reviewed by an approver of its lead department, promised 14 days and finished 5 to 16 days after
 * acceptance (late one time in six), one in twenty a 退办; those that would finish in the future are still open. One
 * in four finished matters is rated the day after (1–5 stars, naming its clerk); one in twenty brings a first ask the
 * day it is accepted. Written in the order the product writes them: the matter, its steps and the rating while it
 * runs, then the finish, so the database writes each matter's facts once.
 */
export async function seedAssessmentMatters(
  pool: pg.Pool,
  fixtures: Fixtures,
  from: number,
  to: number,
): Promise<void> {
  const n = `substring(m."receiptNo" FROM 3)::int`;
  const ofChunk = `m."receiptNo" BETWEEN 'AS' || lpad($1::text, 9, '0') AND 'AS' || lpad($2::text, 9, '0')`;
  const finishes = `m."acceptedAt" + (5 + ${n} % 12) * interval '1 day'`;
  await pool.query(
    `INSERT INTO "Matter" (id, "receiptNo", "idempotencyKey", "workflowId", "itemId", "procedureVersionId", kind, status, "applicantName",
       "applicantIdCipher", "applicantIdMasked", "applicantIdDigest", "applicantPhoneCipher", "phoneLast4", "acceptedById",
       "acceptedDepartmentCode", "itemCode", "itemName", "leadDepartmentCode", "departmentCodes", "acceptedAt", "acceptedOn",
       "promisedDays", "statutoryDays", "dueDate", "dueAt", materials, "agentId", "viaAgent", "createdAt", "updatedAt")
     SELECT md5('bench-as-' || i)::uuid::text, 'AS' || lpad(i::text, 9, '0'), 'bench-as-' || i, 'matter-AS' || lpad(i::text, 9, '0'),
       $3, $4, 'PROMISED', 'IN_PROGRESS', '张三', 'v1:bench', '110101********0011', md5(i::text), 'v1:bench', '0000', ${clerkOf('i')},
       'WINDOW', 'BENCH-3', '基准测试事项', lead, ARRAY[lead], accepted, to_char(accepted, 'YYYY-MM-DD'), 10, 20,
       to_char(accepted + interval '14 days', 'YYYY-MM-DD'), accepted + interval '14 days', '[]',
       CASE WHEN i % 3 = 0 THEN ${agentOf('i / 3')} END, i % 3 = 0, accepted, now()
     FROM generate_series($1::int, $2::int) AS i,
       LATERAL (SELECT now() - i * interval '1 minute' AS accepted,
                       ($5::text[])[1 + i % ${LEAD_DEPARTMENTS.length}] AS lead) a`,
    [from, to, fixtures.itemId, fixtures.procedureVersionId, LEAD_DEPARTMENTS],
  );
  await pool.query(
    `INSERT INTO "Task" (id, "matterId", "taskKey", "nodeId", name, "stepKind", "candidateDepartmentCode", "candidateRole",
       status, decision, "createdAt", "completedAt", "completedById")
     SELECT md5('bench-as-task-a-' || ${n})::uuid::text, m.id, m."workflowId" || '/t1', 'Task_Receive', '受理', 'receive', 'WINDOW',
            'CLERK'::"Role", 'COMPLETED'::"TaskStatus", 'complete', m."acceptedAt", m."acceptedAt" + interval '10 minutes', m."acceptedById"
       FROM "Matter" m WHERE ${ofChunk}
     UNION ALL
     SELECT md5('bench-as-task-b-' || ${n})::uuid::text, m.id, m."workflowId" || '/t2', 'Task_Review', '审查', 'review',
            m."leadDepartmentCode", 'APPROVER'::"Role", 'COMPLETED'::"TaskStatus", 'complete', m."acceptedAt" + interval '10 minutes',
            m."acceptedAt" + interval '4 days', ${approverOf('m."leadDepartmentCode"', n)}
       FROM "Matter" m WHERE ${ofChunk} AND ${finishes} <= now()`,
    [from, to],
  );
  await pool.query(
    `INSERT INTO "Rating" (id, "matterId", score, "staffId", at)
     SELECT md5('bench-as-rating-' || ${n})::uuid::text, m.id, 1 + (${n} / 4) % 5, m."acceptedById", ${finishes} + interval '1 day'
       FROM "Matter" m WHERE ${ofChunk} AND ${n} % 4 = 0 AND ${finishes} + interval '1 day' <= now()`,
    [from, to],
  );
  await pool.query(
    `INSERT INTO "FirstAsk" (id, channel, "responderId", question, outcome, answer, "askedAt")
     SELECT md5('bench-as-ask-' || ${n})::uuid::text, 'AGENT', coalesce(m."agentId", m."acceptedById"), '怎么办理', 'ANSWERED',
            '一次告知所需材料', m."acceptedAt"
       FROM "Matter" m WHERE ${ofChunk} AND ${n} % 20 = 0`,
    [from, to],
  );
  await pool.query(
    `UPDATE "Matter" m SET status = CASE WHEN ${n} % 20 = 0 THEN 'REJECTED' ELSE 'COMPLETED' END::"MatterStatus",
       "completedAt" = ${finishes}, "updatedAt" = now()
     WHERE ${ofChunk} AND ${finishes} <= now()`,
    [from, to],
  );
}
