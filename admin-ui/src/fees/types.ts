/** api/fees/fees.types.ts as the console reads it. */
export interface FeeStandard {
  code: string;
  name: string;
  amountFen: number;
  unit: string;
  basis: string;
}
export interface ItemFees {
  itemCode: string;
  free: boolean;
  lines: FeeStandard[];
}
export interface FeePayment {
  id: string;
  receiptNo: string;
  matterId: string;
  itemCode: string;
  channel: string;
  method: string;
  lines: Array<FeeStandard & { quantity: number; subtotalFen: number }>;
  dueFen: number;
  paidFen: number;
  exemptFen: number;
  exemptReason: string | null;
  paidAt: string;
  paidOn: string;
  windowCode: string | null;
  collectedByName: string;
}
export interface MatterFees {
  itemCode: string;
  free: boolean;
  standards: FeeStandard[];
  payments: FeePayment[];
}
export interface FeeReceipt extends FeePayment {
  matterReceiptNo: string;
  itemName: string;
  payerName: string;
  centreName: string;
}
export interface CollectInput {
  idempotencyKey: string;
  windowCode?: string;
  lines: Array<{ code: string; quantity: number }>;
  paidFen?: number;
  method?: string;
  exemptReason?: string;
}
export interface Tally {
  count: number;
  dueFen: number;
  paidFen: number;
  exemptFen: number;
  byMethod: Record<string, number>;
}
export interface Reconciliation {
  date: string;
  windows: Array<Tally & { windowCode: string | null; windowName: string | null }>;
  totals: Tally;
  payments: FeePayment[];
}
export const PAYMENT_METHODS = ['CASH', 'CARD', 'MOBILE', 'TRANSFER'] as const;
