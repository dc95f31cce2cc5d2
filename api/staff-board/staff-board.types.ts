import { z } from 'zod';
import { MAX_WHEREABOUTS_DAYS, WHEREABOUTS_KINDS } from '../../domain/whereabouts';

export const ZUserIdParam = z.object({ userId: z.uuid('无效的用户编号') });
export const ZWhereaboutsIdParam = z.object({ id: z.uuid('无效的去向编号') });

export const ZDutyInput = z.object({
  post: z.string('请填写岗位').trim().min(1, '请填写岗位').max(100, '岗位不能超过 100 字'),
  duties: z.string('请填写职责').trim().min(1, '请填写职责').max(1000, '职责不能超过 1000 字'),
});
export type TDutyInput = z.infer<typeof ZDutyInput>;

export const ZWhereaboutsInput = z.object({
  kind: z.enum(WHEREABOUTS_KINDS, '去向应为现场勘察、会议、外出办事或培训'),
  note: z.string('说明应为文字').trim().max(200, '说明不能超过 200 字').optional(),
  /** expected back; at most MAX_WHEREABOUTS_DAYS ahead (longer is leave: AB岗) */
  until: z.iso.datetime({ offset: true, message: '预计返回时间应为 ISO 8601 时间' }),
});
export type TWhereaboutsInput = z.infer<typeof ZWhereaboutsInput>;
export const WHEREABOUTS_TOO_LONG = `外出超过 ${MAX_WHEREABOUTS_DAYS} 天请按请假登记 AB 岗`;

const STATUSES = ['AT_POST', 'ON_LEAVE', ...WHEREABOUTS_KINDS] as const;

export const ZBoardPerson = z.object({
  id: z.string(),
  name: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  post: z.string().nullable(),
  duties: z.string().nullable(),
  status: z.enum(STATUSES),
  until: z.date().nullable(),
  note: z.string().nullable(),
  coveredByName: z.string().nullable(),
  /** the current spell away, which the person or a manager may end */
  whereaboutsId: z.string().nullable(),
});
export const ZBoard = z.array(ZBoardPerson);

/** The hall screen's and the public's view: no note (it may name a place or a matter), no ids. */
export const ZPublicBoardPerson = ZBoardPerson.pick({
  name: true,
  departmentName: true,
  post: true,
  duties: true,
  status: true,
  until: true,
  coveredByName: true,
});
