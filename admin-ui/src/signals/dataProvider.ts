import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type { BroadcastResult, SignalCount, SignalWait } from './types';

/**
 * The signals a matter waits for, those running matters wait for (with counts), and broadcasting one. A broadcast is
 * sent once, never retried: sent again, it would reach the matters that began waiting in between.
 */
export interface SignalMethods {
  getSignalWaits(matterId: string): Promise<{ waits: SignalWait[] }>;
  getSignalCounts(): Promise<{ data: SignalCount[] }>;
  broadcastSignal(name: string): Promise<BroadcastResult>;
}
export type SignalDataProvider = DataProvider & SignalMethods;

export function withSignalMethods<T extends DataProvider>(base: T): T & SignalMethods {
  return {
    ...base,
    getSignalWaits: (matterId) => apiFetch(`/matters/${encodeURIComponent(matterId)}/signals`),
    getSignalCounts: () => apiFetch('/signals'),
    broadcastSignal: (name) => apiFetch(`/signals/${encodeURIComponent(name)}`, { method: 'POST', body: '{}' }),
  };
}
