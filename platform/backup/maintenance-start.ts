import {
  ScheduleAlreadyRunning,
  ScheduleNotFoundError,
  WorkflowExecutionAlreadyStartedError,
  type Client,
} from '@temporalio/client';
import { ScheduleOverlapPolicy } from '@temporalio/client';
import {
  BACKUP_SCHEDULE_ID,
  backupWorkflow,
  reconcileWorkflow,
  reconcileWorkflowId,
} from '../../workflows/maintenance';
import type { Config } from '../config';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { dueReconciles } from '../reconcile/reconcile-job';

export const BACKUP_TIMEZONE = 'Asia/Shanghai';

/**
 * The nightly backup's Temporal Schedule, made to say what the configuration says each time a worker starts: created
 * or updated at BACKUP_SCHEDULE (China time), removed when it is `off` or there is no passphrase.
 */
export async function ensureBackupSchedule(client: Client, config: Config, logger: Logger): Promise<void> {
  const handle = client.schedule.getHandle(BACKUP_SCHEDULE_ID);
  if (config.BACKUP_SCHEDULE === 'off' || !config.BACKUP_PASSPHRASE) {
    await handle.delete().catch((e: unknown) => {
      if (!(e instanceof ScheduleNotFoundError)) throw e;
    });
    logger.info('nightly backups off', {
      reason: config.BACKUP_PASSPHRASE ? 'BACKUP_SCHEDULE=off' : 'no BACKUP_PASSPHRASE',
    });
    return;
  }
  const spec = { cronExpressions: [config.BACKUP_SCHEDULE], timezone: BACKUP_TIMEZONE };
  const action = {
    type: 'startWorkflow' as const,
    workflowType: backupWorkflow,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    args: [{ trigger: 'schedule' as const }] as [{ trigger: 'schedule' }],
  };
  try {
    await client.schedule.create({
      scheduleId: BACKUP_SCHEDULE_ID,
      spec,
      action,
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
    });
  } catch (e) {
    if (!(e instanceof ScheduleAlreadyRunning)) throw e;
    await handle.update((previous) => ({ ...previous, spec, action }));
  }
  logger.info('nightly backup scheduled', { cron: config.BACKUP_SCHEDULE, timezone: BACKUP_TIMEZONE });
}

/** Starts a reconcile for each one a restore left due; one workflow per due run, however many workers start. */
export async function startDueReconciles(client: Client, db: Db, config: Config): Promise<number> {
  let started = 0;
  for (const dueRunId of await dueReconciles(db)) {
    try {
      await client.workflow.start(reconcileWorkflow, {
        workflowId: reconcileWorkflowId(dueRunId),
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        args: [{ trigger: 'restore', dueRunId }],
      });
      started++;
    } catch (e) {
      if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
    }
  }
  return started;
}

/** What a worker does once it polls: the backup schedule as configured, and the reconciles a restore left due. */
export async function startMaintenance(deps: {
  temporal: Client;
  db: Db;
  config: Config;
  logger: Logger;
}): Promise<void> {
  await ensureBackupSchedule(deps.temporal, deps.config, deps.logger);
  const started = await startDueReconciles(deps.temporal, deps.db, deps.config);
  if (started > 0) deps.logger.info('reconcile after a restore started', { count: started });
}
