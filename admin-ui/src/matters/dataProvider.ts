import type { DataProvider } from 'react-admin';
import { apiFetch, retrySafePost } from '../providers/http';
import type { MatterDetail, MatterDiagram, RevealedApplicant } from './types';

/** The matter endpoints beyond list and getOne: the diagram, the audited reveal and the case actions. */
export interface MatterMethods {
  getMatterDetail(id: string): Promise<MatterDetail>;
  getMatterDiagram(id: string): Promise<MatterDiagram>;
  revealApplicant(id: string): Promise<RevealedApplicant>;
  markMaterialsSupplied(id: string, note?: string): Promise<unknown>;
  superviseMatter(id: string, body: { message: string; toUserId?: string }): Promise<unknown>;
}
export type MatterDataProvider = DataProvider & MatterMethods;

const path = (id: string) => `/matters/${encodeURIComponent(id)}`;
const post = (url: string, body: unknown = {}) => apiFetch(url, { method: 'POST', body: JSON.stringify(body) });

export function withMatterMethods<T extends DataProvider>(base: T): T & MatterMethods {
  return {
    ...base,
    getMatterDetail: (id) => apiFetch(path(id)),
    getMatterDiagram: (id) => apiFetch(`${path(id)}/diagram`),
    revealApplicant: (id) => post(`${path(id)}/reveal`) as Promise<RevealedApplicant>,
    markMaterialsSupplied: (id, note) => retrySafePost(`${path(id)}/supplied`, note ? { note } : {}),
    superviseMatter: (id, body) => retrySafePost(`${path(id)}/supervise`, body),
  };
}
