/** The clock of a matter as GET /matters/:id/clock answers (api/clock/clock.types.ts). */
export type ExtensionRequestStatus = 'PENDING' | 'APPROVED' | 'REFUSED';

export interface ExtensionRequest {
  id: string;
  matterId: string;
  receiptNo: string;
  itemName: string;
  dueDate: string | null;
  workingDays: number;
  reason: string;
  status: ExtensionRequestStatus;
  requestedByName: string | null;
  requestedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  applied: boolean;
}

export interface AuthorityAnswer {
  id: string;
  authority: string;
  answeredOn: string;
  decision: 'approve' | 'refuse';
  referenceNo: string;
  note: string | null;
  fileName: string;
  mime: string;
  size: number;
  recordedByName: string | null;
  at: string;
}

export interface OpenStop {
  id: string;
  kind: string;
  reason: string;
  since: string;
}

export interface MatterClock {
  matterId: string;
  dueDate: string;
  provisional: boolean;
  paused: boolean;
  pausedWorkingDays: number;
  extendedWorkingDays: number;
  explanation: Array<{ code: string; messageZh: string; messageEn: string }>;
  openStops: OpenStop[];
  waitingForAuthority: { since: string } | null;
  extensionRequests: ExtensionRequest[];
  authorityAnswers: AuthorityAnswer[];
  can: { suspend: boolean; requestExtension: boolean; decideExtension: boolean; recordAnswer: boolean };
}

export interface AnswerForm {
  authority: string;
  answeredOn: string;
  decision: 'approve' | 'refuse';
  referenceNo: string;
  note?: string;
  file: File;
}
