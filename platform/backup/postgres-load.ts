import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { BackupError } from './backup-error';
import { quoteIdent, rowsFile, SEQUENCES_FILE, type SequenceValue } from './postgres-dump';

const ROWS_PER_INSERT = 1000;

/** The table Prisma keeps its applied migrations in, as `prisma migrate` creates it (same columns, same order). */
const PRISMA_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface LoadInput {
  /** the archive's migrations, oldest first */
  migrations: Array<{ name: string; checksum: string }>;
  /** prisma/migrations and prisma/sql of this code */
  migrationsDir: string;
  sqlDir: string;
  /** the extracted postgres part */
  dumpDir: string;
  /** more statements in the same transaction, after the rows (the restore's own records) */
  afterRows?: (client: pg.Client) => Promise<void>;
}

/**
 * Rebuilds the database from a dump into an empty database, in one transaction (interrupted, it leaves the database
 * empty): the archive's migrations (each checked against this code's file by its checksum; newer ones `npm start`
 * applies after), the rows in foreign-key order, the sequences, then prisma/sql's triggers and functions.
 */
export async function loadDatabase(url: string, input: LoadInput): Promise<{ tables: number; rows: number }> {
  const client = new pg.Client({ connectionString: url, application_name: 'onewindow-restore' });
  await client.connect();
  try {
    const { rows: existing } = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' LIMIT 1`);
    if (existing.length > 0)
      throw new BackupError(
        'NOT_EMPTY',
        '目标数据库不是空的：请换一个空库，或加 --force 先清空它',
        'The target database is not empty: use an empty one, or --force to empty it first',
      );
    await client.query('BEGIN');
    await client.query(PRISMA_MIGRATIONS_TABLE);
    for (const migration of input.migrations) await client.query(migrationSql(input.migrationsDir, migration));
    const tables = readdirSync(path.join(input.dumpDir, 'rows'))
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => f.slice(0, -'.jsonl'.length));
    // the dump holds the truth: rows a migration seeds (default settings) give way to the dumped ones
    if (tables.length) await client.query(`TRUNCATE ${tables.map(quoteIdent).join(', ')} CASCADE`);
    let rows = 0;
    for (const table of await inForeignKeyOrder(client, tables)) rows += await loadTable(client, input.dumpDir, table);
    const sequences = JSON.parse(readFileSync(path.join(input.dumpDir, SEQUENCES_FILE), 'utf8')) as SequenceValue[];
    for (const s of sequences)
      await client.query(`SELECT setval($1, $2::bigint, true)`, [quoteIdent(s.name), s.lastValue]);
    await input.afterRows?.(client);
    for (const file of readdirSync(input.sqlDir)
      .filter((f) => f.endsWith('.sql'))
      .sort())
      await client.query(readFileSync(path.join(input.sqlDir, file), 'utf8'));
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return { tables: tables.length, rows };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** This code's file of an archived migration, which must be the same file (Prisma's checksum: its SHA-256). */
function migrationSql(migrationsDir: string, migration: { name: string; checksum: string }): string {
  const file = path.join(migrationsDir, migration.name, 'migration.sql');
  if (!existsSync(file))
    throw new BackupError(
      'INCOMPATIBLE',
      `归档来自更新的 OneWindow 版本（本版本没有迁移 ${migration.name}）：请先更新代码`,
      `The archive comes from a newer OneWindow (this code has no migration ${migration.name}): update the code first`,
      'postgres',
    );
  const sql = readFileSync(file, 'utf8');
  if (createHash('sha256').update(sql).digest('hex') !== migration.checksum)
    throw new BackupError(
      'INCOMPATIBLE',
      `迁移 ${migration.name} 与归档中的不一致`,
      `Migration ${migration.name} differs from the one the archived database had applied`,
      'postgres',
    );
  return sql;
}

/** Parents before children, so every foreign key finds its row (self-references are left to the table itself). */
async function inForeignKeyOrder(client: pg.Client, tables: string[]): Promise<string[]> {
  const { rows: known } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`,
  );
  const schemaTables = new Set(known.map((r) => r.name));
  const unknown = tables.find((t) => !schemaTables.has(t));
  if (unknown)
    throw new BackupError(
      'INCOMPATIBLE',
      `归档中的表 ${unknown} 在迁移后的库里不存在`,
      `Table ${unknown} of the archive is not in the migrated schema`,
      'postgres',
    );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent FROM pg_constraint c
      WHERE c.contype = 'f' AND c.conrelid <> c.confrelid`,
  );
  const unquote = (name: string) => name.replace(/^"(.*)"$/, '$1').replace(/""/g, '"');
  const parents = new Map<string, string[]>(tables.map((t) => [t, []]));
  for (const e of edges) parents.get(unquote(e.child))?.push(unquote(e.parent));
  const ordered: string[] = [];
  const visit = (table: string, seen: Set<string>) => {
    if (ordered.includes(table) || seen.has(table)) return;
    seen.add(table);
    for (const parent of parents.get(table) ?? []) if (parents.has(parent)) visit(parent, seen);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

async function loadTable(client: pg.Client, dumpDir: string, table: string): Promise<number> {
  const type = quoteIdent(table);
  // OFFSET 0 keeps the cast from being evaluated once per column when the record is expanded
  const insert = `INSERT INTO ${type} SELECT (r).* FROM (SELECT line::${type} AS r FROM unnest($1::text[]) AS line OFFSET 0) s`;
  const lines = createInterface({ input: createReadStream(path.join(dumpDir, rowsFile(table))), crlfDelay: Infinity });
  let batch: string[] = [];
  let count = 0;
  for await (const line of lines) {
    if (!line) continue;
    batch.push(JSON.parse(line) as string);
    if (batch.length === ROWS_PER_INSERT) {
      await client.query(insert, [batch]);
      count += batch.length;
      batch = [];
    }
  }
  if (batch.length) await client.query(insert, [batch]);
  return count + batch.length;
}
