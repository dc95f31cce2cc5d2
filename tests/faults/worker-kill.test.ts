/**
 * Fault 1: the worker dies by SIGKILL while activities run and while matters wait at user tasks, several times,
 * and is started again. Every matter must still reach its end, with no row written twice.
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import type pg from 'pg';
import { driveThroughFaults, FaultClient, inParallel, intakeBody, staffOf, type DriveStats } from './support/client';
import { formFor, waitFor, WORKER_OF } from '../support/matters';
import { duplicatesOf, faultDb, NO_DUPLICATES, shapeOf } from './support/integrity';
import { recordFindings } from './support/report';
import { startFaultServices, type FaultServices } from './support/services';
import { workflowCode } from '../../worker/workflow-code';

jest.setTimeout(30 * 60_000);

// 40 in npm test's time budget (kills land every 11 s through about two minutes of driving); FAULT_MATTERS=100 for more
const MATTERS = Number(process.env.FAULT_MATTERS ?? 40);
const ITEM = 'MZ-005'; // 惠民殡葬补助: the promised procedure, five user tasks and the 出证 service activity
const IMMEDIATE_ITEM = 'MZ-004'; // 高龄津贴申请, 即办件: the accepting clerk finishes its window step at once
const KILL_EVERY_MS = 8000;
const DOWN_MS = 3000;

let services: FaultServices;
let staff: (username: string) => FaultClient;
let db: pg.Pool;
let connection: Connection;
let temporal: Client;

beforeAll(async () => {
  services = await startFaultServices('worker-kill');
  staff = await staffOf(services.apiUrl);
  db = faultDb();
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  temporal = new Client({ connection });
});

afterAll(async () => {
  await services?.stop();
  await db?.end();
  await connection?.close();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Kill {
  at: string;
  pendingActivities: number;
  sampled: number;
  openTasks: number;
}

/** What the matters were doing when the worker died: activities in flight (a sample) and tasks waiting. */
async function snapshot(matterIds: string[]): Promise<Omit<Kill, 'at'>> {
  const ids = await db.query<{ workflowId: string }>(
    `SELECT "workflowId" FROM "Matter" WHERE id = ANY($1) AND status = 'IN_PROGRESS' LIMIT 40`,
    [matterIds],
  );
  const sample = ids.rows.map((r) => r.workflowId);
  const described = await Promise.all(
    sample.map((id) =>
      temporal.workflowService
        .describeWorkflowExecution({
          namespace: 'default',
          execution: { workflowId: id },
        })
        .catch(() => undefined),
    ),
  );
  const pendingActivities = described.reduce((n, d) => n + (d?.pendingActivities?.length ?? 0), 0);
  const { rows } = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM "Task" WHERE "matterId" = ANY($1) AND status IN ('OPEN', 'CLAIMED')`,
    [matterIds],
  );
  return { pendingActivities, sampled: sample.length, openTasks: Number(rows[0].n) };
}

async function requiredMaterials(item = ITEM) {
  const guide = await staff('clerk').get(`/items/${item}`);
  return (guide.body.materials as Array<{ code: string; required: boolean }>)
    .filter((m) => m.required)
    .map((m) => m.code);
}

test(`SIGKILL of the worker during activities and user-task waits: all ${MATTERS} matters finish, nothing doubles`, async () => {
  const materials = await requiredMaterials();
  const kills: Kill[] = [];
  const matterIds: string[] = [];
  const workflowIds: string[] = [];
  const killAndRestart = async () => {
    const seen = await snapshot(matterIds);
    // with two workers (a cluster stack) one dies at a time and the other works on, as when one machine of several
    // fails; with one, the only one
    await services.killWorker('one');
    kills.push({ at: new Date().toISOString(), ...seen });
    await pause(DOWN_MS);
    await services.startWorker();
  };

  // the first kill lands while the new matters run their first activities (deadline, task rows, events)
  const intake = inParallel(
    Array.from({ length: MATTERS }, (_, i) => i),
    8,
    async () => {
      const res = await staff('clerk').post('/matters/intake', intakeBody(ITEM, materials));
      expect(res.status).toBe(201);
      matterIds.push(res.body.matter.id);
    },
  );
  await pause(1500);
  await killAndRestart();
  await intake;
  const { rows } = await db.query<{ workflowId: string }>(`SELECT "workflowId" FROM "Matter" WHERE id = ANY($1)`, [
    matterIds,
  ]);
  workflowIds.push(...rows.map((r) => r.workflowId));

  // then staff work the matters while the worker keeps dying under them
  let driving = true;
  const chaos = (async () => {
    while (driving) {
      await pause(KILL_EVERY_MS);
      if (driving) await killAndRestart();
    }
  })();
  const stats: DriveStats = { retried: 0, statuses: {} };
  const started = Date.now();
  const outcomes = await inParallel(matterIds, 10, (id) => driveThroughFaults(staff, id, stats)).finally(() => {
    driving = false;
  });
  await chaos;
  const driveSeconds = Math.round((Date.now() - started) / 1000);

  const duplicates = await duplicatesOf(db, matterIds);
  const shape = await shapeOf(db, matterIds);
  // the histories these kills produced must replay on the current code like the committed ones
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    /* installed already */
  }
  const histories = await Promise.all(
    workflowIds.slice(0, 10).map(async (workflowId) => ({
      workflowId,
      history: await temporal.workflow.getHandle(workflowId).fetchHistory(),
    })),
  );
  const replayFailures: string[] = [];
  for await (const result of Worker.runReplayHistories(workflowCode(process.env.WORKFLOW_BUNDLE), histories)) {
    if (result.error) replayFailures.push(`${result.workflowId}: ${String(result.error)}`);
  }
  recordFindings('worker-kill', {
    matters: MATTERS,
    kills,
    driveSeconds,
    answers: stats.statuses,
    retried: stats.retried,
    outcomes: shape.statuses,
    tasksPerMatter: shape.tasksPerMatter,
    eventsPerMatter: shape.eventsPerMatter,
    duplicates,
    replayed: histories.length,
    replayFailures,
  });

  expect(kills.length).toBeGreaterThanOrEqual(3);
  expect(kills.some((k) => k.pendingActivities > 0)).toBe(true);
  expect(kills.some((k) => k.openTasks > 0)).toBe(true);
  expect(outcomes.every((o) => o === 'COMPLETED')).toBe(true);
  expect(shape.statuses).toEqual({ COMPLETED: MATTERS });
  expect(shape.tasksPerMatter).toEqual([5]);
  expect(duplicates).toEqual(NO_DUPLICATES);
  expect(replayFailures).toEqual([]);
});

// With no worker at all, a human step (an Update) would wait for one without end: the API answers 503 after
// TEMPORAL_UPDATE_WAIT_SECONDS (30 s here) instead, and the step is not lost either way once a worker is back. Retried
// with its Idempotency-Key, the step joins the first attempt instead of being refused as a second one.
// An immediate matter (即办件) is still accepted then: the window step it cannot finish at once waits in the inbox.
test('with no worker running, a human step answers 503 "not confirmed" instead of hanging, its retry gets the outcome, an immediate matter is still accepted, and both finish', async () => {
  const res = await staff('clerk').post('/matters/intake', intakeBody(ITEM, await requiredMaterials()));
  expect(res.status).toBe(201);
  const matterId: string = res.body.matter.id;
  const task = await waitFor(
    'the first task to open',
    async () => {
      const detail = await staff('manager').get(`/matters/${matterId}`);
      return (
        detail.body.tasks as
          Array<{ id: string; taskKey: string; status: string; candidateDepartmentCode: string }> | undefined
      )?.find((t) => t.status === 'OPEN');
    },
    120_000,
  );
  const worker = staff(WORKER_OF[task.candidateDepartmentCode]);
  expect((await worker.post(`/tasks/${task.id}/claim`)).status).toBe(200);
  const form = (await worker.get(`/tasks/${task.id}`)).body;
  const key = randomUUID();
  const complete = () =>
    worker.request(
      'POST',
      `/tasks/${task.id}/complete`,
      { decision: form.allowedDecisions[0], comment: '同意', formData: formFor(form.formFields) },
      { 'idempotency-key': key },
    );

  await services.killWorker();
  const [completed, immediate] = await Promise.all([
    complete(),
    staff('clerk').post('/matters/intake', intakeBody(IMMEDIATE_ITEM, await requiredMaterials(IMMEDIATE_ITEM))),
  ]);
  const { rows: unconfirmed } = await db.query(
    `SELECT action, detail FROM "AuditLog" WHERE "objectType" = 'Task' AND "objectId" = $1 AND action = 'task.complete'`,
    [task.id],
  );
  await services.startWorker();
  const retried = await complete();
  const { rows: completions } = await db.query(
    `SELECT id FROM "MatterEvent" WHERE "matterId" = $1 AND type = 'task.completed' AND data->>'taskKey' = $2`,
    [matterId, task.taskKey],
  );
  const stats: DriveStats = { retried: 0, statuses: {} };
  const ids = [matterId, immediate.body.matter?.id].filter(Boolean);
  const outcomes = await Promise.all(ids.map((id) => driveThroughFaults(staff, id, stats)));
  const duplicates = await duplicatesOf(db, ids);
  recordFindings('update-without-worker', {
    completeWhileNoWorker: { status: completed.status, code: completed.body?.error?.code },
    retriedWithItsKey: { status: retried.status, taskStatus: retried.body?.status },
    completions: completions.length,
    immediateIntakeWhileNoWorker: { status: immediate.status, matterStatus: immediate.body.matter?.status },
    outcomes,
    answers: stats.statuses,
    duplicates,
  });

  expect(completed.status).toBe(503);
  expect(completed.body.error).toMatchObject({
    code: 'UNAVAILABLE',
    message: '流程引擎繁忙，本次操作尚未确认：可稍后再次提交，同一操作不会重复办理',
  });
  // the step may have applied later: the attempt is in the audit log, marked unconfirmed, with its key
  expect(unconfirmed).toEqual([{ action: 'task.complete', detail: { confirmed: false, key } }]);
  expect([retried.status, retried.body.status]).toEqual([200, 'COMPLETED']);
  expect(completions).toHaveLength(1);
  expect(immediate.status).toBe(201);
  expect(immediate.body.matter.status).toBe('IN_PROGRESS');
  expect(outcomes).toEqual(['COMPLETED', 'COMPLETED']);
  expect(duplicates).toEqual(NO_DUPLICATES);
});
