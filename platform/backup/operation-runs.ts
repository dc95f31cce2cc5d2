import type { Db } from '../db';
import type { Prisma } from '../../generated/prisma/client';

export type OperationKind = 'BACKUP' | 'RESTORE' | 'RECONCILE';
export type OperationTrigger = 'cli' | 'schedule' | 'console' | 'restore';

/** The record of each backup, restore and reconcile, which the console's backups page shows. */
export function operationRuns(db: Db) {
  return {
    async start(kind: OperationKind, trigger: OperationTrigger, id?: string): Promise<string> {
      const run = await db.operationRun.create({ data: { ...(id ? { id } : {}), kind, trigger, status: 'RUNNING' } });
      return run.id;
    },
    async succeed(id: string, result: { archive?: string; sizeBytes?: number; summary?: unknown }): Promise<void> {
      await db.operationRun.update({
        where: { id },
        data: {
          status: 'SUCCEEDED',
          finishedAt: new Date(),
          archive: result.archive,
          sizeBytes: result.sizeBytes === undefined ? undefined : BigInt(result.sizeBytes),
          summary: result.summary as Prisma.InputJsonValue | undefined,
        },
      });
    },
    async fail(id: string, error: string, summary?: unknown): Promise<void> {
      await db.operationRun.update({
        where: { id },
        data: {
          status: 'FAILED',
          finishedAt: new Date(),
          error: error.slice(0, 2000),
          summary: summary as Prisma.InputJsonValue | undefined,
        },
      });
    },
  };
}
export type OperationRuns = ReturnType<typeof operationRuns>;
