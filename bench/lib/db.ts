import pg from 'pg';

/** Prisma stores `timestamp(3)` columns as UTC wall time: read and write them the same way, whatever TZ says. */
pg.types.setTypeParser(1114, (text) => new Date(`${text.replace(' ', 'T')}Z`));
pg.defaults.parseInputDatesAsUTC = true;

export function createPool(databaseUrl: string, max: number): pg.Pool {
  return new pg.Pool({ connectionString: databaseUrl, max });
}

export async function count(pool: pg.Pool, sql: string, params: unknown[] = []): Promise<number> {
  const result = await pool.query<{ n: string }>(sql, params);
  return Number(result.rows[0]?.n ?? 0);
}
