import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readArchive } from '../platform/backup/archive-reader';
import { createBackup } from '../platform/backup/create-backup';
import { extractTo } from '../platform/backup/extract';
import { loadDatabase } from '../platform/backup/postgres-load';
import { ensureSqliteCli } from '../platform/backup/sqlite-snapshot';
import { createDb } from '../platform/db';
import { reconcile } from '../platform/reconcile/reconcile';
import { getState } from '../workflows/procedure-contract';
import { recreateDatabase, withDatabase } from '../scripts/lib/postgres';
import type { BenchContext } from './lib/context';
import { count } from './lib/db';
import type { Figure, Run } from './lib/figures';
import { closedLoop, waitUntil } from './lib/measure';
import { ROOT } from './lib/stack';

const SECTION = '10. Backups: per 10,000 matters';
const PASSPHRASE = 'bench-backup-passphrase';
const RECONCILE_CONCURRENCY = 8;

const sizeOf = (dir: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);

const timed = async (work: () => Promise<unknown> | unknown): Promise<number> => {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
};

/** psql (Debian's client) running one script: the bare tool's COPY, which pg_dump would run for the data too. */
function psql(url: string, script: string, file: string): void {
  writeFileSync(file, script);
  execFileSync('psql', ['--no-psqlrc', '--quiet', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', file], { stdio: 'pipe' });
}

/**
 * `npm run backup`'s work (Temporal's SQLite snapshot, the database's snapshot, one encrypted archive with every
 * SHA-256) against the bare copy tools on the same data in the same run: `sqlite3 .backup` and psql's COPY of every
 * table (Debian's pg_dump, 15, refuses the embedded server, 18; pg_dump's data is the same COPY). The restore
 * (check and extract the archive, replay the migrations, load the rows) against psql replaying the same migrations
 * and COPYing the same rows back; reconcile over every open matter against one getState query for each.
 */
export async function benchBackup(ctx: BenchContext): Promise<Figure[]> {
  const matters = ctx.quick ? 1000 : 10_000;
  const { stack, fixtures, pool, temporal } = ctx;
  const clerk = await ctx.session('clerk');
  ctx.log(`accepting ${matters} matters through the API (the worker opening each one's first task)`);
  const ids: string[] = [];
  const seeded = await closedLoop(matters, 16, async (i) => {
    const accepted = await clerk.expect(201, 'POST', '/matters/intake', fixtures.intakeBody(900_000_000 + i));
    ids.push(accepted.matter.id as string);
  });
  const openSql = `SELECT count(*) AS n FROM "Task" WHERE "matterId" = ANY($1) AND status = 'OPEN'`;
  await waitUntil('every first task', async () => (await count(pool, openSql, [ids])) >= matters, 1_800_000, 2000);
  // the database holds the other benches' matters too: the figures are per 10,000 of all of them
  const total = await count(pool, `SELECT count(*) AS n FROM "Matter"`);
  const scale = 10_000 / total;
  ctx.notes.push(
    `backup: ${matters} matters accepted in ${(seeded.wallMs / 1000).toFixed(0)} s; ${total} in the database; backup and restore scaled ×${scale.toFixed(2)} to 10,000, reconcile run over this bench's own open matters`,
  );

  const work = path.join(stack.dataDir, 'backup-bench');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const sqliteCli = ensureSqliteCli();
  const temporalDb = path.join(stack.dataDir, 'temporal', 'temporal.db');
  const { rows: tables } = await pool.query<{ t: string }>(
    `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  const migrations = readdirSync(path.join(ROOT, 'prisma', 'migrations'))
    .filter((d) => /^\d+_/.test(d))
    .sort()
    .map((d) => path.join(ROOT, 'prisma', 'migrations', d, 'migration.sql'));
  const sqlFiles = readdirSync(path.join(ROOT, 'prisma', 'sql'))
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => path.join(ROOT, 'prisma', 'sql', f));

  const backup: Run[] = [];
  const size: Run[] = [];
  const restore: Run[] = [];
  for (let run = 1; run <= ctx.runs; run++) {
    const out = path.join(work, 'out');
    const bare = path.join(work, 'bare');
    for (const dir of [out, bare]) rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(bare, 'rows'), { recursive: true });
    let archive = '';
    let archiveSize = 0;
    const ours = await timed(async () => {
      const result = await createBackup({
        databaseUrl: stack.databaseUrl,
        temporal: { sqliteFile: temporalDb, sqliteCli, serverVersion: 'bench', namespace: 'default' },
        filesDir: path.join(work, 'no-files'),
        passphrase: PASSPHRASE,
        outDir: out,
        piiKey: { hex: stack.env.PII_KEY, keptIn: 'environment' },
        productVersion: 'bench',
      });
      archive = result.archivePath;
      archiveSize = result.size;
    });
    const bareMs = await timed(() => {
      execFileSync(sqliteCli, [temporalDb, `.backup '${path.join(bare, 'temporal.db')}'`]);
      psql(
        stack.databaseUrl,
        tables.map(({ t }) => `\\copy "${t}" TO '${path.join(bare, 'rows', `${t}.copy`)}'`).join('\n'),
        path.join(work, 'out.sql'),
      );
    });
    backup.push({ value: ours * scale, baseline: bareMs * scale });
    size.push({ value: (archiveSize / 1024 / 1024) * scale, baseline: (sizeOf(bare) / 1024 / 1024) * scale });

    const target = withDatabase(stack.databaseUrl, 'bench_restore');
    const extracted = path.join(work, 'extracted');
    rmSync(extracted, { recursive: true, force: true });
    await recreateDatabase(target);
    const oursRestore = await timed(async () => {
      const manifest = await readArchive(
        archive,
        PASSPHRASE,
        extractTo((part) => path.join(extracted, part)),
      );
      await loadDatabase(target, {
        migrations: manifest.migrations,
        migrationsDir: path.join(ROOT, 'prisma', 'migrations'),
        sqlDir: path.join(ROOT, 'prisma', 'sql'),
        dumpDir: path.join(extracted, 'postgres'),
      });
    });
    await recreateDatabase(target);
    const bareRestore = await timed(() => {
      cpSync(path.join(bare, 'temporal.db'), path.join(work, 'restored-temporal.db'));
      const schema = [...migrations, ...sqlFiles].map((f) => `\\i '${f}'`);
      // the bare tool loads in any order with the foreign keys off (a superuser's session_replication_role)
      const rows = tables.map(({ t }) => `\\copy "${t}" FROM '${path.join(bare, 'rows', `${t}.copy`)}'`);
      psql(
        target,
        [
          'BEGIN;',
          'CREATE TABLE "_prisma_migrations" (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL, finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0);',
          ...schema,
          'SET session_replication_role = replica;',
          ...rows,
          'COMMIT;',
          'ANALYZE;',
        ].join('\n'),
        path.join(work, 'in.sql'),
      );
    });
    restore.push({ value: oursRestore * scale, baseline: bareRestore * scale });
    ctx.log(
      `run ${run}: backup ${(ours / 1000).toFixed(1)} s vs ${(bareMs / 1000).toFixed(1)} s, restore ${(oursRestore / 1000).toFixed(1)} s vs ${(bareRestore / 1000).toFixed(1)} s`,
    );
  }
  await recreateDatabase(withDatabase(stack.databaseUrl, 'bench_restore'));

  const db = createDb(stack.databaseUrl, RECONCILE_CONCURRENCY + 2);
  const reconciled: Run[] = [];
  try {
    const { rows: open } = await pool.query<{ id: string; workflowId: string }>(
      `SELECT id, "workflowId" FROM "Matter" WHERE id = ANY($1) AND status IN ('IN_PROGRESS', 'SUSPENDED')`,
      [ids],
    );
    const scaleOpen = 10_000 / open.length;
    for (let run = 1; run <= Math.min(ctx.runs, 2); run++) {
      let repaired = 0;
      const ours = await timed(async () => {
        const report = await reconcile(
          { db, temporal },
          { concurrency: RECONCILE_CONCURRENCY, matterIds: open.map((m) => m.id) },
        );
        repaired = report.repaired.length;
      });
      const bare = await timed(() =>
        closedLoop(
          open.length,
          RECONCILE_CONCURRENCY,
          async (i) => void (await temporal.workflow.getHandle(open[i].workflowId).query(getState)),
        ),
      );
      reconciled.push({ value: ours * scaleOpen, baseline: bare * scaleOpen });
      ctx.log(
        `reconcile run ${run}: ${open.length} open matters in ${(ours / 1000).toFixed(1)} s (${repaired} repaired) vs queries alone ${(bare / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await db.$disconnect();
    rmSync(work, { recursive: true, force: true });
  }

  return [
    {
      section: SECTION,
      name: 'npm run backup (SQLite snapshot + database dump + encrypted archive)',
      unit: 's',
      baselineName: 'sqlite3 .backup + psql COPY of every table',
      runs: backup.map((r) => ({ value: r.value / 1000, baseline: r.baseline / 1000 })),
    },
    { section: SECTION, name: 'archive size', unit: 'MiB', baselineName: 'the bare copies, unencrypted', runs: size },
    {
      section: SECTION,
      name: 'restore (check + extract, migrations, rows)',
      unit: 's',
      baselineName: 'psql: the migrations and COPY FROM, FKs off',
      runs: restore.map((r) => ({ value: r.value / 1000, baseline: r.baseline / 1000 })),
    },
    {
      section: SECTION,
      name: 'reconcile, per 10,000 open matters',
      unit: 's',
      baselineName: 'one getState query each (8 at once)',
      runs: reconciled.map((r) => ({ value: r.value / 1000, baseline: r.baseline / 1000 })),
    },
  ];
}
