/** Notices as the API answers them (api/notices/notices.types.ts). */

export const APPLICANT_NOTICE_KINDS = [
  'ACCEPTED',
  'SUPPLEMENT_REQUESTED',
  'DEFICIENCY_REMINDER',
  'DUE_DATE_CHANGED',
  'RESULT_READY',
  'RESULT_SENT',
  'REJECTED',
  'WITHDRAWN',
  'RECTIFIED',
  'TERMINATED',
] as const;
export type ApplicantNoticeKind = (typeof APPLICANT_NOTICE_KINDS)[number];
export type NoticeStatus = 'PENDING' | 'SENT' | 'RECORDED' | 'FAILED';

/** GET /matters/:id/notices: an applicant notice and how its sending went. */
export interface MatterNotice {
  id: string;
  kind: ApplicantNoticeKind;
  channel: 'EMAIL' | 'SMS';
  status: NoticeStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  provider: string | null;
  recipientMasked: string | null;
  subject: string | null;
  body: string | null;
  createdAt: string;
  sentAt: string | null;
}

export type StaffNoticeKind =
  | 'TASK_NEW'
  | 'TASK_TRANSFERRED'
  | 'SUPERVISED'
  | 'WARNING_YELLOW'
  | 'WARNING_RED'
  | 'DEFICIENCY_DUE'
  | 'SUPERVISION_REPLIED'
  | 'SUPERVISION_OVERDUE'
  | 'RECTIFICATION_OPENED'
  | 'RECTIFICATION_REPLIED'
  | 'RECTIFICATION_RETURNED'
  | 'RECTIFICATION_OVERDUE'
  | 'INCIDENT';

/** GET /my-notices: what the bell lists. */
export interface StaffNotice {
  id: string;
  kind: StaffNoticeKind;
  matterId: string | null;
  data: Record<string, string | null> | null;
  createdAt: string;
  readAt: string | null;
}

export interface MyNotices {
  data: StaffNotice[];
  total: number;
  unread: number;
}

/** GET /notice-templates: one kind's texts and the placeholders it may use. */
export interface NoticeTemplate {
  id: ApplicantNoticeKind;
  kind: ApplicantNoticeKind;
  smsText: string;
  smsTemplateCode: string | null;
  emailSubject: string;
  emailBody: string;
  placeholders: string[];
  updatedAt: string;
}
