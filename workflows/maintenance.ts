/**
 * The product's own maintenance, run by its worker: the nightly backup (started by a Temporal Schedule) and
 * reconcile (after a restore, or from the console). Each is one long activity; the workflow gives it Temporal's
 * durability (a worker that dies mid-way is replaced) and tells the admins when a backup fails.
 */
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { BackupOutcome, MaintenanceActivities } from '../activities/maintenance-types';

const { runBackup, reconcileMatters } = proxyActivities<MaintenanceActivities>({
  startToCloseTimeout: '4 hours',
  heartbeatTimeout: '2 minutes',
  // a backup that failed is reported, not retried at once (the next night's runs); a crashed worker's is
  retry: { maximumAttempts: 2, initialInterval: '30 seconds' },
});
const { notifyBackupFailure } = proxyActivities<MaintenanceActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', maximumInterval: '10 minutes', maximumAttempts: 20 },
});

export const BACKUP_SCHEDULE_ID = 'onewindow-nightly-backup';
export const reconcileWorkflowId = (dueRunId: string) => `onewindow-reconcile-${dueRunId}`;

export async function backupWorkflow(input: { trigger: 'schedule' | 'console' }): Promise<BackupOutcome> {
  const outcome = await runBackup(input);
  if (!outcome.ok && !outcome.busy)
    await notifyBackupFailure({ error: outcome.error ?? 'unknown', at: workflowInfo().startTime.toISOString() });
  return outcome;
}

export async function reconcileWorkflow(input: {
  trigger: 'console' | 'restore';
  dueRunId?: string;
}): Promise<{ runId: string }> {
  return reconcileMatters(input);
}
