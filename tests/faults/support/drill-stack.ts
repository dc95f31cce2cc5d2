import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { slotPorts } from '../../../scripts/lib/slot-ports';
import { stopChild } from '../../../scripts/lib/temporal-server';
import { logDir } from './services';

const root = path.resolve(__dirname, '..', '..', '..');
const SLOT = Number(process.env.OW_TEST_SLOT ?? 9);

/** A stack of its own for the restore drill, as `npm start` runs it, beside the test stack's ports. */
export const DRILL = {
  dataDir: () => path.join(process.env.DATA_DIR ?? path.join(root, 'data', `test-${SLOT}`), 'drill'),
  backupDir: () => `${DRILL.dataDir()}-backups`,
  ports: {
    api: slotPorts(SLOT).api + 6,
    temporal: slotPorts(SLOT).temporal + 6,
    temporalUi: slotPorts(SLOT).temporal + 7,
    postgres: slotPorts(SLOT).postgres + 6,
  },
};

/** The environment `npm start` and the backup commands get: nothing of the test stack's, only the drill's. */
export function drillEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { PATH, HOME, TEMPORAL_CLI } = process.env;
  return {
    PATH,
    HOME,
    ...(TEMPORAL_CLI ? { TEMPORAL_CLI } : {}),
    DATA_DIR: DRILL.dataDir(),
    BACKUP_DIR: DRILL.backupDir(),
    PORT: String(DRILL.ports.api),
    HOST: '127.0.0.1',
    TEMPORAL_PORT: String(DRILL.ports.temporal),
    TEMPORAL_UI_PORT: String(DRILL.ports.temporalUi),
    EMBEDDED_POSTGRES_PORT: String(DRILL.ports.postgres),
    OW_SKIP_CONSOLE_BUILD: '1',
    ONEWINDOW_QUIET: '1',
    BACKUP_SCHEDULE: 'off',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT: '1000',
    PUBLIC_RATE_LIMIT: '1000',
    PENDING_START_SWEEP_SECONDS: '2',
    ...extra,
  };
}

export interface CommandResult {
  code: number;
  output: string;
}

/** One of the product's commands (a file under scripts/), run as the admin runs it, its output kept in the logs. */
export function runCommand(
  name: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  mkdirSync(logDir(), { recursive: true });
  const log = createWriteStream(path.join(logDir(), `drill-${name}.log`), { flags: 'a' });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], { cwd: root, env });
    let output = '';
    for (const stream of [child.stdout, child.stderr])
      stream.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        log.write(chunk);
      });
    child.once('error', reject);
    child.once('exit', (code) => {
      log.end();
      resolve({ code: code ?? -1, output });
    });
  });
}

export interface DrillStack {
  apiUrl: string;
  stop(): Promise<void>;
}

/** `npm start` on the drill's data folder, until its API answers healthy (worker polling included). */
export async function startDrillStack(env = drillEnv()): Promise<DrillStack> {
  mkdirSync(logDir(), { recursive: true });
  const log = createWriteStream(path.join(logDir(), 'drill-start.log'), { flags: 'a' });
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'start.ts')], {
    cwd: root,
    env,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const apiUrl = `http://127.0.0.1:${DRILL.ports.api}`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`npm start exited (code ${child.exitCode}); see ${logDir()}/drill-start.log`);
    const health = await fetch(`${apiUrl}/api/health`).catch(() => undefined);
    if (health?.ok) break;
    if (Date.now() > deadline) throw new Error('the drill stack did not become healthy');
    await new Promise((r) => setTimeout(r, 1000));
  }
  return { apiUrl, stop: () => stopChild(child, 60_000) };
}

/** The drill database, over TCP (its password is in the data folder, as the launcher left it). */
export function drillDb(): pg.Pool {
  const password = readFileSync(path.join(DRILL.dataDir(), 'postgres', 'password'), 'utf8').trim();
  return new pg.Pool({
    connectionString: `postgresql://onewindow:${password}@127.0.0.1:${DRILL.ports.postgres}/onewindow`,
    max: 3,
  });
}

export const secretOf = (name: string) => readFileSync(path.join(DRILL.dataDir(), 'secrets', name), 'utf8').trim();
