import { z } from 'zod';
import { ART45_SUSPENSION_KINDS } from '../../domain/clock-stops';
import { EXTENSION_MAX_WORKING_DAYS } from '../../domain/legal-limits';
import { AUTHORITY_DECISIONS } from '../../workflows/clock-contract';
import { ZChinaDate } from '../shared/china-date';
import { zLine, zMultiline, zName } from '../shared/text';

const ZArt45Kind = z.enum(ART45_SUSPENSION_KINDS, {
  error: '暂停计时的事由须为听证、招标拍卖、检验、检测、检疫、鉴定或专家评审之一',
});

/** 行政许可法第四十五条: a suspension begins, with its kind and the reason the applicant is told in writing. */
export const ZStartSuspension = z.object({
  kind: ZArt45Kind,
  reason: zMultiline().min(2, '请写明暂停计时的理由').max(500),
});
export type TStartSuspension = z.infer<typeof ZStartSuspension>;
export const ZEndSuspension = z.object({ kind: ZArt45Kind, note: zMultiline().max(500).optional() });
export type TEndSuspension = z.infer<typeof ZEndSuspension>;

/** 行政许可法第四十二条: one extension of at most EXTENSION_MAX_WORKING_DAYS, asked for with its reason. */
export const ZExtensionAsk = z.object({
  workingDays: z
    .number()
    .int()
    .min(1, '延长天数至少 1 个工作日')
    .max(EXTENSION_MAX_WORKING_DAYS, `延长天数不能超过 ${EXTENSION_MAX_WORKING_DAYS} 个工作日（行政许可法第四十二条）`),
  reason: zMultiline().min(2, '请写明延期理由').max(500),
});
export type TExtensionAsk = z.infer<typeof ZExtensionAsk>;
export const ZApproveExtension = z.object({ note: zMultiline().max(500).optional() });
export const ZRefuseExtension = z.object({ note: zMultiline().min(2, '请写明不予批准的理由').max(500) });

export const EXTENSION_REQUEST_STATUSES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
export const ZExtensionRequestQuery = z.object({ status: z.enum(EXTENSION_REQUEST_STATUSES).optional() });

const iso = z.date();
export const ZExtensionRequest = z.object({
  id: z.string(),
  matterId: z.string(),
  receiptNo: z.string(),
  itemName: z.string(),
  dueDate: z.string().nullable(),
  workingDays: z.number(),
  reason: z.string(),
  status: z.enum(EXTENSION_REQUEST_STATUSES),
  requestedByName: z.string().nullable(),
  requestedAt: iso,
  decidedByName: z.string().nullable(),
  decidedAt: iso.nullable(),
  decisionNote: z.string().nullable(),
  /** approved and confirmed by the workflow (the deadline has moved) */
  applied: z.boolean(),
});
export type TExtensionRequest = z.infer<typeof ZExtensionRequest>;
export const ZExtensionRequestList = z.object({ data: z.array(ZExtensionRequest), total: z.number() });

/**
 * 上报件: the multipart form's text fields, sent before its one file (the answer document): who answered, when,
 * what they decided and their reference number (文号).
 */
export const ZAuthorityAnswerFields = z.object({
  authority: zName().min(2, '请填写答复机关').max(100),
  answeredOn: ZChinaDate,
  decision: z.enum(AUTHORITY_DECISIONS, { error: '答复结论须为批准（approve）或不予批准（refuse）' }),
  referenceNo: zLine().min(1, '请填写答复文号').max(60),
  note: zMultiline().max(500).optional(),
});
export type TAuthorityAnswerFields = z.infer<typeof ZAuthorityAnswerFields>;

export const ZAuthorityAnswer = z.object({
  id: z.string(),
  authority: z.string(),
  answeredOn: z.string(),
  decision: z.string(),
  referenceNo: z.string(),
  note: z.string().nullable(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number(),
  sha256: z.string(),
  recordedByName: z.string().nullable(),
  at: iso,
});

/** Ids a keyed write chose (api/shared/idempotency.ts keyedRowId): UUID-shaped, without a UUID version. */
const zRowId = () => z.guid('无效的编号');
export const ZAnswerDocumentParams = z.object({ id: z.uuid('无效的编号'), answerId: zRowId() });
export const ZOk = z.object({ ok: z.literal(true) });

export const ZMatterClock = z.object({
  matterId: z.string(),
  dueDate: z.string(),
  provisional: z.boolean(),
  /** a stop is open: the due date shown is the earliest it can be, and moves on each working day until it ends */
  paused: z.boolean(),
  pausedWorkingDays: z.number(),
  extendedWorkingDays: z.number(),
  explanation: z.array(z.object({ code: z.string(), messageZh: z.string(), messageEn: z.string() })),
  openStops: z.array(z.object({ id: z.string(), kind: z.string(), reason: z.string(), since: iso })),
  waitingForAuthority: z.object({ since: iso }).nullable(),
  extensionRequests: z.array(ZExtensionRequest),
  authorityAnswers: z.array(ZAuthorityAnswer),
  /** the clock's moves this user may make now (the workflow and the services still check each) */
  can: z.object({
    suspend: z.boolean(),
    requestExtension: z.boolean(),
    decideExtension: z.boolean(),
    recordAnswer: z.boolean(),
  }),
});
export const ZRequestParams = z.object({ requestId: zRowId() });
export const ZDocumentQuery = z.object({ download: z.enum(['0', '1']).optional() });
