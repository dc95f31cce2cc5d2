/**
 * The cluster-grade Temporal server: the four services of go.temporal.io/server on PostgreSQL persistence and SQL
 * visibility, in one process or one process per service, on this machine. `npm start -- --temporal-cluster`, the
 * cluster stage of `npm test` and the bench start it; docs/deployment.md says how the same runs on several machines.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Connection, isGrpcServiceError } from '@temporalio/client';
import { ensureTemporalNamespace } from '../../../platform/temporal-namespace-check';
import {
  DEFAULT_CLUSTER_PORTS,
  TEMPORAL_SERVICES,
  writeDynamicConfig,
  writeProcessConfig,
  type ClusterPorts,
  type PersistenceServer,
  type TemporalService,
} from './config';
import { logTail, runningPid, startServerProcess, stopServerProcess, type ServerProcess } from './processes';
import { clusterMetadataWritten, prepareClusterDatabases } from './schema';

export { DEFAULT_CLUSTER_PORTS, type ClusterPorts, type PersistenceServer } from './config';
export { ensureClusterBinaries, TEMPORAL_SERVER_VERSION } from './install';
export { connectionLimit, persistenceFromUrl, raiseConnectionLimit } from './schema';

/** What the cluster (one-process layout, pools full) and OneWindow's API, worker and tools may open together. */
export const CLUSTER_CONNECTIONS = 300;

export type ClusterLayout = 'one-process' | 'per-service';
export const DEFAULT_HISTORY_SHARDS = 4;

export interface ClusterOptions {
  /** its folder: one subfolder per process (config, pid file, log) */
  dir: string;
  /** the server binary (ensureClusterBinaries) */
  server: string;
  /** the sql tool binary */
  sql: string;
  persistence: PersistenceServer;
  layout: ClusterLayout;
  /** fixed at the cluster's creation: Temporal refuses to start on a different number later */
  historyShards: number;
  ports?: ClusterPorts;
  /** Prometheus ports from here on, one per process; none when absent */
  metricsPort?: number;
  namespace: string;
  retentionDays?: number;
  log?: (message: string) => void;
}

/** What another process needs to stop and start the cluster's parts (the stack's teardown, a fault test). */
interface ClusterDescription {
  address: string;
  server: string;
  layout: ClusterLayout;
  processes: ServerProcess[];
}

export interface ClusterControl extends ClusterDescription {
  /** one process, by name: `all` in the one-process layout, else `frontend`, `history`, `matching`, `worker` */
  process(name: string): ServerProcess;
  stop(name?: string, opts?: { kill?: boolean }): Promise<void>;
  /** starts the named process (or all that are not running) and waits until the cluster serves again */
  start(name?: string): Promise<void>;
  pid(name: string): number | undefined;
}

const descriptionFile = (dir: string) => path.join(dir, 'cluster.json');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const GRPC_NOT_FOUND = 5;

function processesOf(dir: string, layout: ClusterLayout): ServerProcess[] {
  return layout === 'one-process'
    ? [{ name: 'all', root: path.join(dir, 'all'), services: TEMPORAL_SERVICES }]
    : TEMPORAL_SERVICES.map((s) => ({ name: s, root: path.join(dir, s), services: [s] }));
}

/**
 * Serving means more than a frontend answering: the history service must take a call (a read of a workflow that
 * does not exist answers NOT_FOUND from history, UNAVAILABLE while it has not joined) and matching must answer.
 */
async function waitServing(c: ClusterDescription, namespace: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const dead = c.processes.find((p) => runningPid(p) === undefined);
    if (dead) throw new Error(`the Temporal ${dead.name} process exited; its log ends:\n${logTail(dead)}`);
    const connection = await Connection.connect({ address: c.address, connectTimeout: 2000 }).catch(() => undefined);
    if (connection) {
      try {
        await connection.withDeadline(Date.now() + 5000, async () => {
          await connection.workflowService.getSystemInfo({});
          await connection.workflowService
            .getWorkflowExecutionHistory({ namespace, execution: { workflowId: `readiness-${randomUUID()}` } })
            .catch((e) => {
              if (!(isGrpcServiceError(e) && e.code === GRPC_NOT_FOUND)) throw e;
            });
          await connection.workflowService.describeTaskQueue({
            namespace,
            taskQueue: { name: 'readiness' },
            taskQueueType: 1,
          });
        });
        return;
      } catch (e) {
        last = String(e).split('\n')[0];
      } finally {
        await connection.close();
      }
    }
    await pause(1000);
  }
  throw new Error(`the Temporal cluster at ${c.address} did not serve within ${timeoutMs / 1000} s: ${last}`);
}

