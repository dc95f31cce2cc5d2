/**
 * Issue 25: an incident raised under a fault. A service task fails on every attempt of its retry budget while the
 * worker is killed and started again in the middle of the retries. The incident must be raised exactly once, a
 * manager retries it through the API once the cause is cured, the matter completes, and the database says what the
 * workflow says.
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type pg from 'pg';
import { getState } from '../../workflows/procedure-contract';
import { testDb } from '../support/db';
import { applicant, waitFor } from '../support/matters';
import { poison } from '../support/poisoned-writes';
import { intakeBody, staffOf, type FaultClient } from './support/client';
import { duplicatesOf, faultDb, NO_DUPLICATES } from './support/integrity';
import { requiredMaterials } from './support/load';
import { recordFindings } from './support/report';
import { startFaultServices, type FaultServices } from './support/services';

jest.setTimeout(10 * 60_000);

const ITEM = 'MZ-004'; // 即办件: the issueResult service task runs as soon as it is accepted
// a budget long enough to kill the worker between its attempts: 2 s, 4 s, 4 s, 4 s between the five
const BUDGET = { SERVICE_RETRY_MAX_ATTEMPTS: '5', SERVICE_RETRY_INITIAL_SECONDS: '2', SERVICE_RETRY_MAX_SECONDS: '4' };

let services: FaultServices;
let staff: (username: string) => FaultClient;
let pool: pg.Pool;
let connection: Connection;
let temporal: Client;
const db = testDb();

beforeAll(async () => {
  services = await startFaultServices('incident', { env: BUDGET });
  staff = await staffOf(services.apiUrl);
  pool = faultDb();
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  temporal = new Client({ connection });
});

afterAll(async () => {
  await services?.stop();
  await pool?.end();
  await db.$disconnect();
  await connection?.close();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The attempt the matter's service activity (runService: issueResult) is on, once it has failed at least once (0 while none pends). */
async function serviceAttempt(workflowId: string): Promise<number> {
  const described = await temporal.workflowService.describeWorkflowExecution({
    namespace: 'default',
    execution: { workflowId },
  });
  const pending = described.pendingActivities?.find((a) => a.activityType?.name === 'runService');
  return pending?.attempt ?? 0;
}

test('a service past its budget while the worker dies mid-retries: one incident, retried by a manager, the matter completes, database and workflow agree', async () => {
  const name = `故障${randomUUID().slice(0, 6)}`;
  const cure = await poison(
    db,
    'MatterResult',
    `NEW."matterId" IN (SELECT m.id FROM "Matter" m WHERE m."applicantName" = '${name}')`,
  );
  try {
    const materials = await requiredMaterials(staff('clerk'), ITEM);
    const res = await staff('clerk').post('/matters/intake', {
      ...intakeBody(ITEM, materials),
      applicant: { ...applicant(), name },
    });
    expect(res.status).toBe(201);
    const { id: matterId, receiptNo } = res.body.matter as { id: string; receiptNo: string };
    const { workflowId } = await db.matter.findUniqueOrThrow({ where: { id: matterId }, select: { workflowId: true } });

    // the kill lands between two attempts of the budget: the retries go on in the server while no worker runs
    const attemptAtKill = await waitFor(
      'the service to fail once',
      async () => {
        const attempt = await serviceAttempt(workflowId);
        return attempt >= 2 && attempt;
      },
      120_000,
    );
    await services.killWorker();
    await pause(3000);
    await services.startWorker();

    const manager = staff('manager');
    const incident = await waitFor(
      'the incident',
      async () => {
        const listed = await manager.get(`/incidents?state=OPEN&receiptNo=${encodeURIComponent(receiptNo)}`);
        return listed.body.data?.[0] as { id: string; attempts: number; kind: string } | undefined;
      },
      180_000,
    );
    const handle = temporal.workflow.getHandle(workflowId);
    // the row is written by the activity the workflow awaits before it holds the incident in its state: wait for both
    const waiting = await waitFor(
      'the incident in the workflow state',
      async () => {
        const state = await handle.query(getState);
        return (state.incidents?.length ?? 0) > 0 && state;
      },
      60_000,
    );
    const raisedRows = await db.incident.findMany({ where: { matterId } });
    const raisedEvents = await db.matterEvent.count({ where: { matterId, type: 'incident.raised' } });

    await cure();
    const retried = await manager.post(`/incidents/${encodeURIComponent(incident.id)}/retry`, {});
    const completed = await waitFor(
      'the matter to complete',
      async () => {
        const row = await db.matter.findUniqueOrThrow({ where: { id: matterId }, select: { status: true } });
        return row.status !== 'IN_PROGRESS' && row.status;
      },
      180_000,
    );
    const final = await handle.result();
    const row = await db.matter.findUniqueOrThrow({ where: { id: matterId }, include: { tasks: true } });
    const incidents = await db.incident.findMany({ where: { matterId } });
    const results = await db.matterResult.count({ where: { matterId } });
    const duplicates = await duplicatesOf(pool, [matterId]);
    recordFindings('incident-under-fault', {
      attemptAtKill,
      incident: { kind: incident.kind, attempts: incident.attempts },
      raisedRows: raisedRows.length,
      raisedEvents,
      retried: retried.status,
      completed,
      workflowStatus: final.status,
      duplicates,
    });

    expect(attemptAtKill).toBeLessThan(5);
    expect(incident).toMatchObject({ kind: 'SERVICE_FAILED', attempts: 5 });
    expect(raisedRows.map((r) => r.id)).toEqual([incident.id]);
    expect(raisedEvents).toBe(1);
    expect(waiting.incidents?.map((i) => i.incidentId)).toEqual([incident.id]);
    expect(retried.status).toBe(200);
    expect(completed).toBe('COMPLETED');
    expect(incidents).toEqual([expect.objectContaining({ id: incident.id, resolution: 'RETRIED' })]);
    expect(results).toBe(1);
    expect(duplicates).toEqual(NO_DUPLICATES);
    // the database agrees with the workflow: the same outcome, no incident and no task left open on either side
    expect(final.status).toBe(row.status);
    expect(final.incidents ?? []).toEqual([]);
    expect(final.tasks).toEqual([]);
    expect(row.tasks.filter((t) => t.status === 'OPEN' || t.status === 'CLAIMED')).toEqual([]);
  } finally {
    await cure();
  }
});
