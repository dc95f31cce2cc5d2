import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type { PublishResult, SaveDraftResult, VersionDetail } from './types';

/** The procedure endpoints that are not plain CRUD, as dataProvider methods (used with useMutation / useQuery). */
export interface ProcedureMethods {
  saveProcedureDraft(id: string, draftXml: string, name?: string): Promise<SaveDraftResult>;
  publishProcedure(id: string): Promise<PublishResult>;
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
    publishProcedure: (id) => apiFetch(`${path(id)}/publish`, { method: 'POST' }),
    getProcedureVersion: (id, version) => apiFetch(`${path(id)}/versions/${version}`),
    async getProcedureTemplate() {
      const res = await fetch('/api/procedure-template', { credentials: 'same-origin' });
      if (!res.ok) throw new Error(res.statusText);
      return res.text();
    },
  };
}
