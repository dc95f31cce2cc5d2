/**
 * A fault only a distributed layout has (cluster stage, one process per service): the history service — the one that
 * owns the shards, the workflows' state and their timers — is SIGKILLed while clerks accept matters and staff work
 * them, stays away, and comes back. The frontend, matching and the product's processes keep running throughout.
 * Nothing may be lost: every accepted matter has its workflow and reaches its end, nothing is written twice.
 */
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import type pg from 'pg';
import { clusterControl, type ClusterControl } from '../../../scripts/lib/temporal-cluster';
import { driveThroughFaults, inParallel, staffOf, type DriveStats, type FaultClient } from '../support/client';
import { duplicatesOf, faultDb, NO_DUPLICATES, shapeOf } from '../support/integrity';
import { intakeUntilAccepted, requiredMaterials, type IntakeOutcome } from '../support/load';
import { recordFindings } from '../support/report';
import { startFaultServices, type FaultServices } from '../support/services';
import { workflowCode } from '../../../worker/workflow-code';

jest.setTimeout(30 * 60_000);

const BEFORE = 20;
const DURING = 30;
const DOWN_MS = 15_000;
const ITEM = 'MZ-005';

let cluster: ClusterControl;
let services: FaultServices;
let staff: (username: string) => FaultClient;
let db: pg.Pool;
let connection: Connection;

beforeAll(async () => {
  const dir = process.env.OW_TEMPORAL_CLUSTER_DIR;
  if (!dir) throw new Error('the history-kill test needs a cluster stack: OW_TEST_TEMPORAL=cluster-per-service');
  cluster = clusterControl(dir);
  if (cluster.layout !== 'per-service') throw new Error('the history-kill test needs one process per service');
  services = await startFaultServices('history-kill');
  staff = await staffOf(services.apiUrl);
  db = faultDb();
  connection = await Connection.connect({ address: cluster.address });
});

afterAll(async () => {
  await services?.stop();
  await db?.end();
  await connection?.close();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('the history service SIGKILLed under load and restarted: every matter goes on, nothing is lost or doubled', async () => {
  const materials = await requiredMaterials(staff('clerk'), ITEM);
  const before = await inParallel(
    Array.from({ length: BEFORE }, (_, i) => i),
    4,
    () => intakeUntilAccepted(staff('clerk'), ITEM, materials, 300_000),
  );

  const stats: DriveStats = { retried: 0, statuses: {} };
  const driving = inParallel(before, 5, (m) => driveThroughFaults(staff, m.matterId, stats));
  const during = inParallel(
    Array.from({ length: DURING }, (_, i) => i),
    4,
    async (i) => {
      await pause(i * 300);
      return intakeUntilAccepted(staff('clerk'), ITEM, materials, 300_000);
    },
  );
  await pause(3000);
  const others = ['frontend', 'matching', 'worker'].map((name) => ({ name, pid: cluster.pid(name) }));
  const killedPid = cluster.pid('history');
  const killedAt = Date.now();
  await cluster.stop('history', { kill: true });
  await pause(DOWN_MS);
  const restartAt = Date.now();
  await cluster.start('history');
  const servingAfterMs = Date.now() - restartAt;
  const downSeconds = (Date.now() - killedAt) / 1000;

  const accepted: IntakeOutcome[] = [...before, ...(await during)];
  await driving;
  const outcomes = await inParallel(accepted.slice(BEFORE), 5, (m) => driveThroughFaults(staff, m.matterId, stats));

  const ids = accepted.map((a) => a.matterId);
  const { rows } = await db.query<{ workflowId: string }>(`SELECT "workflowId" FROM "Matter" WHERE id = ANY($1)`, [
    ids,
  ]);
  const client = new Client({ connection });
  const missingWorkflows: string[] = [];
  for (const { workflowId } of rows) {
    const described = await client.workflow
      .getHandle(workflowId)
      .describe()
      .catch(() => undefined);
    if (described?.status.name !== 'COMPLETED') missingWorkflows.push(workflowId);
  }
  // the histories written across the kill replay on the current code like the committed ones
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    /* installed already */
  }
  const histories = await Promise.all(
    rows.slice(0, 10).map(async ({ workflowId }) => ({
      workflowId,
      history: await client.workflow.getHandle(workflowId).fetchHistory(),
    })),
  );
  const replayFailures: string[] = [];
  for await (const result of Worker.runReplayHistories(workflowCode(process.env.WORKFLOW_BUNDLE), histories)) {
    if (result.error) replayFailures.push(`${result.workflowId}: ${String(result.error)}`);
  }
  const duplicates = await duplicatesOf(db, ids);
  const shape = await shapeOf(db, ids);
  const pendingStart = Number(
    (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Matter" WHERE status = 'PENDING_START'`)).rows[0].n,
  );
  const intakeFailures = accepted.flatMap((a) => a.failures);
  const othersAfter = others.map(({ name }) => ({ name, pid: cluster.pid(name) }));
  recordFindings('history-kill', {
    acceptedBefore: BEFORE,
    acceptedDuring: DURING,
    downSeconds,
    servingAfterRestartMs: servingAfterMs,
    intakeRetries: intakeFailures.length,
    intakeFailureStatuses: [...new Set(intakeFailures)],
    slowestIntakeMs: Math.max(...accepted.map((a) => a.ms)),
    driveAnswers: stats.statuses,
    retried: stats.retried,
    notCompletedInTemporal: missingWorkflows,
    outcomes: shape.statuses,
    tasksPerMatter: shape.tasksPerMatter,
    duplicates,
    pendingStart,
    replayed: histories.length,
    replayFailures,
  });

  expect(killedPid).toBeDefined();
  expect(cluster.pid('history')).not.toBe(killedPid);
  // the other services were never touched: the same processes before and after
  expect(othersAfter).toEqual(others);
  expect(rows).toHaveLength(BEFORE + DURING);
  expect(outcomes.every((o) => o === 'COMPLETED')).toBe(true);
  expect(shape.statuses).toEqual({ COMPLETED: BEFORE + DURING });
  expect(shape.tasksPerMatter).toEqual([5]);
  expect(missingWorkflows).toEqual([]);
  expect(duplicates).toEqual(NO_DUPLICATES);
  expect(pendingStart).toBe(0);
  expect(replayFailures).toEqual([]);
});
