/**
 * `npm run backup`: one encrypted archive of everything the stack keeps (Temporal's SQLite snapshot, the database,
 * the file store), online, into BACKUP_DIR (default backups/), plus the S3 bucket when configured. README: Backups.
 */
import { runBackupJob } from '../../platform/backup/backup-job';
import { createDb } from '../../platform/db';
import { log } from '../lib/log';
import { failAndExit, megabytes } from './report';
import { openStack, temporalServerVersion } from './stack-access';

async function main() {
  const stack = await openStack();
  const db = createDb(stack.config.DATABASE_URL, 2);
  try {
    log.stage('Backup 备份');
    const result = await runBackupJob(
      { config: stack.config, db, temporalServerVersion: () => temporalServerVersion(stack.config) },
      'cli',
    );
    for (const part of result.manifest.parts)
      log.ok(
        `${part.name.padEnd(8)} ${String(part.files.length).padStart(5)} files  ${megabytes(part.size).padStart(10)}  taken ${part.takenAt}`,
      );
    log.ok(`archive 归档: ${result.archivePath} (${megabytes(result.size)})`);
    if (result.s3Uri) log.ok(`copied to ${result.s3Uri}`);
    if (result.pruned.length)
      log.info(`removed older archives (BACKUP_KEEP=${stack.config.BACKUP_KEEP}): ${result.pruned.join(', ')}`);
  } finally {
    await db.$disconnect();
    await stack.release();
  }
}

main().catch(failAndExit);
