import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();

/** A five-field cron line (minute hour day month weekday), or `off`. */
const cron = z
  .string()
  .trim()
  .refine((v) => v === 'off' || /^(\S+\s+){4}\S+$/.test(v), 'a cron line of five fields, e.g. "0 2 * * *", or off');

/** The backup settings of the configuration (platform/config.ts); docs/operations.md explains them. */
export const backupConfigShape = {
  /** encrypts the archives; `npm start` keeps one in data/secrets/backup-passphrase (copy it off the machine) */
  BACKUP_PASSPHRASE: z.string().min(12, 'at least 12 characters').optional(),
  /** where archives go (kept off data/: a restore replaces data/) */
  BACKUP_DIR: z.string().min(1).default('backups'),
  BACKUP_KEEP: positiveInt.default(7),
  /** the nightly backup's time, China time (Asia/Shanghai) */
  BACKUP_SCHEDULE: cron.default('0 2 * * *'),
  /** an S3-compatible bucket the archives are uploaded to as well (the folder keeps its copies too) */
  BACKUP_S3_BUCKET: z.string().min(1).optional(),
  BACKUP_S3_PREFIX: z.string().default('onewindow-backups/'),
  BACKUP_S3_ENDPOINT: z.url().optional(),
  BACKUP_S3_REGION: z.string().min(1).default('us-east-1'),
  BACKUP_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  BACKUP_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** who is told of a failed backup (comma-separated addresses), through SMTP_URL */
  BACKUP_ALERT_EMAILS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((a) => a.trim())
            .filter(Boolean)
        : [],
    ),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().default('OneWindow <onewindow@localhost>'),
  /** Temporal's SQLite file when the launcher runs the dev server (absent: a cluster, backed up on its own) */
  TEMPORAL_SQLITE_FILE: z.string().min(1).optional(),
  /** where the deployment keeps PII_KEY: the launcher's data/secrets/pii.key, or the environment */
  PII_KEY_KEPT_IN: z.enum(['data-folder', 'environment']).default('environment'),
};
