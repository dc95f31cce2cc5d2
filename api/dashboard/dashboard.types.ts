import { z } from 'zod';
import { WARNING_LEVELS } from '../../domain/deadline';
import { listOf, listQuery } from '../shared/list-query';
import { ZChinaDate } from '../shared/china-date';
import { ZDepartmentCode } from '../shared/codes';

export const ZSummaryQuery = z
  .object({ from: ZChinaDate.optional(), to: ZChinaDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' });
export type TSummaryQuery = z.infer<typeof ZSummaryQuery>;

const count = z.number().int();
/** 投诉 of one department concerned (or, code null, those not assigned yet) */
const ZComplaintFigures = z.object({
  received: count,
  replied: count,
  repliedOnTime: count,
  /** replied on time / replied; null when none were replied */
  onTimeRate: z.number().min(0).max(1).nullable(),
  upheld: count,
});
export const ZSummary = z.object({
  acceptedToday: count,
  inProgress: count,
  dueSoon: count,
  overdue: count,
  avgHandlingDays: z.number().nullable(),
  onTimeRate: z.number().min(0).max(1).nullable(),
  avgRating: z.number().nullable(),
  /** 整改 opened in the period and accepted since / opened */
  rectificationRate: z.number().min(0).max(1).nullable(),
  /** 整改 with no measures past their due date, now */
  overdueRectifications: count,
  /** 督办 with no reply past their reply date, now */
  overdueSupervisions: count,
  byDepartment: z.array(
    z.object({ code: z.string(), name: z.string(), inProgress: count, overdue: count, completed: count }),
  ),
  byWindow: z.array(z.object({ code: z.string(), name: z.string(), accepted: count })),
  byItem: z.array(z.object({ code: z.string(), name: z.string(), accepted: count, completed: count, overdue: count })),
  /** 投诉: the centre's totals and each department concerned (assigned by 受理分办); `unassigned`: not assigned yet */
  complaints: ZComplaintFigures.extend({
    unassigned: count,
    byDepartment: z.array(ZComplaintFigures.extend({ code: z.string(), name: z.string() })),
  }),
});
export type TSummary = z.infer<typeof ZSummary>;

export const ZStalledQuery = listQuery({ departmentCode: ZDepartmentCode.optional() });
export type TStalledQuery = z.infer<typeof ZStalledQuery>;

export const ZStalledRow = z.object({
  id: z.string(),
  receiptNo: z.string(),
  itemName: z.string(),
  leadDepartmentCode: z.string(),
  dueDate: z.string().nullable(),
  warningLevel: z.enum(WARNING_LEVELS),
  lastProgressAt: z.date(),
  openTaskAssignees: z.array(z.string()),
});
export const ZStalledList = listOf(ZStalledRow);
