import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { BACKUP_TIMEZONE } from '../../platform/backup/maintenance-start';
import { backupWorkflow, reconcileWorkflow } from '../../workflows/maintenance';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { AppError } from '../errors';
import { orderField, skipTake } from '../shared/list-query';
import type { TBackupsOverview, TOperationRun, TRunsQuery } from './backups.types';

interface Deps {
  db: Db;
  temporal: Client;
  config: Config;
  audit: AuditService;
}

type RunRow = Omit<TOperationRun, 'sizeBytes'> & { sizeBytes: bigint | null };
const toRun = (row: RunRow): TOperationRun => ({
  ...row,
  sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
});

/** The console's backups page: the runs, the settings in force, and starting a backup or a reconcile now. */
export function createBackupsService({ db, temporal, config, audit }: Deps) {
  const latest = async (where: object) => {
    const row = await db.operationRun.findFirst({ where, orderBy: { startedAt: 'desc' } });
    return row ? toRun(row) : null;
  };
  const refuseWhileRunning = async (kind: 'BACKUP' | 'RECONCILE') => {
    const running = await db.operationRun.findFirst({ where: { kind, status: { in: ['RUNNING', 'DUE'] } } });
    if (running)
      throw kind === 'BACKUP'
        ? new AppError('CONFLICT', '已有备份正在进行，请等它结束', 'A backup is running already: wait for it to finish')
        : new AppError(
            'CONFLICT',
            '已有核对正在进行，请等它结束',
            'A reconcile is running already: wait for it to finish',
          );
  };

  return {
    async overview(): Promise<TBackupsOverview> {
      const [lastBackup, lastSuccessfulBackup, lastReconcile, lastRestore] = await Promise.all([
        latest({ kind: 'BACKUP' }),
        latest({ kind: 'BACKUP', status: 'SUCCEEDED' }),
        latest({ kind: 'RECONCILE', status: { not: 'DUE' } }),
        latest({ kind: 'RESTORE' }),
      ]);
      return {
        lastBackup,
        lastSuccessfulBackup,
        lastReconcile,
        lastRestore,
        settings: {
          schedule: config.BACKUP_PASSPHRASE ? config.BACKUP_SCHEDULE : 'off',
          timezone: BACKUP_TIMEZONE,
          keep: config.BACKUP_KEEP,
          folder: path.resolve(config.BACKUP_DIR),
          s3: config.BACKUP_S3_BUCKET ? `s3://${config.BACKUP_S3_BUCKET}/${config.BACKUP_S3_PREFIX}` : null,
          alertEmails: config.SMTP_URL ? config.BACKUP_ALERT_EMAILS.length : 0,
          passphraseSet: Boolean(config.BACKUP_PASSPHRASE),
        },
      };
    },

    async runs(query: TRunsQuery) {
      const where = query.kind ? { kind: query.kind } : {};
      const { field, direction } = orderField(query, ['startedAt', 'kind', 'status'] as const, 'startedAt', 'DESC');
      const [rows, total] = await Promise.all([
        db.operationRun.findMany({ where, orderBy: { [field]: direction }, ...skipTake(query) }),
        db.operationRun.count({ where }),
      ]);
      return { data: rows.map(toRun), total };
    },

    async run(id: string): Promise<TOperationRun> {
      const row = await db.operationRun.findUnique({ where: { id } });
      if (!row) throw new AppError('NOT_FOUND', '记录不存在', 'No such run');
      return toRun(row);
    },

    /** A backup now, run by the worker like the nightly one (its failure reaches the admins the same way). */
    async startBackup(user: CurrentUser, ip?: string): Promise<{ workflowId: string }> {
      if (!config.BACKUP_PASSPHRASE)
        throw new AppError(
          'CONFLICT',
          '未设置备份口令 BACKUP_PASSPHRASE，无法备份',
          'No BACKUP_PASSPHRASE is set: cannot back up',
        );
      await refuseWhileRunning('BACKUP');
      const workflowId = `onewindow-backup-${randomUUID()}`;
      await temporal.workflow.start(backupWorkflow, {
        workflowId,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        args: [{ trigger: 'console' }],
      });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'backup.start',
        objectType: 'OperationRun',
        objectId: workflowId,
        ip,
      });
      return { workflowId };
    },

    async startReconcile(user: CurrentUser, ip?: string): Promise<{ workflowId: string }> {
      await refuseWhileRunning('RECONCILE');
      const workflowId = `onewindow-reconcile-${randomUUID()}`;
      await temporal.workflow.start(reconcileWorkflow, {
        workflowId,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        args: [{ trigger: 'console' }],
      });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'reconcile.start',
        objectType: 'OperationRun',
        objectId: workflowId,
        ip,
      });
      return { workflowId };
    },
  };
}
export type BackupsService = ReturnType<typeof createBackupsService>;
