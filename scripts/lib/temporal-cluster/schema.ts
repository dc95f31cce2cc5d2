import { spawnSync } from 'node:child_process';
import pg from 'pg';
import type { PersistenceServer } from './config';

/** The sql tool's embedded schema folders (go.temporal.io/server/schema): history store, then visibility. */
const SCHEMAS = { temporal: 'postgresql/v12/temporal', visibility: 'postgresql/v12/visibility' } as const;

const client = (p: PersistenceServer, database: string) =>
  new pg.Client({ host: p.host, port: p.port, user: p.user, password: p.password, database });

async function onServer<T>(p: PersistenceServer, database: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = client(p, database);
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** Runs the sql tool on one database; the password goes by environment, not on a command line others can read. */
function sqlTool(sqlBin: string, p: PersistenceServer, database: string, args: string[]): void {
  const result = spawnSync(sqlBin, ['--plugin', 'postgres12', '--db', database, ...args], {
    env: {
      ...process.env,
      SQL_HOST: p.host,
      SQL_PORT: String(p.port),
      SQL_USER: p.user,
      SQL_PASSWORD: p.password,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(
      `temporal-sql ${args[0]} on ${database} failed (exit ${result.status}):\n${(result.stderr || result.stdout).trim()}`,
    );
}

/**
 * Creates the two databases where missing, sets up a fresh one's versioning tables, and upgrades both to the
 * schema version this server release needs (a no-op when current): safe on every start, and after a server upgrade.
 * Returns the database names it created.
 */
export async function prepareClusterDatabases(sqlBin: string, p: PersistenceServer): Promise<string[]> {
  const created: string[] = [];
  for (const [store, database] of Object.entries(p.databases) as Array<[keyof typeof SCHEMAS, string]>) {
    const exists = await onServer(p, 'postgres', async (c) => {
      const found = (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount === 1;
      if (!found) await c.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      return found;
    });
    if (!exists) created.push(database);
    const versioned = await onServer(
      p,
      database,
      async (c) => (await c.query(`SELECT to_regclass('schema_version') IS NOT NULL AS yes`)).rows[0].yes as boolean,
    );
    if (!versioned) sqlTool(sqlBin, p, database, ['setup-schema', '-v', '0.0']);
    sqlTool(sqlBin, p, database, ['update-schema', '--schema-name', SCHEMAS[store]]);
  }
  return created;
}

/** Whether a server process has written the cluster's metadata (the first one to start on a new database does). */
export async function clusterMetadataWritten(p: PersistenceServer): Promise<boolean> {
  return onServer(
    p,
    p.databases.temporal,
    async (c) => (await c.query('SELECT 1 FROM cluster_metadata_info')).rowCount! > 0,
  );
}

/**
 * Temporal's services keep pools of their own beside OneWindow's processes: a stock PostgreSQL's 100 connections
 * run out. On a server we own, ALTER SYSTEM raises the limit (kept in its data folder, so every later start has it);
 * true when the server must restart for it. Elsewhere the caller only warns: that limit is the DBA's.
 */
export async function raiseConnectionLimit(url: string, atLeast: number): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const current = Number((await c.query('SHOW max_connections')).rows[0].max_connections);
    if (current >= atLeast) return false;
    await c.query(`ALTER SYSTEM SET max_connections = ${Math.floor(atLeast)}`);
    return true;
  } finally {
    await c.end();
  }
}

/** The server's connection limit, for a warning when it is below what the cluster and OneWindow may open. */
export async function connectionLimit(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query('SHOW max_connections')).rows[0].max_connections);
  } finally {
    await c.end();
  }
}

/** The persistence server named by a PostgreSQL URL (Temporal connects over TCP: a socket folder becomes localhost). */
export function persistenceFromUrl(
  url: string,
  databases: PersistenceServer['databases'] = { temporal: 'temporal', visibility: 'temporal_visibility' },
): PersistenceServer {
  const u = new URL(url);
  const socketOnly = !u.hostname || u.searchParams.get('host')?.startsWith('/');
  return {
    host: socketOnly ? '127.0.0.1' : u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    databases,
  };
}
