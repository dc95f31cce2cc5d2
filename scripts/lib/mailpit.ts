import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { log } from './log';

export const MAILPIT_VERSION = 'v1.33.1';
const root = path.resolve(__dirname, '..', '..');
const toolsBin = path.join(root, '.tools', 'bin');

/** Finds or installs Mailpit (an SMTP server with a web UI and an HTTP API), like the Temporal CLI. MAILPIT overrides. */
export function ensureMailpit(override?: string): string {
  if (override) {
    if (!existsSync(override)) throw new Error(`MAILPIT points at ${override}, which does not exist`);
    return override;
  }
  const binary = path.join(toolsBin, 'mailpit');
  if (existsSync(binary)) return binary;
  if (spawnSync('go', ['version']).status !== 0)
    throw new Error('Mailpit is missing and Go is not installed to build it: install Go 1.24+ or set MAILPIT');
  log.info(`installing Mailpit ${MAILPIT_VERSION} from the Go module proxy into .tools/bin (about a minute)`);
  mkdirSync(toolsBin, { recursive: true });
  const result = spawnSync('go', ['install', `github.com/axllent/mailpit@${MAILPIT_VERSION}`], {
    env: { ...process.env, GOTOOLCHAIN: 'local', GOBIN: toolsBin },
    stdio: 'inherit',
  });
  if (result.status !== 0 || !existsSync(binary))
    throw new Error(`go install of Mailpit failed (exit ${result.status})`);
  return binary;
}

export interface MailpitOptions {
  binary: string;
  smtpPort: number;
  httpPort: number;
  /** SQLite file keeping the messages across restarts */
  dbFile: string;
  logFile: string;
  /**
   * Records the running process's id, so that another process (a test that stops the SMTP server) can stop it and
   * start it again (restartMailpit); the stack stops whichever runs at the end.
   */
  pidFile: string;
}

export interface RunningMailpit {
  smtpHost: string;
  smtpPort: number;
  /** web UI and API (GET /api/v1/messages) */
  httpUrl: string;
  stop(): Promise<void>;
}

/**
 * Its arguments: `--ignore-duplicate-ids` makes it drop a message whose Message-ID it holds already, the relay's half
 * of the notices' exactly-once (docs/notices.md); no release check (no internet here).
 */
const argsOf = (o: MailpitOptions) => [
  '--smtp',
  `127.0.0.1:${o.smtpPort}`,
  '--listen',
  `127.0.0.1:${o.httpPort}`,
  '--database',
  o.dbFile,
  '--smtp-auth-accept-any',
  '--smtp-auth-allow-insecure',
  '--ignore-duplicate-ids',
  '--disable-version-check',
  '--max',
  '0',
  '--quiet',
];

const pidIn = (pidFile: string): number | undefined => {
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : NaN;
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
};

/**
 * Running, and not a zombie: under `npm test` the stack's Mailpit is a child of scripts/test.ts, which sits in a
 * spawnSync while jest runs and so cannot reap it once a test stops it.
 */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
};

/** A pid file outlives its process, and the number may since belong to another: only a Mailpit is stopped. */
function isMailpit(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('mailpit');
  } catch {
    const ps = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    return ps.status === 0 && ps.stdout.includes('mailpit');
  }
}

async function waitUntil(what: string, ready: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`Mailpit: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const answers = (httpUrl: string) => async () => {
  try {
    return (await fetch(`${httpUrl}/readyz`)).ok;
  } catch {
    return false;
  }
};

/** Stops the Mailpit the pid file names (SIGTERM, then SIGKILL) and waits until it has gone. */
export async function stopMailpit(pidFile: string): Promise<void> {
  const pid = pidIn(pidFile);
  if (pid && alive(pid) && isMailpit(pid)) {
    process.kill(pid, 'SIGTERM');
    await waitUntil('it to stop', () => !alive(pid), 10_000).catch(() => process.kill(pid, 'SIGKILL'));
    await waitUntil('it to be killed', () => !alive(pid), 5_000);
  }
  rmSync(pidFile, { force: true });
}

/**
 * Starts Mailpit detached (its own process group: a test process that restarts it may end before the stack does)
 * and waits until its HTTP API answers.
 */
export async function startMailpit(o: MailpitOptions): Promise<RunningMailpit> {
  mkdirSync(path.dirname(o.dbFile), { recursive: true });
  mkdirSync(path.dirname(o.logFile), { recursive: true });
  const out = openSync(o.logFile, 'a');
  const child: ChildProcess = spawn(o.binary, argsOf(o), { stdio: ['ignore', out, out], detached: true });
  closeSync(out);
  child.unref();
  writeFileSync(o.pidFile, String(child.pid));
  const httpUrl = `http://127.0.0.1:${o.httpPort}`;
  await waitUntil(`its API on ${httpUrl} (see ${o.logFile})`, async () => {
    if (child.exitCode !== null) throw new Error(`Mailpit exited (code ${child.exitCode}); see ${o.logFile}`);
    return answers(httpUrl)();
  });
  return { smtpHost: '127.0.0.1', smtpPort: o.smtpPort, httpUrl, stop: () => stopMailpit(o.pidFile) };
}

/** The options a running stack's Mailpit was started with, as env (MAILPIT_OPTIONS), for a test to restart it. */
export const mailpitOptionsEnv = (o: MailpitOptions) => JSON.stringify(o);
export const mailpitOptionsFrom = (env: string): MailpitOptions => JSON.parse(env) as MailpitOptions;
