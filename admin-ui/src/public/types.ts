import type { MatterStatus } from '../matters/types';

/** GET /public/lookup: what the applicant may see of the matter, no personal data. */
export interface PublicLookup {
  receiptNo: string;
  itemName: string;
  status: MatterStatus;
  acceptedAt: string;
  dueDate: string | null;
  provisional?: boolean;
  completedAt: string | null;
  /** `type` is an event code (translated here); `name` repeats it */
  steps: Array<{ type?: string; name: string; at: string }>;
  canRate: boolean;
  rated: boolean;
  /** for mail, the carrier and its tracking number once staff entered them */
  delivery?: { method: string; carrier: string | null; carrierName: string | null; trackingNo: string | null } | null;
  /** working days the clock stood still (补正), and whether it stands still now */
  pausedWorkingDays?: number;
  paused?: boolean;
  /** still open and past its due instant, as of the answer */
  overdue?: boolean;
}

/** POST /public/withdrawal: the applicant withdraws, checked by the receipt number and phone like the look-up. */
export interface PublicWithdrawalInput {
  receiptNo: string;
  phoneLast4: string;
  reason: string;
}

export interface RatingInput {
  receiptNo: string;
  phoneLast4: string;
  score: number;
  comment?: string;
}
