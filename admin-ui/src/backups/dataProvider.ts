import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type { BackupsOverview } from './types';

export interface BackupMethods {
  backupsOverview(): Promise<BackupsOverview>;
  /** starts a backup in the worker (POST /backups); 409 while one runs */
  startBackup(): Promise<{ workflowId: string }>;
  startReconcile(): Promise<{ workflowId: string }>;
}

export function withBackupMethods<T extends DataProvider>(base: T): T & BackupMethods {
  return {
    ...base,
    backupsOverview: () => apiFetch<BackupsOverview>('/backups/overview'),
    startBackup: () => apiFetch('/backups', { method: 'POST', body: '{}' }),
    startReconcile: () => apiFetch('/backups/reconcile', { method: 'POST', body: '{}' }),
  };
}
