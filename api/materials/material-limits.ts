import type { Config } from '../../platform/config';
import { uploadErrors } from './upload-errors';

export interface MaterialLimits {
  fileBytes: number;
  matterBytes: number;
}

const MB = 1024 * 1024;
export const materialLimits = (config: Pick<Config, 'MATERIAL_FILE_MAX_MB' | 'MATERIAL_MATTER_MAX_MB'>) => ({
  fileBytes: Math.floor(config.MATERIAL_FILE_MAX_MB * MB),
  matterBytes: Math.floor(config.MATERIAL_MATTER_MAX_MB * MB),
});

/** Matter statuses in which files may still be added (after acceptance: 补正 and owed materials). */
export const OPEN_FOR_FILES = new Set(['PENDING_START', 'IN_PROGRESS', 'SUSPENDED']);

/**
 * The most one more file may take: the per-file limit, or less when the matter (or the intake) has less room left
 * under its total; none left is refused before a byte is read.
 */
export function maxBytesForNextFile(limits: MaterialLimits, usedBytes: number): number {
  const room = limits.matterBytes - usedBytes;
  if (room <= 0) throw uploadErrors.matterTotal(limits.matterBytes);
  return Math.min(limits.fileBytes, room);
}
