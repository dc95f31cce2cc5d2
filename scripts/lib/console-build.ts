import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const uiDir = path.join(root, 'admin-ui');
export const DEFAULT_CONSOLE_DIR = path.join(uiDir, 'dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Builds the console with vite when the build is missing or older than its sources (or the compiler it shares).
 * Always a production build (a development React build warns on the console); parallel test stacks each build
 * into their own folder so one never serves another's half-written build.
 */
export function buildConsoleIfStale(log: (msg: string) => void, outDir = DEFAULT_CONSOLE_DIR): void {
  const distIndex = path.join(outDir, 'index.html');
  const sourcesNewest = Math.max(newestMtime(uiDir), newestMtime(path.join(root, 'bpmn')));
  if (existsSync(distIndex) && statSync(distIndex).mtimeMs >= sourcesNewest) {
    log('console build is up to date');
    return;
  }
  log('building the console (vite)');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [
      vite,
      'build',
      '--config',
      path.join(uiDir, 'vite.config.ts'),
      '--logLevel',
      'warn',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) throw new Error('the console build (vite) failed');
}
