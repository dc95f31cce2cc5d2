import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { downloadFromApi } from '../shared/download';
import type { MatterResults } from './types';

/** A matter's results (出证) and their case actions: open, print, download, revoke; the mailed result's waybill. */
export interface ResultMethods {
  getMatterResults(matterId: string): Promise<MatterResults>;
  revokeResult(id: string, reason: string): Promise<unknown>;
  downloadResult(id: string, fallbackName: string): Promise<void>;
  setWaybill(matterId: string, body: { carrier: string; trackingNo: string }): Promise<unknown>;
}
export type ResultDataProvider = DataProvider & ResultMethods;

export const resultFilePath = (id: string) => `/results/${encodeURIComponent(id)}/file`;

export function withResultMethods<T extends DataProvider>(base: T): T & ResultMethods {
  return {
    ...base,
    getMatterResults: (matterId) => apiFetch(`/matters/${encodeURIComponent(matterId)}/results`),
    revokeResult: (id, reason) =>
      apiFetch(`/results/${encodeURIComponent(id)}/revoke`, { method: 'POST', body: JSON.stringify({ reason }) }),
    downloadResult: (id, fallbackName) => downloadFromApi(`${resultFilePath(id)}?download=1`, fallbackName),
    setWaybill: (matterId, body) =>
      apiFetch(`/matters/${encodeURIComponent(matterId)}/delivery/waybill`, {
        method: 'PUT',
        body: JSON.stringify(body),
      }),
  };
}
