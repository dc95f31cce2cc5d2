import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ArchiveWriter } from './archive-writer';
import { BackupError } from './backup-error';
import { chunksOf, filesUnder } from './file-tree';
import { partDigest, piiKeyFingerprint, type ArchivedFile, type Manifest, type Part, type PartName } from './manifest';
import { dumpDatabase } from './postgres-dump';
import { checkSqliteSnapshot, snapshotSqlite } from './sqlite-snapshot';

export interface BackupInput {
  /** also the run's id and the archive's */
  archiveId?: string;
  databaseUrl: string;
  /** the dev server's SQLite file; absent when Temporal is a cluster with backups of its own */
  temporal?: { sqliteFile: string; sqliteCli: string; serverVersion: string; namespace: string };
  /** the file store's folder (DATA_DIR/files), archived whole when it exists */
  filesDir: string;
  passphrase: string;
  /** the folder the archive is written to */
  outDir: string;
  piiKey: { hex: string; keptIn: 'data-folder' | 'environment' };
  productVersion: string;
  now?: () => Date;
}

export interface BackupResult {
  archivePath: string;
  size: number;
  manifest: Manifest;
}

/** One backup at a time, across every process and machine of the deployment: a session lock in the database. */
const BACKUP_LOCK = 7382030;

export const archiveName = (at: Date) =>
  `onewindow-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.owbackup`;

/**
 * `npm run backup` and the nightly backup: Temporal's SQLite snapshot first (the workflows are the source of truth),
 * then the database's snapshot right after it (reconcile closes the gap between the two instants), then the file
 * store, into one encrypted archive with its manifest. Reads only; a failure removes the partial archive.
 */
export async function createBackup(input: BackupInput): Promise<BackupResult> {
  const now = input.now ?? (() => new Date());
  const archiveId = input.archiveId ?? randomUUID();
  const lock = new pg.Client({ connectionString: input.databaseUrl, application_name: 'onewindow-backup-lock' });
  lock.on('error', () => undefined); // a lost connection drops the lock; it must not end the process
  await lock.connect();
  try {
    const { rows } = await lock.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1) AS got', [BACKUP_LOCK]);
    if (!rows[0].got)
      throw new BackupError(
        'BUSY',
        '另一个备份正在进行，请等它结束后再试',
        'Another backup is running: try again once it has finished',
      );
    return await backUp(input, archiveId, now);
  } finally {
    await lock.end().catch(() => undefined);
  }
}

async function backUp(input: BackupInput, archiveId: string, now: () => Date): Promise<BackupResult> {
  mkdirSync(input.outDir, { recursive: true });
  const createdAt = now();
  const archivePath = path.join(input.outDir, archiveName(createdAt));
  const staging = path.join(input.outDir, `.staging-${archiveId}`);
  const writer = await ArchiveWriter.create(archivePath, input.passphrase);
  try {
    mkdirSync(staging, { recursive: true });
    const parts: Part[] = [];
    const part = (name: PartName, takenAt: Date, files: ArchivedFile[]) =>
      parts.push({
        name,
        takenAt: takenAt.toISOString(),
        files,
        size: files.reduce((s, f) => s + f.size, 0),
        sha256: partDigest(files),
      });

    let temporalTakenAt: Date | undefined;
    const temporalCopy = path.join(staging, 'temporal.db');
    if (input.temporal) {
      temporalTakenAt = now();
      await snapshotSqlite(input.temporal.sqliteCli, input.temporal.sqliteFile, temporalCopy);
    }
    const dump = await dumpDatabase(input.databaseUrl, (p, chunks) => writer.addStream('postgres', p, chunks));
    if (temporalTakenAt) await checkSqliteSnapshot(input.temporal!.sqliteCli, temporalCopy);
    if (temporalTakenAt)
      part('temporal', temporalTakenAt, [await writer.addStream('temporal', 'temporal.db', chunksOf(temporalCopy))]);
    part('postgres', new Date(dump.takenAt), dump.files);

    const filesTakenAt = now();
    const stored: ArchivedFile[] = [];
    for (const file of await filesUnder(input.filesDir))
      stored.push(await writer.addStream('files', file, chunksOf(path.join(input.filesDir, file))));
    part('files', filesTakenAt, stored);

    const manifest: Manifest = {
      product: 'onewindow',
      productVersion: input.productVersion,
      archiveId,
      createdAt: createdAt.toISOString(),
      host: hostname(),
      migrations: dump.migrations,
      postgres: { serverVersion: dump.serverVersion, database: dump.database },
      ...(input.temporal
        ? { temporal: { serverVersion: input.temporal.serverVersion, namespace: input.temporal.namespace } }
        : {}),
      piiKey: { fingerprint: piiKeyFingerprint(input.piiKey.hex), keptIn: input.piiKey.keptIn },
      parts,
    };
    const size = await writer.finish(manifest);
    return { archivePath, size, manifest };
  } catch (e) {
    await writer.abort();
    throw e;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
