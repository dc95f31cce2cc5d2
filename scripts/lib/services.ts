import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

/** Runs a TypeScript entry point in one Node process (tsx as a loader, not its CLI, which would add a parent process); output is prefixed on the console and kept in a log file. */
export function spawnService(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
  echo = true,
): ChildProcess {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const file = createWriteStream(logFile, { flags: 'a' });
  // OW_CPU_PROF_DIR: each service writes a V8 CPU profile there when it exits (where a bench's time goes)
  const profile = env.OW_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${env.OW_CPU_PROF_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(root, entry)], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      file.write(chunk);
      if (echo) for (const line of chunk.toString().split('\n').filter(Boolean)) console.log(`  [${name}] ${line}`);
    });
  }
  return child;
}

export async function waitForHealthy(url: string, child: ChildProcess[], timeoutMs = 180_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = 'no answer';
  while (Date.now() < deadline) {
    const dead = child.find((c) => c.exitCode !== null);
    if (dead)
      throw new Error(
        `a service (${dead.spawnargs.at(-1)}) exited (code ${dead.exitCode}${dead.signalCode ? `, ${dead.signalCode}` : ''}) before the stack was healthy`,
      );
    try {
      const res = await fetch(url);
      last = await res.json();
      if (res.ok) return last;
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`not healthy after ${timeoutMs / 1000}s: ${JSON.stringify(last)}`);
}
