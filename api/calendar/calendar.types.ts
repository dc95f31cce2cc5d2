import { z } from 'zod';
import { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR, OVERRIDE_KINDS } from '../../domain/working-calendar';
import { ZChinaDate } from '../shared/china-date';
import { zLine, zMultiline } from '../shared/text';

const ZYear = z.coerce
  .number('年份应为数字')
  .int('年份应为整数')
  .min(MIN_CALENDAR_YEAR, `年份不能早于 ${MIN_CALENDAR_YEAR}`)
  .max(MAX_CALENDAR_YEAR, `年份不能晚于 ${MAX_CALENDAR_YEAR}`);

export const ZCalendarQuery = z.object({ year: ZYear.optional() });
export const ZYearParam = z.object({ year: ZYear });

export const ZOverrideDateParam = z.object({
  date: ZChinaDate,
});

export const ZOverrideSchema = z.object({
  kind: z.enum(OVERRIDE_KINDS, '类型应为 WORKDAY（上班）或 HOLIDAY（休息）'),
  note: zLine('请填写调整原因').min(1, '请填写调整原因').max(200, '调整原因不能超过 200 字'),
});
export type TOverride = z.infer<typeof ZOverrideSchema>;

export const ZCalendarDay = z.object({
  date: z.string(),
  kind: z.enum(['WORKDAY', 'HOLIDAY']),
  source: z.enum(['official', 'override', 'provisional', 'weekend']),
  name: z.string().optional(),
  nameEn: z.string().optional(),
  note: z.string().optional(),
});
export type TCalendarDay = z.infer<typeof ZCalendarDay>;

/** builtin: shipped with chinese-days; loaded: entered by an admin; provisional: statutory holidays only. */
export const SCHEDULE_STATUSES = ['builtin', 'loaded', 'provisional'] as const;
export type TScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

export const ZCalendarYear = z.object({
  year: z.number(),
  published: z.boolean(),
  status: z.enum(SCHEDULE_STATUSES),
  days: z.array(ZCalendarDay),
});

export const ZRecomputeResult = z.object({
  recomputed: z.number(),
  /** open matters whose workflow could not be signalled (Temporal unreachable); retry the change later */
  failed: z.number(),
});
export type TRecomputeResult = z.infer<typeof ZRecomputeResult>;

const ZScheduleDate = ZChinaDate;

/** One heading of the State Council notice: the festival, its block of days off, the weekend days worked instead. */
export const ZScheduleHoliday = z.object({
  name: zLine('请填写节日名称').min(1, '请填写节日名称').max(20, '节日名称不能超过 20 字'),
  from: ZScheduleDate,
  to: ZScheduleDate,
  workdays: z.array(ZScheduleDate, '调休上班日应为日期列表').max(6, '每项的调休上班日不能超过 6 天').default([]),
});

export const ZScheduleInput = z.object({
  source: zLine('请填写通知名称或文号').min(1, '请填写通知名称或文号').max(200, '通知名称不能超过 200 字'),
  note: zMultiline('备注应为文字').max(500, '备注不能超过 500 字').optional(),
  holidays: z
    .array(ZScheduleHoliday, '请填写放假安排')
    .min(1, '请至少填写一项放假安排')
    .max(12, '放假安排不能超过 12 项'),
});
export type TScheduleInput = z.infer<typeof ZScheduleInput>;

export const ZSchedule = ZScheduleInput.extend({
  year: z.number(),
  publishedAt: z.date(),
  publishedBy: z.string().nullable(),
});

export const ZScheduleYear = z.object({
  year: z.number(),
  status: z.enum(SCHEDULE_STATUSES),
  /** for loaded years: the notice, when and by whom, and how many days it set */
  source: z.string().optional(),
  publishedAt: z.date().optional(),
  publishedBy: z.string().nullable().optional(),
  holidayDays: z.number().optional(),
  workdays: z.number().optional(),
});
export const ZScheduleYears = z.object({ years: z.array(ZScheduleYear) });

export const ZScheduleLoaded = ZRecomputeResult.extend({
  year: z.number(),
  holidayDays: z.number(),
  workdays: z.number(),
  /** local overrides on the schedule's dates that it replaced (listed in the audit entry) */
  replacedOverrides: z.number(),
});
