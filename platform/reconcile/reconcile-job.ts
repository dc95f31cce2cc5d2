import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Client } from '@temporalio/client';
import { BackupError } from '../backup/backup-error';
import { operationRuns, type OperationTrigger } from '../backup/operation-runs';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { reconcile, type ReconcileOptions } from './reconcile';
import type { ReconcileReport } from './reconcile-types';

export interface ReconcileJobDeps {
  db: Db;
  databaseUrl: string;
  temporal: Client;
  logger?: Logger;
}

const RECONCILE_LOCK = 7382031;

/**
 * One reconcile, recorded for the console: `npm run reconcile`, the console's button, and the worker that finds one
 * due after a restore (which takes over that due run). One at a time across the deployment.
 */
export async function runReconcileJob(
  deps: ReconcileJobDeps,
  trigger: OperationTrigger,
  options: ReconcileOptions & { dueRunId?: string } = {},
): Promise<{ runId: string; report: ReconcileReport }> {
  const lock = new pg.Client({ connectionString: deps.databaseUrl, application_name: 'onewindow-reconcile-lock' });
  lock.on('error', () => undefined); // a lost connection drops the lock; it must not end the process
  await lock.connect();
  try {
    const { rows } = await lock.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1) AS got', [RECONCILE_LOCK]);
    if (!rows[0].got)
      throw new BackupError(
        'BUSY',
        '另一个核对正在进行，请等它结束',
        'Another reconcile is running: wait for it to finish',
      );
    const runs = operationRuns(deps.db);
    let runId = options.dueRunId;
    if (runId)
      await deps.db.operationRun.update({ where: { id: runId }, data: { status: 'RUNNING', startedAt: new Date() } });
    else runId = await runs.start('RECONCILE', trigger, randomUUID());
    try {
      const report = await reconcile({ db: deps.db, temporal: deps.temporal, logger: deps.logger }, options);
      await runs.succeed(runId, { summary: report });
      return { runId, report };
    } catch (e) {
      await runs.fail(runId, e instanceof Error ? e.message : String(e)).catch(() => undefined);
      throw e;
    }
  } finally {
    await lock.end().catch(() => undefined);
  }
}

/** The reconciles a restore left due (the worker starts one workflow for each: platform/backup/maintenance). */
export async function dueReconciles(db: Db): Promise<string[]> {
  const rows = await db.operationRun.findMany({
    where: { kind: 'RECONCILE', status: 'DUE' },
    select: { id: true },
    orderBy: { startedAt: 'asc' },
  });
  return rows.map((r) => r.id);
}
