import { z } from 'zod';
import { COMPLAINT_CHANNELS } from '../../domain/complaints';
import { ZApplicant } from '../intake/intake.types';
import { ZDepartmentCode, ZIdempotencyKey, ZWindowCode } from '../shared/codes';
import { listOf, listQuery } from '../shared/list-query';
import { zLine, zMultiline } from '../shared/text';

/** The complainant: a name and a mobile number (the receipt is followed up with its last four digits); no ID number. */
export const ZComplainant = ZApplicant.pick({ name: true, phone: true, email: true });

const ZContent = zMultiline('请填写投诉内容').min(5, '投诉内容至少 5 个字').max(2000, '投诉内容不能超过 2000 字');
const ZReceiptNo = zLine('受理编号应为文字').max(40, '受理编号过长');

/** 窗口 or 电话 (entered by staff): the receiving clerk names the department concerned at once. */
export const ZComplaintIntake = z.object({
  idempotencyKey: ZIdempotencyKey,
  channel: z.enum(['WINDOW', 'PHONE'], '投诉渠道应为窗口或电话'),
  complainant: ZComplainant,
  content: ZContent,
  /** the complained-about matter's receipt number */
  subjectReceiptNo: ZReceiptNo.optional(),
  /** the staff member complained about */
  subjectUserId: z.uuid('请选择被投诉人员').optional(),
  departmentCode: ZDepartmentCode,
  windowCode: ZWindowCode.optional(),
});
export type TComplaintIntake = z.infer<typeof ZComplaintIntake>;

/** The public page's form (no login): the department is optional, the receiving clerk assigns it. */
export const ZPublicComplaint = z.object({
  idempotencyKey: ZIdempotencyKey,
  complainant: ZComplainant,
  content: ZContent,
  subjectReceiptNo: ZReceiptNo.optional(),
  departmentCode: ZDepartmentCode.optional(),
});
export type TPublicComplaint = z.infer<typeof ZPublicComplaint>;
export const ZPublicComplaintResult = z.object({ receiptNo: z.string(), dueDate: z.string().nullable() });

export const ZAssignInput = z.object({ departmentCode: ZDepartmentCode });
export const ZMatterIdParam = z.object({ id: z.uuid('无效的编号') });

/** What the link suggests to the receiving clerk (the console's form pre-fills the department with it). */
export const ZSubjectQuery = z.object({
  receiptNo: ZReceiptNo.optional(),
  userId: z.uuid('无效的编号').optional(),
});
export const ZSubjectSuggestion = z.object({
  subjectMatterId: z.string().nullable(),
  subjectUserId: z.string().nullable(),
  departmentCode: z.string().nullable(),
});

export const ZComplaintQuery = listQuery({
  channel: z.enum(COMPLAINT_CHANNELS).optional(),
  departmentCode: ZDepartmentCode.optional(),
  /** AWAITING: no department replies yet (受理分办); OPEN: being replied; REPLIED: finished */
  state: z.enum(['AWAITING', 'OPEN', 'REPLIED']).optional(),
});
export type TComplaintQuery = z.infer<typeof ZComplaintQuery>;

export const ZComplaintRow = z.object({
  matterId: z.string(),
  receiptNo: z.string(),
  channel: z.enum(COMPLAINT_CHANNELS),
  content: z.string(),
  complainantName: z.string(),
  status: z.string(),
  acceptedAt: z.date(),
  dueDate: z.string().nullable(),
  completedAt: z.date().nullable(),
  suggestedDepartmentCode: z.string().nullable(),
  departmentCode: z.string().nullable(),
  departmentName: z.string().nullable(),
  /** the department was named but the reply step has not opened yet, or none was named: 受理分办 still to do */
  awaitingAssignment: z.boolean(),
  onTime: z.boolean().nullable(),
  /** 属实 / 不属实 once replied */
  upheld: z.boolean().nullable(),
  subjectMatterId: z.string().nullable(),
  subjectReceiptNo: z.string().nullable(),
  subjectUserId: z.string().nullable(),
  subjectUserName: z.string().nullable(),
  ratingScore: z.number().nullable(),
});
export type TComplaintRow = z.infer<typeof ZComplaintRow>;
export const ZComplaintList = listOf(ZComplaintRow);

/** The matter page's links both ways: what this complaint is about, and the complaints about this matter. */
export const ZMatterComplaints = z.object({
  complaint: ZComplaintRow.nullable(),
  against: z.array(ZComplaintRow),
});
