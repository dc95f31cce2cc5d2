import { z } from 'zod';
import { ZDateBound } from '../shared/china-date';
import { listQuery } from '../shared/list-query';

export const FIRST_ASK_CHANNELS = ['WINDOW', 'PHONE', 'AGENT'] as const;
export const FIRST_ASK_OUTCOMES = ['ANSWERED', 'HANDED_OVER'] as const;

export const ZFirstAskInput = z.object({
  channel: z.enum(FIRST_ASK_CHANNELS, '渠道应为窗口、电话或代办员'),
  askerName: z.string('姓名应为文字').trim().max(50, '姓名不能超过 50 字').optional(),
  askerPhone: z
    .string('电话应为文字')
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '联系电话应为 11 位手机号或带区号的固定电话')
    .optional(),
  question: z.string('请填写所问事项').trim().min(2, '请填写所问事项').max(1000, '所问事项不能超过 1000 字'),
  itemCode: z.string().trim().max(30).optional(),
  outcome: z.enum(FIRST_ASK_OUTCOMES, '处理结果应为当场答复或转交'),
  /** the answer given, or for a hand-over why and what the applicant was told */
  answer: z.string('请填写答复或转交说明').trim().min(2, '请填写答复或转交说明').max(2000, '答复不能超过 2000 字'),
  handedToUserId: z.uuid('请选择转交的人员').optional(),
  handedToDepartmentCode: z.string().trim().max(30).optional(),
});
export type TFirstAskInput = z.infer<typeof ZFirstAskInput>;

export const ZLinkInput = z.object({
  receiptNo: z.string('请填写受理编号').trim().min(1, '请填写受理编号').max(40, '受理编号过长'),
});
export const ZIdParam = z.object({ id: z.uuid('无效的编号') });

export const ZFirstAskQuery = listQuery({
  responderId: z.uuid().optional(),
  from: ZDateBound.optional(),
  to: ZDateBound.optional(),
  linked: z.enum(['true', 'false']).optional(),
});
export type TFirstAskQuery = z.infer<typeof ZFirstAskQuery>;

export const ZFirstAsk = z.object({
  id: z.string(),
  channel: z.enum(FIRST_ASK_CHANNELS),
  responderId: z.string(),
  responderName: z.string(),
  askerName: z.string().nullable(),
  askerPhoneLast4: z.string().nullable(),
  question: z.string(),
  itemCode: z.string().nullable(),
  itemName: z.string().nullable(),
  outcome: z.enum(FIRST_ASK_OUTCOMES),
  answer: z.string(),
  handedToName: z.string().nullable(),
  handedToDepartmentCode: z.string().nullable(),
  matterId: z.string().nullable(),
  matterReceiptNo: z.string().nullable(),
  askedAt: z.date(),
  linkedAt: z.date().nullable(),
});
export const ZFirstAskList = z.object({ data: z.array(ZFirstAsk), total: z.number() });

/** who is responsible for guiding the applicant through a matter */
export const ZMatterFirstAsk = ZFirstAsk.nullable();
