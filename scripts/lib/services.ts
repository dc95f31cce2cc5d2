import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Runs a TypeScript entry point with tsx; output is prefixed on the console and kept in a log file. */
export function spawnService(name: string, entry: string, env: NodeJS.ProcessEnv, logFile: string, echo = true): ChildProcess {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const file = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [tsx, path.join(root, entry)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
    if (dead) throw new Error(`a service exited (code ${dead.exitCode}) before the stack was healthy`);
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
