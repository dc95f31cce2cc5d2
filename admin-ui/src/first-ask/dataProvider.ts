import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { withQuery } from '../shared/query';
import type { FirstAsk, FirstAskFilter, FirstAskInput } from './types';

/** 首问责任制: records, their link to the matter that followed, and a matter's first-ask person. */
export interface FirstAskMethods {
  getFirstAsks(filter: FirstAskFilter): Promise<{ data: FirstAsk[]; total: number }>;
  recordFirstAsk(input: FirstAskInput): Promise<FirstAsk>;
  linkFirstAsk(id: string, receiptNo: string): Promise<FirstAsk>;
  getMatterFirstAsk(matterId: string): Promise<FirstAsk | null>;
}
export type FirstAskDataProvider = DataProvider & FirstAskMethods;

export function withFirstAskMethods<T extends DataProvider>(base: T): T & FirstAskMethods {
  return {
    ...base,
    getFirstAsks: (filter) => apiFetch(withQuery('/first-asks', { ...filter })),
    recordFirstAsk: (input) => apiFetch('/first-asks', { method: 'POST', body: JSON.stringify(input) }),
    linkFirstAsk: (id, receiptNo) =>
      apiFetch(`/first-asks/${encodeURIComponent(id)}/link`, { method: 'POST', body: JSON.stringify({ receiptNo }) }),
    getMatterFirstAsk: (matterId) => apiFetch(`/matters/${encodeURIComponent(matterId)}/first-ask`),
  };
}
