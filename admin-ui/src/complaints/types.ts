export const COMPLAINT_CHANNELS = ['WINDOW', 'PHONE', 'PUBLIC'] as const;
export const COMPLAINT_STATES = ['AWAITING', 'OPEN', 'REPLIED'] as const;

/** api/complaints/complaints.types.ts ZComplaintRow */
export interface Complaint {
  matterId: string;
  receiptNo: string;
  channel: (typeof COMPLAINT_CHANNELS)[number];
  content: string;
  complainantName: string;
  status: string;
  acceptedAt: string;
  dueDate: string | null;
  completedAt: string | null;
  suggestedDepartmentCode: string | null;
  departmentCode: string | null;
  departmentName: string | null;
  awaitingAssignment: boolean;
  onTime: boolean | null;
  upheld: boolean | null;
  subjectMatterId: string | null;
  subjectReceiptNo: string | null;
  subjectUserId: string | null;
  subjectUserName: string | null;
  ratingScore: number | null;
}

export interface ComplaintFilter {
  page: number;
  perPage: number;
  channel?: (typeof COMPLAINT_CHANNELS)[number];
  state?: (typeof COMPLAINT_STATES)[number];
  departmentCode?: string;
}

/** 窗口 / 电话 intake (api ZComplaintIntake) */
export interface ComplaintInput {
  idempotencyKey: string;
  channel: 'WINDOW' | 'PHONE';
  complainant: { name: string; phone: string };
  content: string;
  subjectReceiptNo?: string;
  subjectUserId?: string;
  departmentCode: string;
}

export interface SubjectSuggestion {
  subjectMatterId: string | null;
  subjectUserId: string | null;
  departmentCode: string | null;
}

export interface MatterComplaints {
  complaint: Complaint | null;
  against: Complaint[];
}
