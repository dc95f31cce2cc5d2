import { z } from 'zod';
import { listQuery } from '../shared/list-query';
import { zLine, zMultiline } from '../shared/text';

export const RECTIFICATION_STATUSES = ['OPEN', 'REPLIED', 'ACCEPTED'] as const;

export const ZRectificationQuery = listQuery({
  status: z.enum(RECTIFICATION_STATUSES, '状态应为待整改、待审核或已完成').optional(),
  /** only those past their due date with no measures */
  overdue: z.enum(['true', 'false']).optional(),
  departmentCode: zLine().max(30).optional(),
});
export type TRectificationQuery = z.infer<typeof ZRectificationQuery>;

export const ZRectificationReply = z.object({
  measures: zMultiline('请填写整改措施').min(5, '请写明整改措施（至少 5 个字）').max(2000, '整改措施不能超过 2000 字'),
});
export const ZRectificationAccept = z.object({
  note: zMultiline('说明应为文字').max(1000, '说明不能超过 1000 字').optional(),
});
export const ZRectificationReturn = z.object({
  note: zMultiline('请写明退回原因').min(2, '请写明退回原因').max(1000, '退回原因不能超过 1000 字'),
});
export const ZIdParam = z.object({ id: z.uuid('无效的编号') });

const instant = z.date().nullable();
export const ZRectification = z.object({
  id: z.string(),
  matterId: z.string(),
  receiptNo: z.string(),
  itemName: z.string(),
  departmentCode: z.string().nullable(),
  departmentName: z.string().nullable(),
  score: z.number(),
  comment: z.string().nullable(),
  ratedAt: z.date(),
  dueDate: z.string(),
  status: z.enum(RECTIFICATION_STATUSES),
  overdue: z.boolean(),
  escalatedAt: instant,
  measures: z.string().nullable(),
  repliedAt: instant,
  repliedByName: z.string().nullable(),
  reviewNote: z.string().nullable(),
  returnCount: z.number(),
  acceptedAt: instant,
  acceptedByName: z.string().nullable(),
  /** the user answers for the department (its head, or with none its managers and approvers) */
  canReply: z.boolean(),
});
export const ZRectificationList = z.object({ data: z.array(ZRectification), total: z.number() });
export type TRectification = z.infer<typeof ZRectification>;
