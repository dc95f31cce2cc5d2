import pg from 'pg';

/** Prisma stores `timestamp(3)` columns as UTC wall time: read and write them the same way, whatever TZ says. */
pg.types.setTypeParser(1114, (text) => new Date(`${text.replace(' ', 'T')}Z`));
pg.defaults.parseInputDatesAsUTC = true;

export function createPool(databaseUrl: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max });
  // an idle connection dropped (PostgreSQL stopping under the bench's SIGTERM handler) must not crash the bench
  // before it has stopped the rest of its stack; a query on a dropped connection reports its own error
  pool.on('error', () => undefined);
  return pool;
}

export async function count(pool: pg.Pool, sql: string, params: unknown[] = []): Promise<number> {
  const result = await pool.query<{ n: string }>(sql, params);
  return Number(result.rows[0]?.n ?? 0);
}
