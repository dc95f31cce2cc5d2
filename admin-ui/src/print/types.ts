import type { StepRecord } from '../matters/types';

/** A material line as the print endpoints may send it: a name, or a row with at least a name. */
export type PrintMaterial =
  string | { code?: string; name: string; provided?: boolean; copies?: number | null; dueDate?: string | null };

/** GET /matters/:id/receipt */
export interface ReceiptData {
  receiptNo: string;
  itemName: string;
  applicantName: string;
  acceptedAt: string;
  acceptedByName: string | null;
  windowCode: string | null;
  dueDate: string | null;
  provisional: boolean;
  materials: PrintMaterial[];
  owed: PrintMaterial[];
  centreName: string;
  lookupHint: string | null;
}

/** GET /notices/:id */
export interface NoticeData {
  noticeNo: string;
  kind: 'NOTICE' | 'REFUSAL';
  itemName: string;
  applicantName: string;
  missing: Array<{ code: string; name: string }>;
  reason: string | null;
  legalBasis: string | null;
  issuedAt: string;
  issuedByName: string | null;
  centreName?: string | null;
}

/** GET /matters/:id/rejection-notice (退办通知书) */
export interface RejectionData {
  receiptNo: string;
  itemName: string;
  applicantName: string;
  acceptedAt: string;
  decidedAt: string;
  decidedByName: string | null;
  reason: string | null;
  legalBasis: string;
  remedies: string | null;
  centreName: string;
}

/** GET /matters/:id/approval-form: 审批表, the matter's processing record */
export interface ApprovalFormData {
  centreName: string;
  receiptNo: string;
  itemCode: string;
  itemName: string;
  kind: string;
  status: string;
  /** masked as the printing user sees it */
  applicantName: string;
  applicantIdMasked: string;
  acceptedAt: string;
  acceptedByName: string | null;
  completedAt: string | null;
  legalBasis: string;
  steps: StepRecord[];
  printedAt: string;
  printedByName: string;
}
