import pg from 'pg';

export const faultDb = () => new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });

async function countOf(pool: pg.Pool, sql: string, params: unknown[]): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM (${sql}) AS dup`, params);
  return Number(rows[0].n);
}

export interface Duplicates {
  taskRowsPerTaskKey: number;
  eventRowsPerEventKey: number;
  mattersPerIdempotencyKey: number;
  taskOpenedTwice: number;
  taskCompletedTwice: number;
  outcomeTwice: number;
  resultIssuedTwice: number;
  openTasksOfFinishedMatters: number;
}

/**
 * Everything that would show a retried activity or a replayed workflow task writing twice, for the given
 * matters: each figure counts offending keys and must be 0.
 */
export async function duplicatesOf(pool: pg.Pool, matterIds: string[]): Promise<Duplicates> {
  const ids = [matterIds];
  const twice = (type: string, key = `data->>'taskKey'`) =>
    countOf(
      pool,
      `SELECT ${key} FROM "MatterEvent" WHERE "matterId" = ANY($1) AND type = '${type}' GROUP BY "matterId", ${key} HAVING count(*) > 1`,
      ids,
    );
  return {
    taskRowsPerTaskKey: await countOf(
      pool,
      `SELECT "taskKey" FROM "Task" WHERE "matterId" = ANY($1) GROUP BY 1 HAVING count(*) > 1`,
      ids,
    ),
    eventRowsPerEventKey: await countOf(
      pool,
      `SELECT "eventKey" FROM "MatterEvent" WHERE "matterId" = ANY($1) GROUP BY 1 HAVING count(*) > 1`,
      ids,
    ),
    mattersPerIdempotencyKey: await countOf(
      pool,
      `SELECT "idempotencyKey" FROM "Matter" WHERE id = ANY($1) GROUP BY 1 HAVING count(*) > 1`,
      ids,
    ),
    taskOpenedTwice: await twice('task.opened'),
    taskCompletedTwice: await twice('task.completed'),
    outcomeTwice: await countOf(
      pool,
      `SELECT "matterId" FROM "MatterEvent" WHERE "matterId" = ANY($1) AND type IN ('matter.completed', 'matter.rejected', 'matter.reportedUp') GROUP BY 1 HAVING count(*) > 1`,
      ids,
    ),
    resultIssuedTwice: await twice('service.issueResult', `"matterId"`),
    openTasksOfFinishedMatters: await countOf(
      pool,
      `SELECT t.id FROM "Task" t JOIN "Matter" m ON m.id = t."matterId" WHERE m.id = ANY($1) AND m.status NOT IN ('IN_PROGRESS', 'PENDING_START', 'SUSPENDED') AND t.status IN ('OPEN', 'CLAIMED')`,
      ids,
    ),
  };
}

export const NO_DUPLICATES: Duplicates = {
  taskRowsPerTaskKey: 0,
  eventRowsPerEventKey: 0,
  mattersPerIdempotencyKey: 0,
  taskOpenedTwice: 0,
  taskCompletedTwice: 0,
  outcomeTwice: 0,
  resultIssuedTwice: 0,
  openTasksOfFinishedMatters: 0,
};

/** How many rows of each kind the matters have, to compare with a matter driven without faults. */
export async function shapeOf(
  pool: pg.Pool,
  matterIds: string[],
): Promise<{ statuses: Record<string, number>; tasksPerMatter: number[]; eventsPerMatter: number[] }> {
  const statuses = await pool.query<{ status: string; n: string }>(
    `SELECT status, count(*) AS n FROM "Matter" WHERE id = ANY($1) GROUP BY 1`,
    [matterIds],
  );
  const tasks = await pool.query<{ n: string }>(
    `SELECT DISTINCT count(t.id) AS n FROM "Matter" m LEFT JOIN "Task" t ON t."matterId" = m.id WHERE m.id = ANY($1) GROUP BY m.id`,
    [matterIds],
  );
  const events = await pool.query<{ n: string }>(
    `SELECT DISTINCT count(e.id) AS n FROM "Matter" m LEFT JOIN "MatterEvent" e ON e."matterId" = m.id WHERE m.id = ANY($1) GROUP BY m.id`,
    [matterIds],
  );
  return {
    statuses: Object.fromEntries(statuses.rows.map((r) => [r.status, Number(r.n)])),
    tasksPerMatter: tasks.rows.map((r) => Number(r.n)).sort((a, b) => a - b),
    eventsPerMatter: events.rows.map((r) => Number(r.n)).sort((a, b) => a - b),
  };
}
