import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { downloadFromApi } from '../shared/download';
import type { Withdrawal, WithdrawalForm } from './types';

/** 撤件 at the window (with the signed request), the matter's withdrawal and its signed request. */
export interface WithdrawalMethods {
  getWithdrawal(matterId: string): Promise<{ withdrawal: Withdrawal | null }>;
  withdrawMatter(matterId: string, form: WithdrawalForm): Promise<Withdrawal>;
  downloadWithdrawalRequest(matterId: string, fallbackName: string): Promise<void>;
}
export type WithdrawalDataProvider = DataProvider & WithdrawalMethods;

const withdrawalPath = (matterId: string) => `/matters/${encodeURIComponent(matterId)}/withdrawal`;

export function withWithdrawalMethods<T extends DataProvider>(base: T): T & WithdrawalMethods {
  return {
    ...base,
    getWithdrawal: (matterId) => apiFetch(withdrawalPath(matterId)),
    withdrawMatter: (matterId, { reason, file }) => {
      // the reason first: the API checks it before it stores a byte of the signed request
      const body = new FormData();
      body.append('reason', reason);
      body.append('file', file, file.name);
      return apiFetch(withdrawalPath(matterId), {
        method: 'POST',
        body,
        headers: { 'idempotency-key': crypto.randomUUID() },
      });
    },
    downloadWithdrawalRequest: (matterId, fallbackName) =>
      downloadFromApi(`${withdrawalPath(matterId)}/document?download=1`, fallbackName),
  };
}
