/**
 * Notices (通知): what the applicant is told and which placeholders each notice's template may use; what staff see in
 * the console's bell. Pure: the outbox, the dispatcher and the template editor all read these.
 */

/** Notices to the applicant, by e-mail and SMS (docs/notices.md). */
export const APPLICANT_NOTICE_KINDS = [
  'ACCEPTED', // 受理: receipt number, lookup address
  'SUPPLEMENT_REQUESTED', // 一次性告知 / 补正: what is missing and why
  'DEFICIENCY_REMINDER', // 容缺: an owed material falls due soon
  'DUE_DATE_CHANGED', // the promised date moved (provisional → final, 补正, 延长)
  'RESULT_READY', // 出证: the result can be collected
  'RESULT_SENT', // 送达: the result is in the post
  'REJECTED', // 退办, with the reason
  'WITHDRAWN', // 撤件: the applicant's withdrawal is done, with the reason they gave
  'RECTIFIED', // 整改: the centre's measures after the applicant's poor rating, once a manager accepted them
  'TERMINATED', // 终止办理: the centre ended the matter, with its reason
] as const;
export type ApplicantNoticeKind = (typeof APPLICANT_NOTICE_KINDS)[number];

/** In-console notices for staff (the bell). */
export const STAFF_NOTICE_KINDS = [
  'TASK_NEW', // a new task for my department
  'TASK_TRANSFERRED', // a task transferred to me (or to my department)
  'SUPERVISED', // 督办 received
  'WARNING_YELLOW', // 预警: a matter I work on is close to its due date
  'WARNING_RED', // 超期
  'DEFICIENCY_DUE', // 容缺: a matter I accepted owes a material that falls due soon
  'SUPERVISION_REPLIED', // 督办 I gave was answered
  'SUPERVISION_OVERDUE', // 督办 unanswered past its reply date (to the managers)
  'RECTIFICATION_OPENED', // 整改 for my department after a poor rating
  'RECTIFICATION_REPLIED', // 整改 measures waiting for a manager's review
  'RECTIFICATION_RETURNED', // 整改 measures sent back by a manager
  'RECTIFICATION_OVERDUE', // 整改 with no measures past its due date (to the managers)
  'INCIDENT', // 故障: a matter cannot go on by itself (admins and managers)
] as const;
export type StaffNoticeKind = (typeof STAFF_NOTICE_KINDS)[number];

/** Every applicant notice may use these: they are read from the matter when the notice is sent. */
export const MATTER_PLACEHOLDERS = ['receiptNo', 'itemName', 'acceptedDate', 'dueDate', 'lookupUrl'] as const;

/** What each kind adds: read from its cause (the event, the deadline change, the delivery). */
export const KIND_PLACEHOLDERS: Record<ApplicantNoticeKind, readonly string[]> = {
  ACCEPTED: ['owedMaterials'],
  SUPPLEMENT_REQUESTED: ['reason', 'missingMaterials'],
  DEFICIENCY_REMINDER: ['owedMaterials', 'owedDueDate'],
  DUE_DATE_CHANGED: ['oldDueDate', 'reason'],
  RESULT_READY: ['resultNo'],
  RESULT_SENT: ['trackingNo', 'carrier'],
  REJECTED: ['reason'],
  WITHDRAWN: ['reason'],
  RECTIFIED: ['measures'],
  TERMINATED: ['reason'],
};

export const placeholdersOf = (kind: ApplicantNoticeKind): readonly string[] => [
  ...MATTER_PLACEHOLDERS,
  ...KIND_PLACEHOLDERS[kind],
];

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholders a text uses, each once, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** The placeholders a text uses that its kind does not offer (a template with any is refused). */
export function unknownPlaceholders(kind: ApplicantNoticeKind, text: string): string[] {
  const known = new Set(placeholdersOf(kind));
  return placeholdersIn(text).filter((p) => !known.has(p));
}

/** Fills the placeholders; one without a value becomes empty (a validated template names only known ones). */
export function renderTemplate(text: string, values: Readonly<Record<string, string | undefined>>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => values[name] ?? '');
}

export const isApplicantNoticeKind = (kind: string): kind is ApplicantNoticeKind =>
  (APPLICANT_NOTICE_KINDS as readonly string[]).includes(kind);

/** z***@example.com: the first character of the mailbox and the domain. */
export function maskEmail(address: string): string {
  const [local, domain] = address.trim().split('@');
  if (!domain) return '***';
  return `${Array.from(local)[0] ?? ''}***@${domain}`;
}

export interface NoticeTemplateText {
  smsText: string;
  emailSubject: string;
  emailBody: string;
}

/** Each text of a template with the placeholders its kind does not offer; empty when the template is fine. */
export function templateProblems(
  kind: ApplicantNoticeKind,
  template: NoticeTemplateText,
): Array<{ field: keyof NoticeTemplateText; unknown: string[] }> {
  return (['smsText', 'emailSubject', 'emailBody'] as const)
    .map((field) => ({ field, unknown: unknownPlaceholders(kind, template[field]) }))
    .filter((p) => p.unknown.length > 0);
}
