import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type { ApprovalFormData, NoticeData, ReceiptData, RejectionData } from './types';

/** Every printed document and the data it is made from; a new print page adds its document here and below. */
export interface PrintDocuments {
  /** 受理回执, by matter id */
  receipt: ReceiptData;
  /** 一次性告知书 or 不予受理通知书, by notice id */
  notice: NoticeData;
  /** 退办通知书, by matter id */
  rejection: RejectionData;
  /** 审批表, by matter id */
  approvalForm: ApprovalFormData;
}
export type PrintDocument = keyof PrintDocuments;

const PRINT_PATHS: { [D in PrintDocument]: (id: string) => string } = {
  receipt: (matterId) => `/matters/${encodeURIComponent(matterId)}/receipt`,
  notice: (noticeId) => `/notices/${encodeURIComponent(noticeId)}`,
  rejection: (matterId) => `/matters/${encodeURIComponent(matterId)}/rejection-notice`,
  approvalForm: (matterId) => `/matters/${encodeURIComponent(matterId)}/approval-form`,
};

export interface PrintMethods {
  getPrintData<D extends PrintDocument>(name: D, id: string): Promise<PrintDocuments[D]>;
}
export type PrintDataProvider = DataProvider & PrintMethods;

export function withPrintMethods<T extends DataProvider>(base: T): T & PrintMethods {
  return {
    ...base,
    getPrintData: (name, id) => apiFetch(PRINT_PATHS[name](id)),
  };
}
