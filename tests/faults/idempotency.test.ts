/**
 * Fault 4: a clerk's intake retried by a flaky network: 100 requests with one idempotency key at the same moment
 * must make exactly one matter (one receipt number, one workflow, one acceptance event, one audit entry).
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { FaultClient, inParallel, intakeBody } from './support/client';
import { faultDb } from './support/integrity';
import { recordFindings } from './support/report';
import { API_URL } from '../support/api-client';

jest.setTimeout(5 * 60_000);

const REQUESTS = 100;
let db: pg.Pool;

beforeAll(() => {
  db = faultDb();
});
afterAll(async () => {
  await db?.end();
});

const countOf = async (sql: string, params: unknown[]) =>
  Number((await db.query<{ n: string }>(sql, params)).rows[0].n);

test(`${REQUESTS} concurrent intakes with one idempotency key make exactly one matter`, async () => {
  const clerk = await FaultClient.login(API_URL, 'clerk');
  const guide = await clerk.get('/items/MZ-005');
  const materials = (guide.body.materials as Array<{ code: string; required: boolean }>)
    .filter((m) => m.required)
    .map((m) => m.code);
  const key = randomUUID();
  const body = intakeBody('MZ-005', materials, key);
  const receiptsBefore = await countOf(`SELECT count(*) AS n FROM "Matter"`, []);

  // one request per connection, all released together
  const answers = await inParallel(
    Array.from({ length: REQUESTS }, (_, i) => i),
    REQUESTS,
    () => clerk.post('/matters/intake', body),
  );

  const statuses: Record<number, number> = {};
  for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  const matterIds = new Set(answers.filter((a) => a.status === 201).map((a) => a.body.matter.id as string));
  const receipts = new Set(answers.filter((a) => a.status === 201).map((a) => a.body.matter.receiptNo as string));
  const [matter] = (
    await db.query<{ id: string; workflowId: string; receiptNo: string }>(
      `SELECT id, "workflowId", "receiptNo" FROM "Matter" WHERE "idempotencyKey" = $1`,
      [key],
    )
  ).rows;
  const rows = {
    matters: await countOf(`SELECT count(*) AS n FROM "Matter" WHERE "idempotencyKey" = $1`, [key]),
    newMatters: (await countOf(`SELECT count(*) AS n FROM "Matter"`, [])) - receiptsBefore,
    acceptedEvents: await countOf(
      `SELECT count(*) AS n FROM "MatterEvent" WHERE "matterId" = $1 AND type = 'matter.accepted'`,
      [matter?.id],
    ),
    auditEntries: await countOf(
      `SELECT count(*) AS n FROM "AuditLog" WHERE action = 'matter.accept' AND "objectId" = $1`,
      [matter?.id],
    ),
    firstTasks: 0,
  };
  // the one workflow runs: its first task (受理) opens once (within two minutes: after the Temporal-restart suite on
  // the same stack a workflow task may wait out the worker's sticky timeout, 60 s, before another takes it)
  for (let i = 0; i < 240 && rows.firstTasks === 0; i++) {
    rows.firstTasks = await countOf(`SELECT count(*) AS n FROM "Task" WHERE "matterId" = $1`, [matter?.id]);
    if (rows.firstTasks === 0) await new Promise((r) => setTimeout(r, 500));
  }
  recordFindings('idempotency', {
    requests: REQUESTS,
    statuses,
    distinctMatterIds: matterIds.size,
    distinctReceipts: receipts.size,
    ...rows,
  });

  expect(statuses).toEqual({ 201: REQUESTS });
  expect(matterIds.size).toBe(1);
  expect(receipts).toEqual(new Set([matter.receiptNo]));
  expect(rows).toEqual({ matters: 1, newMatters: 1, acceptedEvents: 1, auditEntries: 1, firstTasks: 1 });
});
