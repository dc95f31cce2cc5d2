import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client';

export type Db = PrismaClient;

const pools = new WeakMap<Db, pg.Pool>();

export function createDb(databaseUrl: string, poolSize = 10): Db {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle connection dropped (PostgreSQL restarting) is discarded by the pool; queries report their own errors.
  // Prisma adds the same listener once it connects; readSql may use the pool before that.
  pool.on('error', () => undefined);
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(db, pool);
  return db;
}

// Prisma stores DateTime as `timestamp(3)` in UTC wall time; pg would read it as local time.
const TIMESTAMP = 1114;
const sqlTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP ? (text: string) => new Date(`${text.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format),
};

/**
 * A hand-written read (Prisma.sql) on the Db's own pool, skipping Prisma's query compiler: for the reads every
 * request makes (the session) and the inbox, where compiling costs more than PostgreSQL's work. Same rows as
 * `$queryRaw` (timestamps as Dates); cast enums and counts in the SQL (`::text`, `::int`). The pool is Prisma's,
 * so it ends with `$disconnect`.
 */
export async function readSql<T>(db: Db, query: Prisma.Sql): Promise<T[]> {
  const pool = pools.get(db);
  if (!pool) return db.$queryRaw<T[]>(query);
  const { rows } = await pool.query<T & pg.QueryResultRow>({ text: query.text, values: query.values, types: sqlTypes as pg.CustomTypesConfig });
  return rows;
}
