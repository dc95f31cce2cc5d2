import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export const ARCHIVE_PATTERN = /^onewindow-\d{8}T\d{6}Z\.owbackup$/;

/** Keeps the newest `keep` archives of the folder (their names sort by time) and removes the rest; returns those removed. */
export function pruneArchives(dir: string, keep: number): string[] {
  const archives = readdirSync(dir)
    .filter((f) => ARCHIVE_PATTERN.test(f))
    .sort();
  const removed = archives.slice(0, Math.max(0, archives.length - keep));
  for (const name of removed) rmSync(path.join(dir, name), { force: true });
  return removed;
}
