/**
 * Fault 3: PostgreSQL stops for 30 seconds while clerks accept matters and staff work them. Meanwhile the API
 * must answer 503 with a clean message (no stack, no SQL); activities retry; once the database is back every
 * matter finishes and nothing is written twice.
 */
import type pg from 'pg';
import { driveThroughFaults, inParallel, staffOf, type DriveStats, type FaultClient } from './support/client';
import { duplicatesOf, faultDb, NO_DUPLICATES, shapeOf } from './support/integrity';
import { intakeUntilAccepted, requiredMaterials, type IntakeOutcome } from './support/load';
import { stackPostgres } from './support/postgres-control';
import { recordFindings } from './support/report';
import { startFaultServices, type FaultServices } from './support/services';

jest.setTimeout(30 * 60_000);

const BEFORE = 20;
const DURING = 20;
const OUTAGE_MS = 30_000;
const ITEM = 'MZ-005';

let services: FaultServices;
let staff: (username: string) => FaultClient;
let db: pg.Pool;

beforeAll(async () => {
  services = await startFaultServices('postgres-outage');
  staff = await staffOf(services.apiUrl);
  db = faultDb();
  db.on('error', () => undefined); // idle clients see the server go away; the test reconnects afterwards
});

afterAll(async () => {
  await services?.stop();
  await db?.end();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Probe {
  what: string;
  status: number;
  body: unknown;
}

interface Outcome {
  probes: Probe[];
  outcomes: string[];
  shape: Awaited<ReturnType<typeof shapeOf>>;
  duplicates: Awaited<ReturnType<typeof duplicatesOf>>;
  pendingStart: number;
  /** accepted matters with no matter.accept entry in the audit trail */
  unaudited: number;
}
let seen: Outcome;

/** One outage for all the checks below: 20 matters in progress, 20 intakes arriving, PostgreSQL stopped for 30 s. */
async function outageUnderLoad(): Promise<Outcome> {
  const materials = await requiredMaterials(staff('clerk'), ITEM);
  const before = await inParallel(
    Array.from({ length: BEFORE }, (_, i) => i),
    4,
    () => intakeUntilAccepted(staff('clerk'), ITEM, materials),
  );
  const someMatter = before[0].matterId;

  const stats: DriveStats = { retried: 0, statuses: {} };
  const driving = inParallel(before, 5, (m) => driveThroughFaults(staff, m.matterId, stats));
  const during = inParallel(
    Array.from({ length: DURING }, (_, i) => i),
    4,
    async (i) => {
      await pause(i * 500);
      return intakeUntilAccepted(staff('clerk'), ITEM, materials, 300_000);
    },
  );
  await pause(3000);

  const server = stackPostgres();
  server.stop();
  const stoppedAt = Date.now();
  // what a user and a monitor see meanwhile
  const probes: Probe[] = [];
  try {
    while (Date.now() - stoppedAt < OUTAGE_MS - 2000) {
      for (const [what, call] of [
        ['GET /matters/:id', () => staff('manager').get(`/matters/${someMatter}`)],
        ['GET /tasks', () => staff('minzheng').get('/tasks?scope=department')],
        [
          'GET /health',
          () => fetch(`${services.apiUrl}/api/health`).then(async (r) => ({ status: r.status, body: await r.json() })),
        ],
      ] as const) {
        const res = await call().catch((e: unknown) => ({ status: 0, body: String(e) }));
        probes.push({ what, status: res.status, body: res.body });
      }
      await pause(2000);
    }
    await pause(Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt)));
  } finally {
    server.start();
  }
  const outageSeconds = (Date.now() - stoppedAt) / 1000;

  const accepted: IntakeOutcome[] = [...before, ...(await during)];
  await driving;
  const outcomes = await inParallel(accepted.slice(BEFORE), 5, (m) => driveThroughFaults(staff, m.matterId, stats));
  const ids = accepted.map((a) => a.matterId);
  const duplicates = await duplicatesOf(db, ids);
  const shape = await shapeOf(db, ids);
  const pendingStart = Number(
    (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Matter" WHERE status = 'PENDING_START'`)).rows[0].n,
  );
  const unaudited = Number(
    (
      await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM "Matter" m WHERE m.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM "AuditLog" a WHERE a.action = 'matter.accept' AND a."objectId" = m.id)`,
        [ids],
      )
    ).rows[0].n,
  );
  const apiProbes = probes.filter((p) => p.what !== 'GET /health');
  const statusesOf = (list: Probe[]) =>
    list.reduce<Record<number, number>>((acc, p) => ({ ...acc, [p.status]: (acc[p.status] ?? 0) + 1 }), {});
  const intakeFailures = accepted.flatMap((a) => a.failures);
  recordFindings('postgres-outage', {
    acceptedBefore: BEFORE,
    acceptedDuring: DURING,
    outageSeconds,
    apiAnswers: statusesOf(apiProbes),
    healthAnswers: statusesOf(probes.filter((p) => p.what === 'GET /health')),
    sampleAnswer: apiProbes[0]?.body,
    sampleHealth: probes.find((p) => p.what === 'GET /health')?.body,
    intakeRetries: intakeFailures.length,
    intakeFailureStatuses: [...new Set(intakeFailures)],
    slowestIntakeMs: Math.max(...accepted.map((a) => a.ms)),
    driveAnswers: stats.statuses,
    outcomes: shape.statuses,
    tasksPerMatter: shape.tasksPerMatter,
    duplicates,
    pendingStart,
    unaudited,
  });

  return { probes, outcomes, shape, duplicates, pendingStart, unaudited };
}

describe('PostgreSQL away for 30 s under load', () => {
  beforeAll(async () => {
    seen = await outageUnderLoad();
  });

  test('the API answers 503 with a clean message meanwhile', () => {
    const apiProbes = seen.probes.filter((p) => p.what !== 'GET /health');
    expect(apiProbes.length).toBeGreaterThan(0);
    for (const probe of apiProbes) {
      expect({ what: probe.what, status: probe.status }).toEqual({ what: probe.what, status: 503 });
      const body = probe.body as { error?: { code?: string; message?: string; messageEn?: string } };
      expect(body.error).toEqual(
        expect.objectContaining({ code: 'UNAVAILABLE', message: expect.any(String), messageEn: expect.any(String) }),
      );
    }
  });

  test('no answer carries internals (stack, SQL, driver messages)', () => {
    for (const probe of seen.probes.filter((p) => p.what !== 'GET /health')) {
      expect(JSON.stringify(probe.body)).not.toMatch(/prisma|ECONNREFUSED|at \w+ \(|SELECT |postgres|127\.0\.0\.1/i);
    }
  });

  test('health reports the database down (503)', () => {
    const health = seen.probes.filter((p) => p.what === 'GET /health');
    expect(health.length).toBeGreaterThan(0);
    expect(
      health.every(
        (p) => p.status === 503 && (p.body as { database?: { status?: string } }).database?.status === 'down',
      ),
    ).toBe(true);
  });

  test('once it is back, every matter finishes once: activities retried without duplicates, nothing lost', () => {
    expect(seen.outcomes.every((o) => o === 'COMPLETED')).toBe(true);
    expect(seen.shape.statuses).toEqual({ COMPLETED: BEFORE + DURING });
    expect(seen.shape.tasksPerMatter).toEqual([5]);
    expect(seen.duplicates).toEqual(NO_DUPLICATES);
    expect(seen.pendingStart).toBe(0);
  });

  test('every accepted matter has its acceptance in the audit trail', () => {
    expect(seen.unaudited).toBe(0);
  });
});
