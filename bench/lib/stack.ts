import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { ensureTemporalCli, startTemporalDevServer, stopChild } from '../../scripts/lib/temporal-server';
import { recreateDatabase, startEmbeddedPostgres, withDatabase } from '../../scripts/lib/postgres';
import { CLUSTER_CONNECTIONS, raiseConnectionLimit } from '../../scripts/lib/temporal-cluster';
import { startBenchCluster } from './cluster';
import { migrate, seedDemoData } from '../../scripts/lib/database';
import { spawnService, waitForHealthy } from '../../scripts/lib/services';
import { log } from '../../scripts/lib/log';
import { slotPorts } from '../../scripts/lib/slot-ports';

export const ROOT = path.resolve(__dirname, '..', '..');

/** The bench's own stack: slot 8 by default (OW_TEST_SLOT), so it never meets another engineer's test stack. */
export function benchSlot(): number {
  return Number(process.env.OW_TEST_SLOT ?? 8);
}

export interface StackSettings {
  /**
   * Temporal dev server persistence: a SQLite file as `npm start` uses, or memory as the test stack does; or
   * `cluster`: the cluster-grade server on the bench's PostgreSQL (one process, 4 history shards, fresh databases)
   */
  temporalDb: 'file' | 'memory' | 'cluster';
  sqlitePragmas: string[];
  /** worker/main.ts processes on the product's task queue (default 1); a county's cluster runs two */
  workers?: number;
}

export interface BenchStack {
  slot: number;
  dataDir: string;
  env: Record<string, string>;
  apiUrl: string;
  databaseUrl: string;
  temporalAddress: string;
  taskQueue: string;
  settings: StackSettings;
  /** stops every worker/main.ts process */
  stopWorker(): Promise<void>;
  /** starts as many worker/main.ts processes as the settings ask for */
  startWorker(): void;
  /** spawns another service (e.g. the deadline bench worker) that is stopped with the stack */
  spawn(name: string, entry: string, extraEnv?: Record<string, string>): ChildProcess;
  /** the process ids of the stack's parts, for CPU accounting (PostgreSQL: its postmaster; workers: worker, worker-2…) */
  pids(): Record<string, number | undefined>;
  stop(): Promise<void>;
}

const postmasterPid = (pgdata: string): number | undefined => {
  try {
    return Number(readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
};

/** A server left over from an interrupted run would answer in place of ours: refuse to start beside it. */
async function assertPortFree(port: number, what: string): Promise<void> {
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
  if (inUse)
    throw new Error(
      `port ${port} (${what}) is in use, probably by a bench stack left running: stop that process first`,
    );
}

/** Temporal dev server (fresh), PostgreSQL (fresh database, migrated, seeded), worker and API, each a handle we keep. */
export async function startBenchStack(settings: StackSettings): Promise<BenchStack> {
  const slot = benchSlot();
  const ports = slotPorts(slot);
  const dataDir = path.join(ROOT, 'data', `bench-${slot}`);
  const stoppers: Array<() => Promise<void>> = [];
  // once, however many ask (a signal handler and the bench's own finally may both)
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      for (const s of stoppers.reverse()) await s().catch(() => undefined);
    })());
  await assertPortFree(ports.api, 'the API');
  await assertPortFree(ports.temporal, 'Temporal');
  try {
    const cli = ensureTemporalCli(process.env.TEMPORAL_CLI);
    let temporal: { address: string; pid(): number | undefined } | undefined;
    if (settings.temporalDb !== 'cluster') {
      log.stage(
        `Bench stack (slot ${slot}): Temporal dev server, ${settings.temporalDb === 'file' ? 'SQLite file' : 'in memory'}`,
      );
      const dbFile = settings.temporalDb === 'file' ? path.join(dataDir, 'temporal', 'temporal.db') : undefined;
      rmSync(path.join(dataDir, 'temporal'), { recursive: true, force: true });
      const dev = await startTemporalDevServer({
        cli,
        port: ports.temporal,
        dbFile,
        sqlitePragmas: settings.sqlitePragmas,
        logFile: path.join(dataDir, 'logs', 'temporal.log'),
      });
      stoppers.push(dev.stop);
      temporal = { address: dev.address, pid: () => dev.process.pid };
    }

    log.stage('Bench stack: PostgreSQL (fresh database onewindow_bench)');
    const pgDir = path.join(dataDir, 'postgres');
    let server = await startEmbeddedPostgres(pgDir, ports.postgres, 'postgres');
    if (settings.temporalDb === 'cluster' && (await raiseConnectionLimit(server.url, CLUSTER_CONNECTIONS))) {
      await server.stop();
      server = await startEmbeddedPostgres(pgDir, ports.postgres, 'postgres');
    }
    stoppers.push(server.stop);
    const databaseUrl = withDatabase(server.url, 'onewindow_bench');
    await recreateDatabase(databaseUrl);
    await migrate(databaseUrl);
    await seedDemoData(databaseUrl);
    if (settings.temporalDb === 'cluster') {
      log.stage(`Bench stack (slot ${slot}): cluster-grade Temporal server on this PostgreSQL (one process)`);
      const cluster = await startBenchCluster(databaseUrl, dataDir, slot);
      stoppers.push(() => cluster.stop());
      temporal = { address: cluster.address, pid: () => cluster.pid('all') };
    }
    if (!temporal) throw new Error('no Temporal server started');

    const apiUrl = `http://127.0.0.1:${ports.api}`;
    const taskQueue = 'onewindow-bench';
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      TEMPORAL_CLI: cli,
      PORT: String(ports.api),
      HOST: '127.0.0.1',
      PII_KEY: randomBytes(32).toString('hex'),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      CONSOLE_DIR: path.join(dataDir, 'no-console'),
      // sessions must outlive the longest quiet stretch of the bench (seeding a million matters)
      SESSION_IDLE_MINUTES: '240',
    };
    const spawnLogged = (name: string, entry: string, extraEnv: Record<string, string> = {}) => {
      const child = spawnService(
        name,
        entry,
        { ...process.env, ...env, ...extraEnv },
        path.join(dataDir, 'logs', `${name}.log`),
        false,
      );
      stoppers.push(() => stopChild(child));
      return child;
    };
    const workerCount = settings.workers ?? 1;
    log.stage(`Bench stack: ${workerCount} worker process${workerCount > 1 ? 'es' : ''} and the API`);
    const workerName = (i: number) => (i === 0 ? 'worker' : `worker-${i + 1}`);
    const startWorkers = () =>
      Array.from({ length: workerCount }, (_, i) => spawnLogged(workerName(i), 'worker/main.ts'));
    let workers = startWorkers();
    const api = spawnLogged('api', 'api/main.ts');
    await waitForHealthy(`${apiUrl}/api/health`, [...workers, api]);
    log.ok(`bench stack ready (API ${apiUrl}, logs in ${path.relative(ROOT, dataDir)}/logs)`);
    return {
      slot,
      dataDir,
      env,
      apiUrl,
      databaseUrl,
      temporalAddress: temporal.address,
      taskQueue,
      settings,
      stopWorker: async () => void (await Promise.all(workers.map((w) => stopChild(w)))),
      startWorker: () => void (workers = startWorkers()),
      spawn: spawnLogged,
      pids: () => ({
        api: api.pid,
        ...Object.fromEntries(workers.map((w, i) => [workerName(i), w.exitCode === null ? w.pid : undefined])),
        postgres: postmasterPid(path.join(dataDir, 'postgres', 'pgdata')),
        temporal: temporal.pid(),
      }),
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
