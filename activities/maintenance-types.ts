/** What the maintenance workflows (workflows/maintenance.ts) ask of the outside world: backups and reconciles. */
export interface BackupOutcome {
  ok: boolean;
  runId?: string;
  archive?: string;
  size?: number;
  /** the failure, in both languages */
  error?: string;
  /** refused because another backup was running: not a failure to alert on */
  busy?: boolean;
}

export interface MaintenanceActivities {
  /** One backup (platform/backup/backup-job.ts); a failure comes back as an outcome, not thrown. */
  runBackup(input: { trigger: 'schedule' | 'console' }): Promise<BackupOutcome>;
  /** Tells the admins a backup failed: mail to BACKUP_ALERT_EMAILS through SMTP_URL, and the worker's log. */
  notifyBackupFailure(input: { error: string; at: string }): Promise<void>;
  /** One reconcile (platform/reconcile), taking over the due run a restore left when given. */
  reconcileMatters(input: { trigger: 'console' | 'restore'; dueRunId?: string }): Promise<{ runId: string }>;
}
