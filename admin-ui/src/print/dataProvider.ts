import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type { NoticeData, ReceiptData, RejectionData } from './types';

/** Print data of the receipt (受理回执) and of the written notices (一次性告知书 / 不予受理通知书 / 退办通知书). */
export interface PrintMethods {
  getReceipt(matterId: string): Promise<ReceiptData>;
  getNotice(noticeId: string): Promise<NoticeData>;
  getRejection(matterId: string): Promise<RejectionData>;
}
export type PrintDataProvider = DataProvider & PrintMethods;

export function withPrintMethods<T extends DataProvider>(base: T): T & PrintMethods {
  return {
    ...base,
    getReceipt: (matterId) => apiFetch(`/matters/${encodeURIComponent(matterId)}/receipt`),
    getNotice: (noticeId) => apiFetch(`/notices/${encodeURIComponent(noticeId)}`),
    getRejection: (matterId) => apiFetch(`/matters/${encodeURIComponent(matterId)}/rejection-notice`),
  };
}
