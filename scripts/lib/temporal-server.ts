import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { log } from './log';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const root = path.resolve(__dirname, '..', '..');
const toolsBin = path.join(root, '.tools', 'bin');

/** Finds or installs the Temporal CLI (server + Web UI). TEMPORAL_CLI overrides the location. */
export function ensureTemporalCli(override?: string): string {
  if (override) {
    if (!existsSync(override)) throw new Error(`TEMPORAL_CLI points at ${override}, which does not exist`);
    return override;
  }
  const binary = path.join(toolsBin, 'temporal');
  if (existsSync(binary)) return binary;
  if (spawnSync('go', ['version']).status !== 0) {
    throw new Error(
      'The Temporal CLI is missing and Go is not installed to build it: install Go 1.24+ or set TEMPORAL_CLI',
    );
  }
  log.info(`installing the Temporal CLI ${TEMPORAL_CLI_VERSION} from the Go module proxy into .tools/bin`);
  log.info('the first build downloads and compiles the Temporal server: expect several minutes on 2 cores');
  mkdirSync(toolsBin, { recursive: true });
  const result = spawnSync('go', ['install', `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`], {
    env: { ...process.env, GOTOOLCHAIN: 'local', GOBIN: toolsBin },
    stdio: 'inherit',
  });
  if (result.status !== 0 || !existsSync(binary))
    throw new Error(`go install of the Temporal CLI failed (exit ${result.status})`);
  return binary;
}

/**
 * SQLite pragmas of every dev server we start (`npm start`, tests, bench): WAL with synchronous=normal took raw
 * workflow starts from 125 to about 200 a second (docs/performance.md). A killed server loses nothing (the WAL is
 * in the OS's hands); an OS crash or power cut can lose the last transactions (docs/reliability.md). On an
 * in-memory database they change nothing.
 */
export const TEMPORAL_SQLITE_PRAGMAS: readonly string[] = ['journal_mode=wal', 'synchronous=normal'];

export interface DevServerOptions {
  cli: string;
  dbFile?: string; // absent = in memory (tests only)
  port: number;
  uiPort?: number; // absent = headless
  logFile: string;
  namespace?: string;
  /** `--sqlite-pragma` values; TEMPORAL_SQLITE_PRAGMAS unless given (the bench compares others) */
  sqlitePragmas?: readonly string[];
}

export interface RunningTemporal {
  address: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startTemporalDevServer(opts: DevServerOptions): Promise<RunningTemporal> {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(opts.port), '--log-level', 'warn'];
  if (opts.dbFile) {
    mkdirSync(path.dirname(opts.dbFile), { recursive: true });
    args.push('--db-filename', opts.dbFile);
  }
  if (opts.uiPort) args.push('--ui-port', String(opts.uiPort));
  else args.push('--headless');
  if (opts.namespace && opts.namespace !== 'default') args.push('--namespace', opts.namespace);
  for (const pragma of opts.sqlitePragmas ?? TEMPORAL_SQLITE_PRAGMAS) args.push('--sqlite-pragma', pragma);
  for (const [name, type] of Object.entries(SEARCH_ATTRIBUTES)) args.push('--search-attribute', `${name}=${type}`);
  mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const out = createWriteStream(opts.logFile, { flags: 'a' });
  const child = spawn(opts.cli, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: false });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const address = `127.0.0.1:${opts.port}`;
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));
  await waitForTemporal(address, () => exited, opts.logFile);
  return {
    address,
    process: child,
    stop: () => stopChild(child),
  };
}

async function waitForTemporal(address: string, exitCode: () => number | null, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exitCode() !== null) throw new Error(`the Temporal dev server exited (code ${exitCode()}); see ${logFile}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      await connection.workflowService.getSystemInfo({});
      await connection.close();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`the Temporal dev server did not answer on ${address} within 120 s; see ${logFile}`);
}

/** Ended, by an exit or by a signal (a SIGKILLed child has a signalCode and no exitCode). */
export const hasExited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
