/**
 * Fault 2: the Temporal server restarts while clerks accept matters and staff work them. The dev-server stack's
 * Temporal lives in memory, so there this test runs its own on a SQLite file (as `npm start` does) that survives the
 * restart; on a cluster stack every process of the stack's cluster restarts (support/temporal-control.ts). No matter
 * that was accepted may be lost: each has its workflow afterwards and reaches its end.
 */
import { Client, Connection } from '@temporalio/client';
import type pg from 'pg';
import { hasExited } from '../../scripts/lib/temporal-server';
import { driveThroughFaults, inParallel, staffOf, type DriveStats, type FaultClient } from './support/client';
import { duplicatesOf, faultDb, NO_DUPLICATES, shapeOf } from './support/integrity';
import { intakeUntilAccepted, requiredMaterials, type IntakeOutcome } from './support/load';
import { recordFindings } from './support/report';
import { startFaultServices, type FaultServices } from './support/services';
import { restartableTemporal, type RestartableTemporal } from './support/temporal-control';

jest.setTimeout(30 * 60_000);

const BEFORE = 20;
const DURING = 40;
const DOWN_MS = 5000;
const ITEM = 'MZ-005';

let temporalServer: RestartableTemporal;
let services: FaultServices;
let staff: (username: string) => FaultClient;
let db: pg.Pool;

beforeAll(async () => {
  temporalServer = await restartableTemporal();
  services = await startFaultServices('temporal-restart', { temporalAddress: temporalServer.address });
  staff = await staffOf(services.apiUrl);
  db = faultDb();
});

afterAll(async () => {
  await services?.stop();
  // the stack's cluster is the stack's to stop; a dev server of the test's own is the test's
  if (temporalServer?.kind === 'dev server (SQLite file)') await temporalServer.stop();
  await db?.end();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a Temporal restart under load loses no accepted matter', async () => {
  const materials = await requiredMaterials(staff('clerk'), ITEM);
  const before = await inParallel(
    Array.from({ length: BEFORE }, (_, i) => i),
    4,
    () => intakeUntilAccepted(staff('clerk'), ITEM, materials),
  );

  // load: clerks keep accepting and staff keep working the earlier matters while the server goes away and comes back
  const stats: DriveStats = { retried: 0, statuses: {} };
  const driving = inParallel(before, 5, (m) => driveThroughFaults(staff, m.matterId, stats));
  const during = inParallel(
    Array.from({ length: DURING }, (_, i) => i),
    4,
    async (i) => {
      await pause(i * 150);
      return intakeUntilAccepted(staff('clerk'), ITEM, materials);
    },
  );
  await pause(2000);
  const stoppedAt = Date.now();
  await temporalServer.stop();
  await pause(DOWN_MS);
  await temporalServer.start();
  const downSeconds = (Date.now() - stoppedAt) / 1000;
  const accepted: IntakeOutcome[] = [...before, ...(await during)];
  await driving;
  const workerSurvived = !hasExited(services.worker());
  if (!workerSurvived) await services.startWorker();

  // every accepted matter has its workflow, running or done, in the restarted server
  const connection = await Connection.connect({ address: temporalServer.address });
  const client = new Client({ connection });
  const ids = accepted.map((a) => a.matterId);
  const { rows } = await db.query<{ id: string; workflowId: string; status: string }>(
    `SELECT id, "workflowId", status FROM "Matter" WHERE id = ANY($1)`,
    [ids],
  );
  const missingWorkflows: string[] = [];
  for (const row of rows) {
    const described = await client.workflow
      .getHandle(row.workflowId)
      .describe()
      .catch(() => undefined);
    if (!described) missingWorkflows.push(row.workflowId);
  }
  await connection.close();
  const outcomes = await inParallel(accepted.slice(BEFORE), 5, (m) => driveThroughFaults(staff, m.matterId, stats));

  const duplicates = await duplicatesOf(db, ids);
  const shape = await shapeOf(db, ids);
  const pendingStart = Number(
    (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Matter" WHERE status = 'PENDING_START'`)).rows[0].n,
  );
  const intakeFailures = accepted.flatMap((a) => a.failures);
  recordFindings('temporal-restart', {
    restarted: temporalServer.kind,
    acceptedBefore: BEFORE,
    acceptedDuring: DURING,
    downSeconds,
    workerSurvived,
    intakeRetries: intakeFailures.length,
    intakeFailureStatuses: [...new Set(intakeFailures)],
    slowestIntakeMs: Math.max(...accepted.map((a) => a.ms)),
    driveAnswers: stats.statuses,
    missingWorkflows,
    outcomes: shape.statuses,
    tasksPerMatter: shape.tasksPerMatter,
    duplicates,
    pendingStart,
  });

  expect(rows).toHaveLength(BEFORE + DURING);
  expect(missingWorkflows).toEqual([]);
  expect(outcomes.every((o) => o === 'COMPLETED')).toBe(true);
  expect(shape.statuses).toEqual({ COMPLETED: BEFORE + DURING });
  expect(shape.tasksPerMatter).toEqual([5]);
  expect(duplicates).toEqual(NO_DUPLICATES);
  expect(pendingStart).toBe(0);
});
