import pg from 'pg';
import type { ArchivedFile } from './manifest';

/** Where the dump's files go: the archive writer's addStream for the postgres part. */
export type AddFile = (path: string, chunks: AsyncIterable<Buffer>) => Promise<ArchivedFile>;

export interface Dump {
  takenAt: string;
  serverVersion: string;
  database: string;
  migrations: Array<{ name: string; checksum: string }>;
  files: ArchivedFile[];
}

export interface SequenceValue {
  name: string;
  lastValue: string;
}

const ROWS_PER_FETCH = 2000;
export const rowsFile = (table: string) => `rows/${table}.jsonl`;
export const SEQUENCES_FILE = 'sequences.json';
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A logical dump of the product's database, written by the product: every table's rows from one REPEATABLE READ
 * snapshot (one instant for all tables, taken while the stack runs and blocking no writer), each row in
 * PostgreSQL's own text form of the table's row type, one JSON string a line. The schema is not dumped: it is the
 * migrations the database had applied, whose names and checksums the dump records and a restore replays.
 */
export async function dumpDatabase(url: string, addFile: AddFile): Promise<Dump> {
  const client = new pg.Client({ connectionString: url, application_name: 'onewindow-backup' });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // the first statement takes the snapshot; now() is the transaction's start, just before it
    const { rows: about } = await client.query<{ at: Date; version: string; db: string }>(
      `SELECT now() AS at, current_setting('server_version') AS version, current_database() AS db`,
    );
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
    );
    const { rows: migrations } = await client.query<{ name: string; checksum: string }>(
      `SELECT migration_name AS name, checksum FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const files: ArchivedFile[] = [];
    for (const { name } of tables) files.push(await addFile(rowsFile(name), tableRows(client, name)));
    // sequences are not transactional: a value read now may be past the snapshot's rows, which only leaves a gap
    const { rows: sequences } = await client.query<{ name: string; lastValue: string | null }>(
      `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public'`,
    );
    const values: SequenceValue[] = sequences.flatMap((s) =>
      s.lastValue ? [{ name: s.name, lastValue: s.lastValue }] : [],
    );
    files.push(await addFile(SEQUENCES_FILE, once(Buffer.from(JSON.stringify(values)))));
    await client.query('COMMIT');
    return {
      takenAt: about[0].at.toISOString(),
      serverVersion: about[0].version,
      database: about[0].db,
      migrations,
      files,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function* once(bytes: Buffer): AsyncIterable<Buffer> {
  yield bytes;
}

/** A table's rows through a cursor, a batch at a time, as JSON lines of their text form. */
async function* tableRows(client: pg.Client, table: string): AsyncIterable<Buffer> {
  const cursor = `dump_${table.replace(/\W/g, '_')}`;
  await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT t::text AS row FROM ${quoteIdent(table)} t`);
  for (;;) {
    const { rows } = await client.query<{ row: string }>(`FETCH ${ROWS_PER_FETCH} FROM ${cursor}`);
    if (rows.length === 0) break;
    yield Buffer.from(rows.map((r) => `${JSON.stringify(r.row)}\n`).join(''));
  }
  await client.query(`CLOSE ${cursor}`);
}
