import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config';
import type { Db } from '../db';
import { BackupError } from './backup-error';
import { createBackup, type BackupResult } from './create-backup';
import { operationRuns, type OperationTrigger } from './operation-runs';
import { pruneArchives } from './retention';
import { copyToS3 } from './s3-copies';
import { ensureSqliteCli } from './sqlite-snapshot';
import { productVersion } from '../product-version';

export interface BackupJobDeps {
  config: Config;
  db: Db;
  /** the Temporal server's version, for the manifest */
  temporalServerVersion: () => Promise<string>;
}

export interface BackupJobResult extends BackupResult {
  runId: string;
  s3Uri?: string;
  pruned: string[];
}

/** What a run reports: the parts with their sizes and instants (no file list). */
export const backupSummary = (result: BackupResult, s3Uri?: string) => ({
  archiveId: result.manifest.archiveId,
  parts: result.manifest.parts.map((p) => ({ name: p.name, takenAt: p.takenAt, files: p.files.length, size: p.size })),
  s3Uri,
});

/**
 * One backup as `npm run backup` and the nightly schedule run it: the archive into BACKUP_DIR, a copy to the S3
 * bucket when configured, the older archives pruned to BACKUP_KEEP, the run recorded (failed runs with their
 * error) for the console. A backup refused because another runs is not recorded as a failed run.
 */
export async function runBackupJob(deps: BackupJobDeps, trigger: OperationTrigger): Promise<BackupJobResult> {
  const { config, db } = deps;
  if (!config.BACKUP_PASSPHRASE)
    throw new BackupError(
      'CONFIG',
      '未设置备份口令 BACKUP_PASSPHRASE',
      'No backup passphrase: set BACKUP_PASSPHRASE (npm start keeps one in data/secrets/backup-passphrase)',
    );
  const runs = operationRuns(db);
  const runId = randomUUID();
  const outDir = path.resolve(config.BACKUP_DIR);
  let started = false;
  try {
    const temporal = config.TEMPORAL_SQLITE_FILE
      ? {
          sqliteFile: config.TEMPORAL_SQLITE_FILE,
          sqliteCli: ensureSqliteCli(),
          serverVersion: await deps.temporalServerVersion(),
          namespace: config.TEMPORAL_NAMESPACE,
        }
      : undefined;
    await runs.start('BACKUP', trigger, runId);
    started = true;
    const result = await createBackup({
      archiveId: runId,
      databaseUrl: config.DATABASE_URL,
      temporal,
      filesDir: path.join(path.resolve(config.DATA_DIR), 'files'),
      passphrase: config.BACKUP_PASSPHRASE,
      outDir,
      piiKey: { hex: config.PII_KEY, keptIn: config.PII_KEY_KEPT_IN },
      productVersion: productVersion(),
    });
    const s3Uri = await copyToS3(config, result.archivePath, config.BACKUP_KEEP);
    const pruned = pruneArchives(outDir, config.BACKUP_KEEP);
    await runs.succeed(runId, {
      archive: result.archivePath,
      sizeBytes: result.size,
      summary: backupSummary(result, s3Uri),
    });
    return { ...result, runId, s3Uri, pruned };
  } catch (e) {
    if (started) {
      const busy = e instanceof BackupError && e.code === 'BUSY';
      if (busy) await db.operationRun.delete({ where: { id: runId } }).catch(() => undefined);
      else await runs.fail(runId, e instanceof Error ? e.message : String(e)).catch(() => undefined);
    }
    throw e;
  }
}