/** Control over a cluster started by any process, from the description it left in its folder. */
export function clusterControl(dir: string, namespace = 'default'): ClusterControl {
  if (!existsSync(descriptionFile(dir))) throw new Error(`no Temporal cluster described in ${dir}`);
  const c = JSON.parse(readFileSync(descriptionFile(dir), 'utf8')) as ClusterDescription;
  const named = (name: string) => {
    const p = c.processes.find((x) => x.name === name);
    if (!p) throw new Error(`the cluster has no process ${name} (it has ${c.processes.map((x) => x.name)})`);
    return p;
  };
  return {
    ...c,
    process: named,
    pid: (name) => runningPid(named(name)),
    stop: async (name, opts) => {
      const which = name ? [named(name)] : c.processes;
      await Promise.all(which.map((p) => stopServerProcess(p, opts)));
    },
    start: async (name) => {
      const which = name ? [named(name)] : c.processes;
      for (const p of which) if (runningPid(p) === undefined) startServerProcess(c.server, p);
      await waitServing(c, namespace);
    },
  };
}

/**
 * Creates and upgrades the two databases, writes each process's configuration, stops what an interrupted earlier
 * run left, starts the processes, registers the namespace and OneWindow's search attributes, and returns once the
 * cluster serves.
 */
export async function startTemporalCluster(o: ClusterOptions): Promise<ClusterControl> {
  const ports = o.ports ?? DEFAULT_CLUSTER_PORTS;
  const say = o.log ?? (() => undefined);
  mkdirSync(o.dir, { recursive: true });
  const created = await prepareClusterDatabases(o.sql, o.persistence);
  say(
    created.length
      ? `created the databases ${created.join(', ')} and their schemas`
      : `databases ${Object.values(o.persistence.databases).join(', ')} found; schemas current`,
  );

  // a layout changed since the last start: the other layout's processes may still be running
  for (const layout of ['one-process', 'per-service'] as const)
    for (const p of processesOf(o.dir, layout)) await stopServerProcess(p);
  const dynamicConfigFile = path.join(o.dir, 'dynamicconfig.yaml');
  writeDynamicConfig(dynamicConfigFile);
  const processes = processesOf(o.dir, o.layout);
  processes.forEach((p, i) =>
    writeProcessConfig(p.root, {
      services: p.services as readonly TemporalService[],
      ports,
      persistence: o.persistence,
      historyShards: o.historyShards,
      dynamicConfigFile,
      metricsPort: o.metricsPort ? o.metricsPort + i : undefined,
    }),
  );
  const description: ClusterDescription = {
    address: `127.0.0.1:${ports.frontend.grpc}`,
    server: o.server,
    layout: o.layout,
    processes,
  };
  writeFileSync(descriptionFile(o.dir), `${JSON.stringify(description, null, 2)}\n`);
  const control = clusterControl(o.dir, o.namespace);
  try {
    // on a new database every process would write the cluster's metadata at once, and all but one fail: one first
    const [first, ...rest] = processes;
    startServerProcess(o.server, first);
    await waitMetadata(first, o.persistence);
    for (const p of rest) startServerProcess(o.server, p);
    say(`started ${processes.map((p) => p.name).join(', ')} (${o.historyShards} history shards); waiting for them`);
    // the frontend first: a namespace is needed before history and matching can be asked anything
    await waitFrontend(description);
    const connection = await Connection.connect({ address: description.address });
    try {
      await ensureTemporalNamespace(connection, {
        target: { address: description.address, namespace: o.namespace, tls: false, apiKey: false },
        retentionDays: o.retentionDays ?? 30,
        log: say,
      });
    } finally {
      await connection.close();
    }
    await waitServing(description, o.namespace);
  } catch (e) {
    await control.stop();
    throw e;
  }
  return control;
}

async function waitMetadata(p: ServerProcess, persistence: PersistenceServer, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await clusterMetadataWritten(persistence))) {
    if (runningPid(p) === undefined)
      throw new Error(`the Temporal ${p.name} process exited; its log ends:\n${logTail(p)}`);
    if (Date.now() > deadline)
      throw new Error(`the Temporal ${p.name} process wrote no cluster metadata in ${timeoutMs / 1000} s`);
    await pause(250);
  }
}

async function waitFrontend(c: ClusterDescription, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = c.processes.find((p) => runningPid(p) === undefined);
    if (dead) throw new Error(`the Temporal ${dead.name} process exited; its log ends:\n${logTail(dead)}`);
    const connection = await Connection.connect({ address: c.address, connectTimeout: 1000 }).catch(() => undefined);
    if (connection) {
      const up = await connection
        .withDeadline(Date.now() + 3000, () => connection.workflowService.getSystemInfo({}))
        .then(() => true)
        .catch(() => false);
      await connection.close();
      if (up) return;
    }
    await pause(500);
  }
  throw new Error(`the Temporal frontend at ${c.address} did not answer within ${timeoutMs / 1000} s`);
}
