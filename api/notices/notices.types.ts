import { z } from 'zod';
import { APPLICANT_NOTICE_KINDS, STAFF_NOTICE_KINDS } from '../../domain/notices';
import { listQuery } from '../shared/list-query';

/** instants as the services return them (Dates); JSON makes them ISO strings */
const iso = z.date();
const isoOrNull = iso.nullable();

/** An applicant notice as the matter page shows it: no lease, no recipient beyond its masked form. */
export const ZMatterNotice = z.object({
  id: z.string(),
  kind: z.enum(APPLICANT_NOTICE_KINDS),
  channel: z.enum(['EMAIL', 'SMS']),
  status: z.enum(['PENDING', 'SENT', 'RECORDED', 'FAILED']),
  attempts: z.number().int(),
  nextAttemptAt: isoOrNull,
  lastError: z.string().nullable(),
  provider: z.string().nullable(),
  recipientMasked: z.string().nullable(),
  subject: z.string().nullable(),
  body: z.string().nullable(),
  createdAt: iso,
  sentAt: isoOrNull,
});
export const ZMatterNotices = z.object({ data: z.array(ZMatterNotice) });

export const ZNoticeIdParam = z.object({ id: z.uuid('无效的通知编号') });

export const ZStaffNotice = z.object({
  id: z.string(),
  kind: z.enum(STAFF_NOTICE_KINDS),
  matterId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  createdAt: iso,
  readAt: isoOrNull,
});
export const ZMyNoticesQuery = listQuery({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type TMyNoticesQuery = z.infer<typeof ZMyNoticesQuery>;
export const ZMyNotices = z.object({ data: z.array(ZStaffNotice), total: z.number().int(), unread: z.number().int() });
export const ZUnreadCount = z.object({ unread: z.number().int() });
export const ZReadAll = z.object({ ok: z.literal(true), count: z.number().int() });

export const ZTemplateKindParam = z.object({
  kind: z.enum(APPLICANT_NOTICE_KINDS, '没有这种通知 / no such notice kind'),
});

const text = (max: number, zh: string) => z.string().trim().min(1, `请填写${zh}`).max(max, `${zh}过长`);
export const ZTemplateUpdate = z.object({
  smsText: text(500, '短信内容'),
  smsTemplateCode: z
    .string()
    .trim()
    .max(50, '短信模板编号过长')
    .regex(/^[A-Za-z0-9_-]*$/, '短信模板编号只能包含字母、数字、下划线和连字符')
    .transform((v) => v || null)
    .nullable()
    .optional(),
  emailSubject: text(200, '邮件标题'),
  emailBody: text(5000, '邮件正文'),
});
export type TTemplateUpdate = z.infer<typeof ZTemplateUpdate>;

export const ZNoticeTemplate = z.object({
  id: z.string(),
  kind: z.enum(APPLICANT_NOTICE_KINDS),
  smsText: z.string(),
  smsTemplateCode: z.string().nullable(),
  emailSubject: z.string(),
  emailBody: z.string(),
  /** the placeholders this kind may use, without braces */
  placeholders: z.array(z.string()),
  updatedAt: iso,
});
export const ZNoticeTemplateList = z.object({ data: z.array(ZNoticeTemplate), total: z.number().int() });
export const ZOk = z.object({ ok: z.literal(true) });
