import { z } from 'zod';

export const PAYMENT_METHODS = ['CASH', 'CARD', 'MOBILE', 'TRANSFER'] as const;
/** nothing was collected: the whole amount was exempted */
export const EXEMPT = 'EXEMPT';

const ZChinaDate = z.iso.date('日期格式应为 YYYY-MM-DD');

export const ZFeeStandardInput = z.object({
  code: z
    .string('请填写收费项目编码')
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{0,29}$/, '收费项目编码应为大写字母、数字或下划线'),
  name: z.string('请填写收费项目').trim().min(1, '请填写收费项目').max(100, '收费项目不能超过 100 字'),
  amountFen: z
    .number('收费标准应为金额（分）')
    .int('收费标准应以分为单位')
    .min(1, '收费标准至少 0.01 元（不收费请删除该项）')
    .max(10_000_000, '收费标准不能超过 10 万元'),
  unit: z.string('请填写计费单位').trim().min(1, '请填写计费单位，如“每本”').max(20, '计费单位不能超过 20 字'),
  basis: z.string('请填写收费依据').trim().min(1, '请填写收费依据').max(1000, '收费依据不能超过 1000 字'),
});

export const ZFeeStandardsInput = z
  .object({ lines: z.array(ZFeeStandardInput, '收费标准应为列表').max(20, '收费项目不能超过 20 项') })
  .superRefine(({ lines }, ctx) => {
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      if (seen.has(l.code))
        ctx.addIssue({ code: 'custom', path: ['lines', i, 'code'], message: `收费项目编码 ${l.code} 重复` });
      seen.add(l.code);
    });
  });
export type TFeeStandardsInput = z.infer<typeof ZFeeStandardsInput>;

export const ZFeeStandards = z.object({
  itemCode: z.string(),
  /** no lines: 不收费 */
  free: z.boolean(),
  lines: z.array(ZFeeStandardInput),
});

export const ZItemCodeParam = z.object({ code: z.string().trim().max(30, '事项编码过长') });
export const ZMatterIdParam = z.object({ id: z.uuid('无效的办件编号') });
export const ZPaymentIdParam = z.object({ id: z.uuid('无效的收费记录编号') });

export const ZCollectInput = z.object({
  idempotencyKey: z.string('缺少幂等键').trim().min(8, '缺少幂等键').max(100),
  windowCode: z.string().trim().max(20).optional(),
  lines: z
    .array(
      z.object({
        code: z.string('请选择收费项目').trim().min(1, '请选择收费项目').max(30),
        quantity: z.number('数量应为整数').int('数量应为整数').min(1, '数量至少为 1').max(100, '数量不能超过 100'),
      }),
      '请选择收费项目',
    )
    .min(1, '请至少选择一项收费项目')
    .max(20),
  /** collected, in fen; absent = all that is due */
  paidFen: z.number('实收金额应为数字').int('实收金额应以分为单位').min(0, '实收金额不能为负数').optional(),
  method: z.enum(PAYMENT_METHODS, '收费方式应为现金、银行卡、扫码或转账').optional(),
  exemptReason: z.string('减免理由应为文字').trim().max(500, '减免理由不能超过 500 字').optional(),
});
export type TCollectInput = z.infer<typeof ZCollectInput>;

const ZChargedLine = ZFeeStandardInput.extend({ quantity: z.number(), subtotalFen: z.number() });
export const ZFeePayment = z.object({
  id: z.string(),
  receiptNo: z.string(),
  matterId: z.string(),
  itemCode: z.string(),
  channel: z.string(),
  method: z.string(),
  lines: z.array(ZChargedLine),
  dueFen: z.number(),
  paidFen: z.number(),
  exemptFen: z.number(),
  exemptReason: z.string().nullable(),
  paidAt: z.date(),
  paidOn: z.string(),
  windowCode: z.string().nullable(),
  collectedByName: z.string(),
});
export const ZMatterFees = z.object({
  itemCode: z.string(),
  free: z.boolean(),
  standards: z.array(ZFeeStandardInput),
  payments: z.array(ZFeePayment),
});

/** What the printed 收费票据 shows beyond the record: whose matter, which centre. */
export const ZFeeReceipt = ZFeePayment.extend({
  matterReceiptNo: z.string(),
  itemName: z.string(),
  payerName: z.string(),
  centreName: z.string(),
});

export const ZReconciliationQuery = z.object({
  date: ZChinaDate,
  windowCode: z.string().trim().max(20).optional(),
});
export type TReconciliationQuery = z.infer<typeof ZReconciliationQuery>;

const ZTally = z.object({
  count: z.number(),
  dueFen: z.number(),
  paidFen: z.number(),
  exemptFen: z.number(),
  /** collected by method: CASH, CARD, MOBILE, TRANSFER */
  byMethod: z.record(z.string(), z.number()),
});
export const ZReconciliation = z.object({
  date: z.string(),
  windows: z.array(ZTally.extend({ windowCode: z.string().nullable(), windowName: z.string().nullable() })),
  totals: ZTally,
  payments: z.array(ZFeePayment),
});
