import { BackupError } from '../../platform/backup/backup-error';
import { log } from '../lib/log';

/** A command's end: a BackupError in both languages (exit 2: refused), anything else with its message (exit 1). */
export function failAndExit(error: unknown): never {
  if (error instanceof BackupError) {
    log.fail(error.zh);
    log.fail(error.en);
    process.exit(2);
  }
  log.fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
