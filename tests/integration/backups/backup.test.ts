/**
 * Backups against the test stack's PostgreSQL: the dump restores into an empty database with every row and
 * sequence; a backup started while another runs is refused; a disk that fills up leaves no partial archive; the
 * console's API shows the runs to admins only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { readArchive } from '../../../platform/backup/archive-reader';
import { BackupError } from '../../../platform/backup/backup-error';
import { runBackupJob } from '../../../platform/backup/backup-job';
import { createBackup, type BackupInput } from '../../../platform/backup/create-backup';
import { extractTo } from '../../../platform/backup/extract';
import { loadDatabase } from '../../../platform/backup/postgres-load';
import { parseConfig } from '../../../platform/config';
import { as } from '../../support/matters';
import { testDb } from '../../support/db';

jest.setTimeout(180_000);

const root = path.resolve(__dirname, '..', '..', '..');
/** The newest migration folder: the last one a dump records. */
const latestMigration = () =>
  readdirSync(path.join(root, 'prisma', 'migrations'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .at(-1);
const PASSPHRASE = 'integration-test-passphrase';
const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/** Every table's row count and digest, the sequences, the triggers: what a restore must give back. */
async function digest(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    const { rows: tables } = await client.query<{ t: string }>(
      `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'OperationRun' ORDER BY 1`,
    );
    for (const { t } of tables) {
      const { rows } = await client.query(
        `SELECT count(*) AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`,
      );
      out[t] = `${rows[0].n}:${rows[0].h}`;
    }
    const seq = await client.query(`SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'`);
    out.sequences = JSON.stringify(seq.rows);
    const triggers = await client.query(`SELECT count(*) AS n FROM pg_trigger WHERE NOT tgisinternal`);
    out.triggers = String(triggers.rows[0].n);
    return out;
  } finally {
    await client.end();
  }
}

describe('backups', () => {
  const db = testDb();
  const url = process.env.DATABASE_URL!;
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ow-backup-it-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  afterAll(() => db.$disconnect());

  const input = (over: Partial<BackupInput> = {}): BackupInput => ({
    databaseUrl: url,
    filesDir: path.join(dir, 'files'),
    passphrase: PASSPHRASE,
    outDir: path.join(dir, 'out'),
    piiKey: { hex: process.env.PII_KEY!, keptIn: 'environment' },
    productVersion: 'test',
    ...over,
  });

  test('the dump restores into an empty database with every row, sequence and trigger', async () => {
    mkdirSync(path.join(dir, 'files', 'materials'), { recursive: true });
    writeFileSync(path.join(dir, 'files', 'materials', 'a.pdf'), 'a material');
    const { archivePath, manifest } = await createBackup(input());
    expect(manifest.parts.map((p) => p.name)).toEqual(['postgres', 'files']);
    expect(manifest.parts[1].files.map((f) => f.path)).toEqual(['materials/a.pdf']);
    expect(manifest.migrations.at(-1)?.name).toBe(latestMigration());

    const extracted = path.join(dir, 'extracted');
    await readArchive(
      archivePath,
      PASSPHRASE,
      extractTo((part) => path.join(extracted, part)),
    );
    const first = `restore_${process.pid}`;
    const second = `restore_${process.pid}_again`;
    const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
    await admin.connect();
    const recreate = async (name: string) => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
    };
    const load = (name: string, dumpDir: string) =>
      loadDatabase(withDatabase(url, name), {
        migrations: manifest.migrations,
        migrationsDir: path.join(root, 'prisma', 'migrations'),
        sqlDir: path.join(root, 'prisma', 'sql'),
        dumpDir,
      });
    try {
      await recreate(first);
      const loaded = await load(first, path.join(extracted, 'postgres'));
      expect(loaded.tables).toBeGreaterThan(20);
      const live = await digest(url);
      const restored = await digest(withDatabase(url, first));
      // other suites write to the live database while this one runs: the restore must hold every table and trigger
      expect(Object.keys(restored).sort()).toEqual(Object.keys(live).sort());
      expect(restored.triggers).toBe(live.triggers);
      expect(restored._prisma_migrations).toBe(live._prisma_migrations);

      // the quiet copy's own round trip must give back every row and sequence, byte for byte
      const again = await createBackup(
        input({ databaseUrl: withDatabase(url, first), outDir: path.join(dir, 'out2') }),
      );
      const extractedAgain = path.join(dir, 'extracted-again');
      await readArchive(
        again.archivePath,
        PASSPHRASE,
        extractTo((part) => path.join(extractedAgain, part)),
      );
      await recreate(second);
      await load(second, path.join(extractedAgain, 'postgres'));
      expect(await digest(withDatabase(url, second))).toEqual(restored);

      await expect(load(first, path.join(extracted, 'postgres'))).rejects.toMatchObject({ code: 'NOT_EMPTY' });
    } finally {
      for (const name of [first, second]) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });

  test('a backup started while another runs is refused with a clear message', async () => {
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock(7382030)'); // the lock a running backup holds
      const refused = await createBackup(input()).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(BackupError);
      expect(refused).toMatchObject({ code: 'BUSY', en: 'Another backup is running: try again once it has finished' });
      expect(existsSync(path.join(dir, 'out'))).toBe(false); // nothing written, not even the folder
    } finally {
      await holder.end();
    }
  });

  test('a disk that fills up during a backup leaves no partial archive, and the run is recorded as failed', async () => {
    const full = path.join(dir, 'tiny');
    mkdirSync(full);
    // a 64 KiB file system (root, as npm test runs): the dump does not fit
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', full]);
    try {
      const config = parseConfig({ ...process.env, BACKUP_DIR: full, BACKUP_PASSPHRASE: PASSPHRASE });
      const startedFrom = new Date();
      const failed = await runBackupJob({ config, db, temporalServerVersion: async () => 'n/a' }, 'cli').catch(
        (e: unknown) => e as NodeJS.ErrnoException,
      );
      expect(failed).toMatchObject({ code: 'ENOSPC' });
      expect(readdirSync(full)).toEqual([]);
      // this run only: the backups browser test records runs dated an hour ahead on the same database
      const runs = await db.operationRun.findMany({
        where: { kind: 'BACKUP', trigger: 'cli', startedAt: { gte: startedFrom } },
      });
      expect(runs).toHaveLength(1);
      const [run] = runs;
      expect(run).toMatchObject({ status: 'FAILED' });
      expect(run.error).toMatch(/ENOSPC/);
    } finally {
      execFileSync('umount', [full]);
    }
  });

  test('the backups page is the admins: the runs, the settings, and no backup without a passphrase', async () => {
    const admin = await as('admin');
    const overview = await admin.get('/backups/overview');
    expect(overview.status).toBe(200);
    expect(overview.body.settings).toMatchObject({ passphraseSet: false, schedule: 'off', keep: 7 });
    // the latest may be one the backups browser test records an hour ahead on the same database
    expect(overview.body.lastBackup).toMatchObject({ kind: 'BACKUP' });
    const runs = await admin.get('/backups?kind=BACKUP&perPage=100');
    expect(runs.status).toBe(200);
    expect(runs.body.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ trigger: 'cli', status: 'FAILED' })]),
    );
    const refused = await admin.post('/backups');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('BACKUP_PASSPHRASE');
    expect((await (await as('clerk')).get('/backups/overview')).status).toBe(403);
    expect((await (await as('manager')).post('/backups/reconcile')).status).toBe(403);
  });
});
