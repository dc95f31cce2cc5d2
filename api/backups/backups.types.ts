import { z } from 'zod';
import { listOf, listQuery } from '../shared/list-query';

export const ZRunKind = z.enum(['BACKUP', 'RESTORE', 'RECONCILE'], '类型应为 BACKUP、RESTORE 或 RECONCILE');

export const ZRunsQuery = listQuery({ kind: ZRunKind.optional() });
export type TRunsQuery = z.infer<typeof ZRunsQuery>;

export const ZOperationRun = z.object({
  id: z.string(),
  kind: ZRunKind,
  status: z.enum(['DUE', 'RUNNING', 'SUCCEEDED', 'FAILED']),
  trigger: z.string(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  archive: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  error: z.string().nullable(),
  /** BACKUP: parts with sizes and instants; RECONCILE: the report (repairs and findings); RESTORE: the archive's instants */
  summary: z.unknown(),
});
export type TOperationRun = z.infer<typeof ZOperationRun>;
export const ZRunList = listOf(ZOperationRun);

export const ZBackupsOverview = z.object({
  lastBackup: ZOperationRun.nullable(),
  lastSuccessfulBackup: ZOperationRun.nullable(),
  lastReconcile: ZOperationRun.nullable(),
  lastRestore: ZOperationRun.nullable(),
  settings: z.object({
    schedule: z.string(),
    timezone: z.string(),
    keep: z.number(),
    folder: z.string(),
    s3: z.string().nullable(),
    alertEmails: z.number(),
    passphraseSet: z.boolean(),
  }),
});
export type TBackupsOverview = z.infer<typeof ZBackupsOverview>;

export const ZStarted = z.object({ workflowId: z.string() });
