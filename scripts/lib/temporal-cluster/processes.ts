/**
 * The cluster's server processes, known by the pid files beside their config: any process (the launcher, a test
 * that kills the history service, the stack's teardown) can stop or start one of them. Each runs in its own process
 * group with its output in a log file (no pipe to a parent that may be gone), so it outlives whoever started it
 * until it is stopped by its pid.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface ServerProcess {
  /** `all` in the one-process layout, else the service it runs */
  name: string;
  /** the `--root` folder, holding config/, the pid file and the log */
  root: string;
  services: readonly string[];
}

const pidFile = (p: ServerProcess) => path.join(p.root, 'server.pid');
export const logFileOf = (p: ServerProcess) => path.join(p.root, 'server.log');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The pid of the process's server, if it runs: checked against its command line, so a reused pid is never taken. */
export function runningPid(p: ServerProcess): number | undefined {
  if (!existsSync(pidFile(p))) return undefined;
  const pid = Number(readFileSync(pidFile(p), 'utf8'));
  if (!pid || !alive(pid)) return undefined;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(p.root) ? pid : undefined;
  } catch {
    return pid; // no /proc (not Linux): the pid file is all we have
  }
}

export function startServerProcess(binary: string, p: ServerProcess): number {
  mkdirSync(p.root, { recursive: true });
  const out = openSync(logFileOf(p), 'a');
  const args = ['--root', p.root, '--config', 'config', '--env', 'development', '--allow-no-auth', 'start'];
  for (const s of p.services) args.push('--service', s);
  const child = spawn(binary, args, { cwd: p.root, detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  child.unref();
  writeFileSync(pidFile(p), String(child.pid));
  return child.pid!;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function exited(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await pause(100);
  }
  return !alive(pid);
}

/** SIGTERM (the server shuts its services down in order), SIGKILL after `graceMs`; `kill` sends SIGKILL at once, as a crash. */
export async function stopServerProcess(p: ServerProcess, opts: { graceMs?: number; kill?: boolean } = {}) {
  const pid = runningPid(p);
  if (pid !== undefined) {
    process.kill(pid, opts.kill ? 'SIGKILL' : 'SIGTERM');
    if (!(await exited(pid, opts.kill ? 10_000 : (opts.graceMs ?? 20_000)))) {
      process.kill(pid, 'SIGKILL');
      await exited(pid, 10_000);
    }
  }
  rmSync(pidFile(p), { force: true });
}

/** One log line as a person reads it: the server's JSON lines carry whole stack traces. */
function readable(line: string): string {
  try {
    const entry = JSON.parse(line) as { level?: string; msg?: string; error?: string };
    return `${entry.level}: ${entry.msg}${entry.error ? `: ${entry.error}` : ''}`.slice(0, 400);
  } catch {
    return line.slice(0, 400);
  }
}

/** The end of a process's log: why a server that exited early did. */
export function logTail(p: ServerProcess, lines = 8): string {
  if (!existsSync(logFileOf(p))) return '(no log)';
  const all = readFileSync(logFileOf(p), 'utf8').trimEnd().split('\n');
  return `${all.slice(-lines).map(readable).join('\n')}\n(all of it in ${logFileOf(p)})`;
}
