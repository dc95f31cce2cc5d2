import { Context } from '@temporalio/activity';
import nodemailer from 'nodemailer';
import { BackupError } from '../platform/backup/backup-error';
import { runBackupJob } from '../platform/backup/backup-job';
import { runReconcileJob } from '../platform/reconcile/reconcile-job';
import type { ActivityDeps } from './deps';
import type { MaintenanceActivities } from './maintenance-types';

const messageOf = (e: unknown) =>
  e instanceof BackupError ? `${e.zh} / ${e.en}` : e instanceof Error ? e.message : String(e);

/** Backups and reconciles inside the worker; the worker's own connection answers the reconcile's queries. */
export function createMaintenanceActivities({
  db,
  temporal,
  config,
  logger,
}: Pick<ActivityDeps, 'db' | 'temporal' | 'config' | 'logger'>): MaintenanceActivities {
  const heartbeat = () => {
    try {
      Context.current().heartbeat();
    } catch {
      // outside an activity (tests calling the function directly)
    }
  };
  return {
    async runBackup({ trigger }) {
      const beat = setInterval(heartbeat, 20_000);
      try {
        const result = await runBackupJob(
          {
            config,
            db,
            temporalServerVersion: async () =>
              (await temporal.connection.workflowService.getSystemInfo({})).serverVersion ?? 'unknown',
          },
          trigger,
        );
        logger.info('backup written', { archive: result.archivePath, size: result.size });
        return { ok: true, runId: result.runId, archive: result.archivePath, size: result.size };
      } catch (e) {
        const busy = e instanceof BackupError && e.code === 'BUSY';
        logger[busy ? 'warn' : 'error'](busy ? 'backup skipped: another one is running' : 'backup failed', {
          error: messageOf(e),
        });
        return { ok: false, error: messageOf(e), busy };
      } finally {
        clearInterval(beat);
      }
    },

    async notifyBackupFailure({ error, at }) {
      logger.error('backup failed: telling the admins', { at, recipients: config.BACKUP_ALERT_EMAILS.length });
      if (!config.SMTP_URL || config.BACKUP_ALERT_EMAILS.length === 0) return;
      const transport = nodemailer.createTransport(config.SMTP_URL);
      try {
        await transport.sendMail({
          from: config.MAIL_FROM,
          to: config.BACKUP_ALERT_EMAILS,
          subject: 'OneWindow 备份失败 / backup failed',
          text: [
            `备份于 ${at} 失败：`,
            error,
            '',
            '请在控制台的「备份与恢复」页面查看，并尽快手动运行 npm run backup。',
            `The backup started at ${at} failed (see above). Look at the console's Backups page and run npm run backup by hand soon.`,
          ].join('\n'),
        });
      } finally {
        transport.close();
      }
    },

    async reconcileMatters({ trigger, dueRunId }) {
      const { runId } = await runReconcileJob({ db, databaseUrl: config.DATABASE_URL, temporal, logger }, trigger, {
        dueRunId,
        onProgress: heartbeat,
      });
      return { runId };
    },
  };
}
