import { z } from 'zod';
import { ZChinaDate } from '../shared/china-date';
import { zMultiline } from '../shared/text';
import { MAX_REPORT_PERIOD_DAYS, isReportPeriod } from '../../domain/report-period';

export const ZPeriodQuery = z
  .object({ from: ZChinaDate, to: ZChinaDate })
  .refine((q) => q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' })
  .refine((q) => q.from > q.to || isReportPeriod(q.from, q.to), {
    path: ['to'],
    message: `一次最多统计 ${MAX_REPORT_PERIOD_DAYS} 天`,
  });
export type TPeriodQuery = z.infer<typeof ZPeriodQuery>;

export const ZMatterIdParam = z.object({ id: z.uuid('无效的办件编号') });

export const ZReasonInput = z.object({
  reason: zMultiline('原因应为文字').min(2, '请填写查明的原因').max(2000, '原因不能超过 2000 字'),
});

export const ZAppealInput = z.object({
  receiptNo: z.string('请填写受理编号').trim().min(1, '请填写受理编号').max(40, '受理编号过长'),
  appealDecision: zMultiline('复议或诉讼结果应为文字')
    .min(4, '请填写复议或诉讼的决定（文号和结果）')
    .max(500, '决定不能超过 500 字'),
  reason: zMultiline('原因应为文字').max(2000, '原因不能超过 2000 字').optional(),
});

export const CAUSES = ['OVERDUE', 'APPEAL'] as const;

export const ZStep = z.object({
  taskId: z.string(),
  step: z.string(),
  departmentCode: z.string().nullable(),
  departmentName: z.string().nullable(),
  holderId: z.string().nullable(),
  holderName: z.string().nullable(),
  from: z.date(),
  to: z.date(),
  open: z.boolean(),
  heldDays: z.number(),
  limitDays: z.number().nullable(),
  overDays: z.number(),
});

export const ZCase = z.object({
  matterId: z.string(),
  receiptNo: z.string(),
  itemName: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  status: z.string(),
  acceptedAt: z.date(),
  dueAt: z.date().nullable(),
  completedAt: z.date().nullable(),
  cause: z.enum(CAUSES),
  overdueDays: z.number(),
  appealDecision: z.string().nullable(),
  reason: z.string().nullable(),
  chain: z.array(ZStep),
});

const tally = {
  steps: z.number(),
  overSteps: z.number(),
  overDays: z.number(),
};

export const ZAccountabilityReport = z.object({
  from: z.string(),
  to: z.string(),
  cases: z.array(ZCase),
  /** more cases than the page lists; the export gives them all */
  truncated: z.boolean(),
  byDepartment: z.array(
    z.object({ departmentCode: z.string().nullable(), departmentName: z.string(), cases: z.number(), ...tally }),
  ),
  byPerson: z.array(
    z.object({
      userId: z.string().nullable(),
      name: z.string(),
      departmentName: z.string(),
      cases: z.number(),
      ...tally,
    }),
  ),
});
export type AccountabilityReport = z.infer<typeof ZAccountabilityReport>;
export type AccountabilityCaseRow = z.infer<typeof ZCase>;
