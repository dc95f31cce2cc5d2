export type RunKind = 'BACKUP' | 'RESTORE' | 'RECONCILE';
export type RunStatus = 'DUE' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export interface BackupSummary {
  archiveId: string;
  parts: Array<{ name: string; takenAt: string; files: number; size: number }>;
  s3Uri?: string;
}

export interface OperationRun {
  id: string;
  kind: RunKind;
  status: RunStatus;
  trigger: string;
  startedAt: string;
  finishedAt: string | null;
  archive: string | null;
  sizeBytes: number | null;
  error: string | null;
  summary: BackupSummary | ReconcileReport | Record<string, unknown> | null;
}

export interface BackupsOverview {
  lastBackup: OperationRun | null;
  lastSuccessfulBackup: OperationRun | null;
  lastReconcile: OperationRun | null;
  lastRestore: OperationRun | null;
  settings: {
    schedule: string;
    timezone: string;
    keep: number;
    folder: string;
    s3: string | null;
    alertEmails: number;
    passphraseSet: boolean;
  };
}

type InWords = { zh: string; en: string };

/** What a reconcile did, as the API stores it (the repairs in words; findings with what to do). */
export interface ReconcileReport {
  checkedMatters: number;
  checkedWorkflows: number;
  repaired: Array<{ matterId: string; receiptNo: string; described: InWords[] }>;
  restarted: Array<{ matterId: string; receiptNo: string }>;
  findings: Array<InWords & { workflowId: string; actionZh: string; actionEn: string }>;
}
