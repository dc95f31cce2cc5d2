import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');

/**
 * Runs the Prisma CLI offline: the engine variables point at an existing file so the CLI does not try to
 * download native engines first (it uses the WebAssembly schema engine via prisma.config.ts).
 */
export function runPrisma(args: string[], databaseUrl?: string, quiet = false): { status: number; output: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      PRISMA_SCHEMA_ENGINE_BINARY: cli,
      PRISMA_QUERY_ENGINE_LIBRARY: cli,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
    stdio: quiet ? 'pipe' : 'inherit',
  });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}
