import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type {
  CompileAnswer,
  DraftChanges,
  MigrationBatch,
  MigrationDryRunItem,
  MigrationProposal,
  MigrationRequest,
  ProcedureDetail,
  PublishResult,
  SaveDraftResult,
  VersionDetail,
} from './types';

/** The procedure endpoints that are not plain CRUD, as dataProvider methods (used with useMutation / useQuery). */
export interface ProcedureMethods {
  saveProcedureDraft(id: string, draftXml: string, name?: string): Promise<SaveDraftResult>;
  publishProcedure(id: string, changeNote: string): Promise<PublishResult>;
  /** what publishing the saved draft would change against the latest version */
  getDraftChanges(id: string): Promise<DraftChanges>;
  restoreProcedureVersion(id: string, version: number): Promise<Omit<ProcedureDetail, 'versions'>>;
  /** the server's compile of a diagram, as publishing runs it */
  validateProcedure(xml: string): Promise<CompileAnswer>;
  getProcedureVersion(id: string, version: number): Promise<VersionDetail>;
  getProcedureTemplate(): Promise<string>;
  /** 版本迁移: the mapping proposed from the running matters, the dry run, the batches */
  getMigrationProposal(id: string, fromVersion: number, toVersion: number): Promise<MigrationProposal>;
  dryRunMigration(id: string, request: MigrationRequest): Promise<{ items: MigrationDryRunItem[] }>;
  startMigration(id: string, request: MigrationRequest): Promise<MigrationBatch>;
  getMigrationBatches(id: string): Promise<{ data: MigrationBatch[] }>;
  getMigrationBatch(batchId: string): Promise<MigrationBatch>;
  pauseOrResumeMigration(batchId: string, action: 'pause' | 'resume'): Promise<MigrationBatch>;
}
export type ProcedureDataProvider = DataProvider & ProcedureMethods;

const path = (id: string) => `/procedures/${encodeURIComponent(id)}`;

export function withProcedureMethods(base: DataProvider): ProcedureDataProvider {
  return {
    ...base,
    saveProcedureDraft: (id, draftXml, name) =>
      apiFetch(path(id), { method: 'PUT', body: JSON.stringify({ draftXml, name }) }),
    publishProcedure: (id, changeNote) =>
      apiFetch(`${path(id)}/publish`, { method: 'POST', body: JSON.stringify({ changeNote }) }),
    getDraftChanges: (id) => apiFetch(`${path(id)}/draft-changes`),
    restoreProcedureVersion: (id, version) => apiFetch(`${path(id)}/versions/${version}/restore`, { method: 'POST' }),
    validateProcedure: (xml) => apiFetch('/procedures/validate', { method: 'POST', body: JSON.stringify({ xml }) }),
    getProcedureVersion: (id, version) => apiFetch(`${path(id)}/versions/${version}`),
    getMigrationProposal: (id, fromVersion, toVersion) =>
      apiFetch(`${path(id)}/migration-proposal?fromVersion=${fromVersion}&toVersion=${toVersion}`),
    dryRunMigration: (id, request) =>
      apiFetch(`${path(id)}/migration-dry-run`, { method: 'POST', body: JSON.stringify(request) }),
    startMigration: (id, request) =>
      apiFetch(`${path(id)}/migrations`, { method: 'POST', body: JSON.stringify(request) }),
    getMigrationBatches: (id) => apiFetch(`${path(id)}/migrations`),
    getMigrationBatch: (batchId) => apiFetch(`/migrations/${encodeURIComponent(batchId)}`),
    pauseOrResumeMigration: (batchId, action) =>
      apiFetch(`/migrations/${encodeURIComponent(batchId)}/${action}`, { method: 'POST' }),
    async getProcedureTemplate() {
      const res = await fetch('/api/procedure-template', { credentials: 'same-origin' });
      if (!res.ok) throw new Error(res.statusText);
      return res.text();
    },
  };
}
