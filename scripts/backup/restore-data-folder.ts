import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { readArchive } from '../../platform/backup/archive-reader';
import { BackupError } from '../../platform/backup/backup-error';
import { extractTo } from '../../platform/backup/extract';
import { piiKeyFingerprint, type Manifest } from '../../platform/backup/manifest';
import { loadDatabase } from '../../platform/backup/postgres-load';
import { recordRestore } from '../../platform/backup/restore-records';
import {
  embeddedPostgresRunning,
  recreateDatabase,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from '../lib/postgres';
import type { stackLayout } from '../lib/stack-layout';
import { log } from '../lib/log';

const root = path.resolve(__dirname, '..', '..');

export interface RestoreOptions {
  archive: string;
  passphrase: string;
  /** the PII key the admin keeps off the machine; checked against the archive's fingerprint */
  piiKey?: string;
  layout: ReturnType<typeof stackLayout>;
  /** an external PostgreSQL to load into instead of a new embedded cluster in data/postgres */
  databaseUrl?: string;
  /** replace a data folder (and database) that is not empty; the old folder is kept beside it */
  force: boolean;
  /** keep the passphrase in data/secrets for the nightly backups (it was not given by the environment) */
  keepPassphrase: boolean;
}

export interface RestoreOutcome {
  manifest: Manifest;
  tables: number;
  rows: number;
  replacedFolder?: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function checkPiiKey(manifest: Manifest, piiKey: string | undefined): void {
  if (!piiKey) {
    if (manifest.piiKey.keptIn === 'environment') return; // the deployment passes it to every start, as before
    throw new BackupError(
      'PII_KEY',
      '请提供 PII 密钥（管理员另行保管，见 README「备份」）：PII_KEY=… 或 --pii-key-file 文件',
      'Give the PII key the admin keeps off the machine (README: Backups): PII_KEY=… or --pii-key-file <file>',
    );
  }
  if (piiKeyFingerprint(piiKey) !== manifest.piiKey.fingerprint)
    throw new BackupError(
      'PII_KEY',
      '这不是该备份的数据所用的 PII 密钥',
      'This is not the PII key the archived data is encrypted with',
    );
}

/**
 * Restores an archive into the data folder through a staging folder beside it (`<data>.restoring`): the archive is
 * checked whole while it is extracted there, the database is rebuilt (a new embedded cluster in the staging folder,
 * or DATABASE_URL's database), and only then is the staging folder renamed into place. Interrupted, the data folder
 * is as it was (empty or whole); a leftover staging folder is cleared by the next restore.
 */
export async function restoreDataFolder(opts: RestoreOptions): Promise<RestoreOutcome> {
  const { layout } = opts;
  const target = layout.dataDir;
  if (await embeddedPostgresRunning(path.join(layout.postgresDir, 'pgdata')))
    throw new BackupError(
      'STACK_RUNNING',
      `${target} 的数据库正在运行：请先停止 npm start`,
      `The database in ${target} is running: stop npm start first`,
    );
  const targetUsed = existsSync(target) && readdirSync(target).length > 0;
  if (targetUsed && !opts.force)
    throw new BackupError(
      'NOT_EMPTY',
      `${target} 不是空的：恢复只写入空的数据目录；确需覆盖请加 --force（原目录会保留在旁边）`,
      `${target} is not empty: a restore only fills an empty data folder; add --force to replace it (the old one is kept beside it)`,
    );
  const staging = `${target}.restoring`;
  await stopEmbeddedPostgres(path.join(staging, 'postgres', 'pgdata'), 'immediate');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o755 });
  const dumpDir = path.join(staging, '.dump');
  const startedAt = new Date();
  let stopPostgres = async () => undefined as void;
  try {
    log.info(`checking and extracting ${opts.archive}`);
    const manifest = await readArchive(
      opts.archive,
      opts.passphrase,
      extractTo(
        (part) =>
          ({ temporal: path.join(staging, 'temporal'), postgres: dumpDir, files: path.join(staging, 'files') })[part],
      ),
    );
    log.ok(
      `archive checked: ${manifest.parts.map((p) => `${p.name} (${p.files.length} files)`).join(', ')}, every SHA-256 matches`,
    );
    checkPiiKey(manifest, opts.piiKey);

    let databaseUrl = opts.databaseUrl;
    if (databaseUrl) {
      if (opts.force) await recreateDatabase(databaseUrl);
    } else {
      const pg = await startEmbeddedPostgres(path.join(staging, 'postgres'), await freePort(), layout.postgresDatabase);
      stopPostgres = () => pg.stop();
      databaseUrl = pg.url;
    }
    log.info('rebuilding the database: the archived migrations, then the rows');
    const archiveSize = statSync(opts.archive).size;
    const loaded = await loadDatabase(databaseUrl, {
      migrations: manifest.migrations,
      migrationsDir: path.join(root, 'prisma', 'migrations'),
      sqlDir: path.join(root, 'prisma', 'sql'),
      dumpDir,
      afterRows: (client) => recordRestore(client, { manifest, archivePath: opts.archive, archiveSize, startedAt }),
    });
    await stopPostgres();
    stopPostgres = async () => undefined;
    log.ok(`database rebuilt: ${loaded.tables} tables, ${loaded.rows} rows`);

    rmSync(dumpDir, { recursive: true, force: true });
    const secrets = path.join(staging, 'secrets');
    mkdirSync(secrets, { recursive: true, mode: 0o700 });
    if (manifest.piiKey.keptIn === 'data-folder' && opts.piiKey)
      writeFileSync(path.join(secrets, 'pii.key'), opts.piiKey, { mode: 0o600 });
    if (opts.keepPassphrase) writeFileSync(path.join(secrets, 'backup-passphrase'), opts.passphrase, { mode: 0o600 });

    let replacedFolder: string | undefined;
    if (targetUsed) {
      replacedFolder = `${target}.replaced-${startedAt
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z')}`;
      renameSync(target, replacedFolder);
    } else if (existsSync(target)) {
      rmdirSync(target);
    }
    renameSync(staging, target);
    return { manifest, tables: loaded.tables, rows: loaded.rows, replacedFolder };
  } catch (e) {
    await stopPostgres().catch(() => undefined);
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}
