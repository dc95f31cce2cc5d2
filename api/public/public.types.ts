import { z } from 'zod';
import { zLine, zMultiline } from '../shared/text';

const ZReceiptNo = zLine('请填写受理回执编号').min(1, '请填写受理回执编号').max(40, '受理回执编号过长');
const ZPhoneLast4 = z
  .string('请填写手机号后四位')
  .trim()
  .regex(/^\d{4}$/, '请填写手机号后四位数字');

export const ZLookupQuery = z.object({ receiptNo: ZReceiptNo, phoneLast4: ZPhoneLast4 });
export type TLookup = z.infer<typeof ZLookupQuery>;

export const ZRatingSchema = z.object({
  receiptNo: ZReceiptNo,
  phoneLast4: ZPhoneLast4,
  score: z.number('请选择评分').int('评分应为 1–5 的整数').min(1, '评分应为 1–5 分').max(5, '评分应为 1–5 分'),
  comment: zMultiline().max(500, '评价内容不能超过 500 字').optional(),
});
export type TRating = z.infer<typeof ZRatingSchema>;

export const ZPublicStatus = z.object({
  receiptNo: z.string(),
  itemName: z.string(),
  status: z.string(),
  acceptedAt: z.date(),
  dueDate: z.string().nullable(),
  provisional: z.boolean(),
  completedAt: z.date().nullable(),
  /** `type` is an event code the console translates; `name` repeats it for clients that show it as is */
  steps: z.array(z.object({ type: z.string(), name: z.string(), at: z.date() })),
  canRate: z.boolean(),
  rated: z.boolean(),
  /** how the result reaches the applicant; for mail, the carrier and its tracking number once staff entered them */
  delivery: z
    .object({
      method: z.string(),
      carrier: z.string().nullable(),
      carrierName: z.string().nullable(),
      trackingNo: z.string().nullable(),
    })
    .nullable(),
  /** working days the clock stood still (补正 and other pauses), and whether it stands still now */
  pausedWorkingDays: z.number(),
  paused: z.boolean(),
  /** still open and past its due instant (or stopped while overdue), as of this answer */
  overdue: z.boolean(),
});

export const ZRatingResult = z.object({ ok: z.literal(true) });
