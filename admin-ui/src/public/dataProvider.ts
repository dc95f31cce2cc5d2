import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { withQuery } from '../shared/query';
import type { PublicLookup, PublicWithdrawalInput, RatingInput } from './types';

/** The public endpoints (no login, rate limited): progress lookup, 好差评 and 撤件. */
export interface PublicMethods {
  lookupMatter(receiptNo: string, phoneLast4: string): Promise<PublicLookup>;
  rateMatter(input: RatingInput): Promise<unknown>;
  withdrawMatterPublicly(input: PublicWithdrawalInput): Promise<unknown>;
}
export type PublicDataProvider = DataProvider & PublicMethods;

export function withPublicMethods<T extends DataProvider>(base: T): T & PublicMethods {
  return {
    ...base,
    lookupMatter: (receiptNo, phoneLast4) => apiFetch(withQuery('/public/lookup', { receiptNo, phoneLast4 })),
    rateMatter: (input) => apiFetch('/public/rating', { method: 'POST', body: JSON.stringify(input) }),
    withdrawMatterPublicly: (input) =>
      apiFetch('/public/withdrawal', {
        method: 'POST',
        body: JSON.stringify(input),
        headers: { 'idempotency-key': crypto.randomUUID() },
      }),
  };
}
