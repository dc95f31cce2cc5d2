import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { slotPorts } from '../../../scripts/lib/slot-ports';
import { stopChild } from '../../../scripts/lib/temporal-server';

const root = path.resolve(__dirname, '..', '..', '..');
const SLOT = Number(process.env.OW_TEST_SLOT ?? 9);
/** Ports beside the stack's own: each fault test runs its own API and worker on them. */
export const FAULT_PORTS = { api: slotPorts(SLOT).api + 5, temporal: slotPorts(SLOT).temporal + 5 } as const;
export const logDir = () => path.join(process.env.DATA_DIR ?? path.join(root, 'data', `test-${SLOT}`), 'logs', 'faults');

/**
 * node with the tsx loader in-process (not the tsx CLI, which runs the program in a child): a SIGKILL then
 * reaches the service itself, as a crash would.
 */
function spawnDirect(name: string, entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  mkdirSync(logDir(), { recursive: true });
  const out = createWriteStream(path.join(logDir(), `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, entry)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return child;
}

export interface FaultServices {
  apiUrl: string;
  taskQueue: string;
  env: NodeJS.ProcessEnv;
  worker(): ChildProcess;
  /** SIGKILL: no shutdown, in-flight activities and workflow tasks are simply gone */
  killWorker(): Promise<void>;
  startWorker(): void;
  stop(): Promise<void>;
}

async function waitForApi(url: string, api: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the fault test API exited (code ${api.exitCode}); see ${logDir()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the fault test API did not become healthy on ${url}`);
}

/**
 * An API and a worker of our own, against the test stack's PostgreSQL and (unless told otherwise) its Temporal,
 * on a task queue of their own so that no other worker picks up the matters under test.
 */
export async function startFaultServices(name: string, opts: { temporalAddress?: string } = {}): Promise<FaultServices> {
  const taskQueue = `faults-${name}`;
  const apiUrl = `http://127.0.0.1:${FAULT_PORTS.api}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env, PORT: String(FAULT_PORTS.api), TEMPORAL_TASK_QUEUE: taskQueue,
    ...(opts.temporalAddress ? { TEMPORAL_ADDRESS: opts.temporalAddress } : {}),
  };
  let worker = spawnDirect(`${name}-worker`, 'worker/main.ts', env);
  const api = spawnDirect(`${name}-api`, 'api/main.ts', env);
  try {
    await waitForApi(apiUrl, api);
  } catch (e) {
    await Promise.all([stopChild(api), stopChild(worker)]);
    throw e;
  }
  return {
    apiUrl, taskQueue, env,
    worker: () => worker,
    killWorker: () => new Promise<void>((resolve) => {
      if (worker.exitCode !== null || worker.signalCode !== null) return resolve();
      worker.once('exit', () => resolve());
      worker.kill('SIGKILL');
    }),
    startWorker: () => {
      worker = spawnDirect(`${name}-worker`, 'worker/main.ts', env);
    },
    stop: async () => {
      await Promise.all([stopChild(api), stopChild(worker)]);
    },
  };
}
