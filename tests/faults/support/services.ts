import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { slotPorts } from '../../../scripts/lib/slot-ports';
import { hasExited, stopChild } from '../../../scripts/lib/temporal-server';
import { waitFor } from '../../support/matters';
import { stackProcesses, testTemporalKind } from '../../support/stack-cluster';
import { startRoundRobinProxy } from '../../../scripts/lib/round-robin-proxy';

const root = path.resolve(__dirname, '..', '..', '..');
const SLOT = Number(process.env.OW_TEST_SLOT ?? 9);
/** Ports beside the stack's own: each fault test runs its own API and worker on them. */
export const FAULT_PORTS = { api: slotPorts(SLOT).api + 5, temporal: slotPorts(SLOT).temporal + 5 } as const;
export const logDir = () =>
  path.join(process.env.DATA_DIR ?? path.join(root, 'data', `test-${SLOT}`), 'logs', 'faults');

/**
 * node with the tsx loader in-process (not the tsx CLI, which runs the program in a child): a SIGKILL then
 * reaches the service itself, as a crash would.
 */
function spawnDirect(name: string, entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  mkdirSync(logDir(), { recursive: true });
  const out = createWriteStream(path.join(logDir(), `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, entry)], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return child;
}

export interface FaultServices {
  apiUrl: string;
  taskQueue: string;
  env: NodeJS.ProcessEnv;
  /** the first worker process (there are two on a cluster stack) */
  worker(): ChildProcess;
  /**
   * SIGKILL: no shutdown, in-flight activities and workflow tasks are simply gone. Every worker, or with `one` the
   * next of them in turn (where there are two, the other goes on working, as when one machine of several dies).
   */
  killWorker(which?: 'all' | 'one'): Promise<void>;
  /** a new process for each worker killed; resolves once each polls the task queue */
  startWorker(): Promise<void>;
  stop(): Promise<void>;
}

async function waitForApi(url: string, api: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the fault test API exited (code ${api.exitCode}); see ${logDir()}`);
    try {
      // serving: its database and Temporal up (its workers' polling is waited for on its own, pollingBy)
      const health = (await (await fetch(`${url}/api/health`)).json()) as Record<string, { status?: string }>;
      if (health.database?.status === 'up' && health.temporal?.status === 'up') return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the fault test API did not become healthy on ${url}`);
}

/**
 * Resolves once the worker process `pid` polls `taskQueue` (the SDK's default identity is `<pid>@<host>`). Starting
 * a worker (bundling the workflows) takes seconds, many more on a loaded machine: a fault test that killed it
 * on a fixed clock could kill every restart before it polled, and test nothing.
 */
async function pollingBy(worker: ChildProcess, address: string, taskQueue: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    await waitFor(
      `the fault test worker (pid ${worker.pid}) to poll ${taskQueue}`,
      async () => {
        if (hasExited(worker)) throw new Error(`the fault test worker exited before it polled; see ${logDir()}`);
        const { pollers } = await connection.workflowService
          .describeTaskQueue({ namespace: 'default', taskQueue: { name: taskQueue }, taskQueueType: 1 /* WORKFLOW */ })
          .catch(() => ({ pollers: [] }));
        return pollers?.some((p) => p.identity?.startsWith(`${worker.pid}@`));
      },
      300_000,
    );
  } finally {
    await connection.close();
  }
}

const killNow = (worker: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (hasExited(worker)) return resolve();
    worker.once('exit', () => resolve());
    worker.kill('SIGKILL');
  });

/**
 * APIs and workers of our own, against the test stack's PostgreSQL and (unless told otherwise) its Temporal,
 * on a task queue of their own so that no other worker picks up the matters under test: one of each on the dev
 * server, two of each on a cluster stack (the APIs behind a round-robin balancer, as the stack's own). `env`
 * overrides any setting (another database, another SMTP server).
 */
export async function startFaultServices(
  name: string,
  opts: { temporalAddress?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<FaultServices> {
  const taskQueue = `faults-${name}`;
  const count = stackProcesses(testTemporalKind());
  // one API on the fault port; or the balancer there and the APIs on the next ports
  const apiPorts = count === 1 ? [FAULT_PORTS.api] : Array.from({ length: count }, (_, i) => FAULT_PORTS.api + 1 + i);
  const apiUrl = `http://127.0.0.1:${FAULT_PORTS.api}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEMPORAL_TASK_QUEUE: taskQueue,
    ...(opts.temporalAddress ? { TEMPORAL_ADDRESS: opts.temporalAddress } : {}),
    ...opts.env,
  };
  const temporalAddress = env.TEMPORAL_ADDRESS!;
  const workerName = (i: number) => (i ? `${name}-worker-${i + 1}` : `${name}-worker`);
  let workers = apiPorts.map((_, i) => spawnDirect(workerName(i), 'worker/main.ts', env));
  const apis = apiPorts.map((port, i) =>
    spawnDirect(i ? `${name}-api-${i + 1}` : `${name}-api`, 'api/main.ts', { ...env, PORT: String(port) }),
  );
  const balancer = count > 1 ? await startRoundRobinProxy(FAULT_PORTS.api, apiPorts) : undefined;
  const stopAll = () => Promise.all([...apis, ...workers].map((c) => stopChild(c)));
  let killed = 0;
  try {
    await Promise.all([
      ...apis.map((api, i) => waitForApi(`http://127.0.0.1:${apiPorts[i]}`, api)),
      ...workers.map((w) => pollingBy(w, temporalAddress, taskQueue)),
    ]);
  } catch (e) {
    await stopAll();
    await balancer?.stop();
    throw e;
  }
  return {
    apiUrl,
    taskQueue,
    env,
    worker: () => workers[0],
    killWorker: async (which = 'all') => {
      const victims = which === 'all' ? workers : [workers[killed++ % workers.length]];
      await Promise.all(victims.map(killNow));
    },
    startWorker: async () => {
      const restarted: ChildProcess[] = [];
      workers = workers.map((w, i) => {
        if (!hasExited(w)) return w;
        const fresh = spawnDirect(workerName(i), 'worker/main.ts', env);
        restarted.push(fresh);
        return fresh;
      });
      await Promise.all(restarted.map((w) => pollingBy(w, temporalAddress, taskQueue)));
    },
    stop: async () => {
      await stopAll();
      await balancer?.stop();
    },
  };
}
