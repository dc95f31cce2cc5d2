import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type {
  CompileAnswer,
  DraftChanges,
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
    async getProcedureTemplate() {
      const res = await fetch('/api/procedure-template', { credentials: 'same-origin' });
      if (!res.ok) throw new Error(res.statusText);
      return res.text();
    },
  };
}
