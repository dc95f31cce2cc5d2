export const SUPERVISION_STATUSES = ['OPEN', 'REPLIED', 'CLOSED'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];

/** api/supervisions/supervisions.types.ts ZSupervision */
export interface Supervision {
  id: string;
  matterId: string;
  receiptNo: string;
  itemName: string;
  message: string;
  fromName: string | null;
  toName: string | null;
  at: string;
  replyDueDate: string | null;
  status: SupervisionStatus;
  overdue: boolean;
  escalatedAt: string | null;
  reply: string | null;
  repliedAt: string | null;
  repliedByName: string | null;
  closedAt: string | null;
  closedByName: string | null;
  closeNote: string | null;
  canReply: boolean;
}
