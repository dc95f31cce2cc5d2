import { z } from 'zod';
import { listQuery } from '../shared/list-query';
import { zMultiline } from '../shared/text';

export const SUPERVISION_STATUSES = ['OPEN', 'REPLIED', 'CLOSED'] as const;

export const ZSupervisionQuery = listQuery({
  status: z.enum(SUPERVISION_STATUSES, '状态应为待回复、已回复或已办结').optional(),
  /** only those past their reply date with no reply */
  overdue: z.enum(['true', 'false']).optional(),
});
export type TSupervisionQuery = z.infer<typeof ZSupervisionQuery>;

export const ZSupervisionReply = z.object({
  reply: zMultiline('请填写回复').min(2, '请填写办理情况').max(2000, '回复不能超过 2000 字'),
});
export const ZSupervisionClose = z.object({
  note: zMultiline('说明应为文字').max(1000, '说明不能超过 1000 字').optional(),
});
// a 督办 sent with an Idempotency-Key has an id derived from the key: UUID-shaped, not RFC 4122
export const ZIdParam = z.object({ id: z.guid('无效的编号') });

const instant = z.date().nullable();
export const ZSupervision = z.object({
  id: z.string(),
  matterId: z.string(),
  receiptNo: z.string(),
  itemName: z.string(),
  message: z.string(),
  fromName: z.string().nullable(),
  toName: z.string().nullable(),
  at: z.date(),
  replyDueDate: z.string().nullable(),
  status: z.enum(SUPERVISION_STATUSES),
  overdue: z.boolean(),
  escalatedAt: instant,
  reply: z.string().nullable(),
  repliedAt: instant,
  repliedByName: z.string().nullable(),
  closedAt: instant,
  closedByName: z.string().nullable(),
  closeNote: z.string().nullable(),
  /** the user may answer it (its addressee, or one it was sent to as the matter's holder) */
  canReply: z.boolean(),
});
export const ZSupervisionList = z.object({ data: z.array(ZSupervision), total: z.number() });
export type TSupervision = z.infer<typeof ZSupervision>;
