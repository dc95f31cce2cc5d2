import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { withQuery } from '../shared/query';
import type { AccountabilityReport } from './types';

/** 责任追究: the period's report, the reason found for a case, and appeals that overturned a 退办. */
export interface AccountabilityMethods {
  getAccountability(from: string, to: string): Promise<AccountabilityReport>;
  recordAccountabilityReason(matterId: string, reason: string): Promise<unknown>;
  recordAppeal(input: { receiptNo: string; appealDecision: string; reason?: string }): Promise<unknown>;
}
export type AccountabilityDataProvider = DataProvider & AccountabilityMethods;

export function withAccountabilityMethods<T extends DataProvider>(base: T): T & AccountabilityMethods {
  return {
    ...base,
    getAccountability: (from, to) => apiFetch(withQuery('/accountability', { from, to })),
    recordAccountabilityReason: (matterId, reason) =>
      apiFetch(`/accountability/matters/${encodeURIComponent(matterId)}/reason`, {
        method: 'PUT',
        body: JSON.stringify({ reason }),
      }),
    recordAppeal: (input) => apiFetch('/accountability/appeals', { method: 'POST', body: JSON.stringify(input) }),
  };
}
