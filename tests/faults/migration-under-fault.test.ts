/**
 * Issue 25: a migration batch under a fault. 100 running matters of one procedure, a fifth in each place a migration
 * must keep (受理 open or claimed with a reminder timer pending, 审查 inside a sub-process open or in a 补正 pause,
 * 审批 claimed), are migrated to v2 by one batch while the worker is SIGKILLed in the middle of it and started again.
 * The batch must finish; every matter is on v2 exactly once with its task rows, timers and pause as they were; none
 * is lost or doubled; and each goes on to completion on v2.
 */
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import type pg from 'pg';
import { testDb } from '../support/db';
import { waitFor } from '../support/matters';
import {
  MIX_MAPPING,
  MIX_PLACES,
  expectedOnV2,
  matterAt,
  mixSnapshot,
  mixedProcedure,
  type MixPlace,
} from '../support/migration-mix';
import { driveThroughFaults, FaultClient, inParallel, staffOf, type DriveStats } from './support/client';
import { duplicatesOf, faultDb, NO_DUPLICATES } from './support/integrity';
import { recordFindings } from './support/report';
import { startFaultServices, type FaultServices } from './support/services';
import { workflowCode } from '../../worker/workflow-code';

jest.setTimeout(40 * 60_000);

// 30 (six of each place in the mix) in npm test's time budget: the batch migrates one matter at a time
const MATTERS = Number(process.env.FAULT_MIGRATION_MATTERS ?? 30);
const DOWN_MS = 3000;

let services: FaultServices;
let pool: pg.Pool;
let connection: Connection;
let temporal: Client;
const db = testDb();
const sessions = new Map<string, Promise<FaultClient>>();
/** Demo users signed in to the fault test's own API (whose worker is the one killed). */
const staff = (username: string) => {
  if (!sessions.has(username)) sessions.set(username, FaultClient.login(services.apiUrl, username));
  return sessions.get(username)!;
};

beforeAll(async () => {
  services = await startFaultServices('migration');
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

interface Progress {
  total: number;
  done: number;
  migrated: number;
  refused: number;
  failed: number;
  finished: boolean;
}

test(`SIGKILL of the worker mid-batch: all ${MATTERS} mixed matters on v2 exactly once, tasks, timers and pauses intact, each then completes`, async () => {
  const { designer, procedureId, itemCode, publishV2 } = await mixedProcedure(staff);
  const places: MixPlace[] = Array.from({ length: MATTERS }, (_, i) => MIX_PLACES[i % MIX_PLACES.length]);
  const matterIds = await inParallel(places, 6, (place) => matterAt(staff, itemCode, place));
  await publishV2();
  const before = await mixSnapshot(db, temporal, matterIds);

  const started = await designer.post(`/procedures/${procedureId}/migrations`, {
    fromVersion: 1,
    toVersion: 2,
    mapping: MIX_MAPPING,
  });
  expect(started.status).toBe(201);
  const batchId = started.body.id as string;
  const progress = async () => (await designer.get(`/migrations/${batchId}`)).body.progress as Progress | undefined;

  // the kill lands once some matters are migrated and most are not
  const atKill = await waitFor(
    'the batch under way',
    async () => {
      const p = await progress();
      return p && p.done >= Math.ceil(MATTERS / 10) && p;
    },
    300_000,
  );
  await services.killWorker();
  await pause(DOWN_MS);
  await services.startWorker();

  const finished = await waitFor(
    'the batch to finish',
    async () => {
      const p = await progress().catch(() => undefined);
      return p?.finished && p;
    },
    15 * 60_000,
  );
  const after = await mixSnapshot(db, temporal, matterIds);
  const items = await db.migrationItem.groupBy({
    by: ['matterId', 'outcome'],
    where: { batchId },
    _count: { _all: true },
  });
  const migratedEvents = await db.matterEvent.groupBy({
    by: ['matterId'],
    where: { matterId: { in: matterIds }, type: 'matter.migrated' },
    _count: { _all: true },
  });
  const v2Runs = new Set([...after.values()].map((m) => m.workflowVersionId));
  const differing = matterIds.filter((id) => {
    const { workflowVersionId: _v, ...onV2 } = after.get(id)!;
    return JSON.stringify(onV2) !== JSON.stringify(expectedOnV2(before.get(id)!));
  });

  // then every matter goes on to its end on v2: the 补正 ones once the materials are in
  const clerk = await staff('clerk');
  for (const [i, id] of matterIds.entries())
    if (places[i] === 'reviewSupplement') expect((await clerk.post(`/matters/${id}/supplied`, {})).status).toBe(200);
  const stats: DriveStats = { retried: 0, statuses: {} };
  const workers = await staffOf(services.apiUrl);
  const outcomes = await inParallel(matterIds, 8, (id) => driveThroughFaults(workers, id, stats));
  const duplicates = await duplicatesOf(pool, matterIds);

  // the histories the kill produced (the batch's, and some migrated matters') replay on the current code
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    /* installed already */
  }
  const rows = await db.matter.findMany({ where: { id: { in: matterIds.slice(0, 5) } }, select: { workflowId: true } });
  const replayed = await Promise.all(
    [`migration-${batchId}`, ...rows.map((r) => r.workflowId)].map(async (workflowId) => ({
      workflowId,
      history: await temporal.workflow.getHandle(workflowId).fetchHistory(),
    })),
  );
  const replayFailures: string[] = [];
  for await (const result of Worker.runReplayHistories(workflowCode(process.env.WORKFLOW_BUNDLE), replayed))
    if (result.error) replayFailures.push(`${result.workflowId}: ${String(result.error)}`);

  recordFindings('migration-under-fault', {
    matters: MATTERS,
    doneAtKill: atKill.done,
    finished,
    reportLines: items.length,
    differing: differing.length,
    v2Runs: v2Runs.size,
    answers: stats.statuses,
    retried: stats.retried,
    duplicates,
    replayed: replayed.length,
    replayFailures,
  });

  expect(atKill.done).toBeLessThan(MATTERS);
  expect(finished).toMatchObject({ total: MATTERS, done: MATTERS, migrated: MATTERS, refused: 0, failed: 0 });
  expect(items).toHaveLength(MATTERS);
  expect(items.every((i) => i.outcome === 'MIGRATED' && i._count._all === 1)).toBe(true);
  expect(migratedEvents).toHaveLength(MATTERS);
  expect(migratedEvents.every((e) => e._count._all === 1)).toBe(true);
  expect(differing).toEqual([]);
  expect(v2Runs.size).toBe(1);
  expect([...v2Runs][0]).toBeDefined();
  expect(outcomes).toEqual(matterIds.map(() => 'COMPLETED'));
  expect(duplicates).toEqual(NO_DUPLICATES);
  expect(replayFailures).toEqual([]);
});
