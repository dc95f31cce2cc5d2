import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { withQuery } from '../shared/query';
import type { CollectInput, FeePayment, FeeReceipt, FeeStandard, ItemFees, MatterFees, Reconciliation } from './types';

/** 收费: fee standards, what was collected for a matter, receipts and the daily reconciliation. */
export interface FeeMethods {
  getItemFees(itemCode: string): Promise<ItemFees>;
  saveItemFees(itemCode: string, lines: FeeStandard[]): Promise<ItemFees>;
  getMatterFees(matterId: string): Promise<MatterFees>;
  collectFee(matterId: string, input: CollectInput): Promise<FeePayment>;
  getFeeReceipt(paymentId: string): Promise<FeeReceipt>;
  getReconciliation(date: string, windowCode?: string): Promise<Reconciliation>;
}
export type FeeDataProvider = DataProvider & FeeMethods;

export function withFeeMethods<T extends DataProvider>(base: T): T & FeeMethods {
  return {
    ...base,
    getItemFees: (code) => apiFetch(`/items/${encodeURIComponent(code)}/fees`),
    saveItemFees: (code, lines) =>
      apiFetch(`/items/${encodeURIComponent(code)}/fees`, { method: 'PUT', body: JSON.stringify({ lines }) }),
    getMatterFees: (id) => apiFetch(`/matters/${encodeURIComponent(id)}/fees`),
    // the idempotency key travels in the body: a retried POST answers with the first record
    collectFee: (id, input) =>
      apiFetch(`/matters/${encodeURIComponent(id)}/fees`, { method: 'POST', body: JSON.stringify(input) }),
    getFeeReceipt: (id) => apiFetch(`/fee-payments/${encodeURIComponent(id)}/receipt`),
    getReconciliation: (date, windowCode) => apiFetch(withQuery('/fees/reconciliation', { date, windowCode })),
  };
}
