import type { MatterStatus } from '../matters/types';

/** GET /public/lookup: what the applicant may see of the matter, no personal data. */
export interface PublicLookup {
  receiptNo: string;
  itemName: string;
  status: MatterStatus;
  acceptedAt: string;
  dueDate: string | null;
  completedAt: string | null;
  steps: Array<{ name: string; at: string | null }>;
  canRate: boolean;
  rated: boolean;
}

export interface RatingInput {
  receiptNo: string;
  phoneLast4: string;
  score: number;
  comment?: string;
}
