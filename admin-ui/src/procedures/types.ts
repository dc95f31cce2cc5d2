import type { CompileProblem } from '../../../bpmn/plan';

export interface ProcedureSummary {
  id: string;
  key: string;
  name: string;
  updatedAt: string;
  latestVersion: number | null;
  publishedAt: string | null;
}

export interface VersionSummary {
  id: string;
  version: number;
  publishedAt: string;
  publishedById: string | null;
  changeNote: string | null;
}

export interface ProcedureDetail {
  id: string;
  key: string;
  name: string;
  draftXml: string;
  updatedAt: string;
  versions: VersionSummary[];
}

export interface SaveDraftResult {
  procedure: Omit<ProcedureDetail, 'versions'>;
  problems: CompileProblem[];
  warnings: CompileProblem[];
}

export interface PublishResult {
  id: string;
  version: number;
  publishedAt: string;
  /** the draft was that version already: none was made */
  unchanged: boolean;
  warnings: CompileProblem[];
}

export interface VersionDetail {
  id: string;
  version: number;
  xml: string;
  publishedAt: string;
  changeNote: string | null;
}

export interface DiffElement {
  id: string;
  name?: string;
  type: string;
}

/** The saved draft against the latest version (`baseVersion`, null before the first). */
export interface DraftChanges {
  baseVersion: number | null;
  /** the draft is that version exactly: publishing makes none */
  unchanged: boolean;
  added: DiffElement[];
  removed: DiffElement[];
  changed: DiffElement[];
}

export type CompileAnswer = { ok: true; warnings: CompileProblem[] } | { ok: false; problems: CompileProblem[] };

export type { CompileProblem };

/** A line of a migration's dry run: what happens, or why not (code, Chinese, English). */
export interface MigrationNote {
  code: string;
  zh: string;
  en: string;
}
export interface MigrationElement {
  nodeId: string;
  name: string;
  type: string;
}
/** The elements holding running matters on the source version, with the proposed target (same id, or none). */
export interface MigrationProposal {
  matters: number;
  unread: number;
  elements: Array<MigrationElement & { matters: number; proposed: string | null }>;
  targets: MigrationElement[];
}
export interface MigrationDryRunItem {
  matterId: string;
  receiptNo: string;
  migratable: boolean;
  outcome: MigrationNote[];
  refusals: MigrationNote[];
}
export interface MigrationProgress {
  total: number;
  done: number;
  migrated: number;
  refused: number;
  failed: number;
  paused: boolean;
  finished: boolean;
}
export interface MigrationBatch {
  id: string;
  fromVersion: number;
  toVersion: number;
  mapping: Record<string, string>;
  total: number;
  createdByName: string | null;
  createdAt: string;
  finishedAt: string | null;
  progress: MigrationProgress;
  items?: Array<{
    matterId: string;
    receiptNo: string;
    outcome: 'MIGRATED' | 'REFUSED' | 'FAILED';
    reasonZh: string | null;
    reasonEn: string | null;
    at: string;
  }>;
}
export interface MigrationRequest {
  fromVersion: number;
  toVersion: number;
  mapping: Record<string, string>;
}
