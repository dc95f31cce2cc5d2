export const RECTIFICATION_STATUSES = ['OPEN', 'REPLIED', 'ACCEPTED'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

/** api/rectifications/rectifications.types.ts ZRectification */
export interface Rectification {
  id: string;
  matterId: string;
  receiptNo: string;
  itemName: string;
  departmentCode: string | null;
  departmentName: string | null;
  score: number;
  comment: string | null;
  ratedAt: string;
  dueDate: string;
  status: RectificationStatus;
  overdue: boolean;
  escalatedAt: string | null;
  measures: string | null;
  repliedAt: string | null;
  repliedByName: string | null;
  reviewNote: string | null;
  returnCount: number;
  acceptedAt: string | null;
  acceptedByName: string | null;
  canReply: boolean;
}
