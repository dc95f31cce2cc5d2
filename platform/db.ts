import { createHash } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client';

export type Db = PrismaClient;

const pools = new WeakMap<Db, { pool: pg.Pool; prepare: boolean }>();

/** PgBouncer in transaction mode (Prisma's `pgbouncer=true`): a connection is not the client's between statements. */
export const behindTransactionPooler = (databaseUrl: string) => /[?&]pgbouncer=true/.test(databaseUrl);

/** the API's and the worker's pool, each */
export const DEFAULT_POOL_SIZE = 10;

const ENDS_TRANSACTION = new Set(['COMMIT', 'ROLLBACK']);
const watched = new WeakSet<pg.PoolClient>();

/**
 * Prisma 6.19's transaction manager sends COMMIT or ROLLBACK and only then gives the connection back: when that
 * statement fails (PostgreSQL went away mid-transaction) the connection is never released, and once `max` of them
 * are lost every query of the process waits for ever (a worker's activities hang, so it stops polling). Such a
 * connection is released here, as broken, when its COMMIT or ROLLBACK fails.
 */
function releaseOnFailedEnd(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  const wrapped = async () => {
    const client = await connect();
    if (!watched.has(client)) {
      watched.add(client);
      // pg-pool takes its error listener off a client it hands out: PostgreSQL ending the connection (a restart,
      // 57P01) between two queries of a transaction would then be an unhandled 'error' that ends the process. The
      // next query on the client fails instead, and the failed client is not given out again.
      client.on('error', () => undefined);
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      client.query = ((...args: unknown[]) => {
        const result = query(...args);
        const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
        if (!text || !ENDS_TRANSACTION.has(text) || !(result instanceof Promise)) return result;
        return result.catch((err: unknown) => {
          client.release(err instanceof Error ? err : new Error(String(err)));
          throw err;
        });
      }) as typeof client.query;
    }
    return client;
  };
  // pg's own pool.query passes a callback: that path releases its client itself
  pool.connect = ((callback?: unknown) =>
    callback ? (connect as (cb: unknown) => void)(callback) : wrapped()) as typeof pool.connect;
}

export function createDb(databaseUrl: string, poolSize = DEFAULT_POOL_SIZE): Db {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  releaseOnFailedEnd(pool);
  // An idle connection dropped (PostgreSQL restarting) is discarded by the pool; queries report their own errors.
  // Prisma adds the same listener once it connects; runSql may use the pool before that.
  pool.on('error', () => undefined);
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  // behind a transaction pooler a named statement may meet another connection
  pools.set(db, { pool, prepare: !behindTransactionPooler(databaseUrl) });
  return db;
}

// Prisma stores DateTime as `timestamp(3)` in UTC wall time; pg would read it as local time.
const TIMESTAMP = 1114;
const sqlTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP ? (text: string) => new Date(`${text.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format),
};

const statementNames = new Map<string, string>();
/** The name a statement is prepared under, from its text (hashed once per text: the texts are few, the calls many). */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `ow_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`));
  return name;
}

/**
 * A hand-written statement (Prisma.sql) on the Db's own pool, skipping Prisma's client and query compiler: for the
 * reads every request makes (the session), the inbox, and the intake's writes, where Prisma's own work costs more
 * than PostgreSQL's. Outside any Prisma transaction. Same rows as `$queryRaw` (timestamps as Dates); cast enums and
 * counts in the SQL (`::text`, `::int`). The pool is Prisma's, so it ends with `$disconnect`. `prepare`: a named
 * statement, parsed and planned once per connection; only for statements that name their columns (`SELECT *`
 * would fail once a migration adds one).
 */
export async function runSql<T>(db: Db, query: Prisma.Sql, options: { prepare?: boolean } = {}): Promise<T[]> {
  const shared = pools.get(db);
  if (!shared) return db.$queryRaw<T[]>(query);
  const name = options.prepare && shared.prepare ? statementName(query.text) : undefined;
  const { rows } = await shared.pool.query<T & pg.QueryResultRow>({
    name,
    text: query.text,
    values: query.values,
    types: sqlTypes as pg.CustomTypesConfig,
  });
  return rows;
}
