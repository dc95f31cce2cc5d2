import { z } from 'zod';
import { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR, OVERRIDE_KINDS } from '../../domain/calendar';
import { isValidDate } from '../../domain/china-time';

export const ZCalendarQuery = z.object({
  year: z.coerce.number('年份应为数字').int('年份应为整数')
    .min(MIN_CALENDAR_YEAR, `年份不能早于 ${MIN_CALENDAR_YEAR}`).max(MAX_CALENDAR_YEAR, `年份不能晚于 ${MAX_CALENDAR_YEAR}`).optional(),
});

export const ZOverrideDateParam = z.object({
  date: z.string().refine(isValidDate, '日期应为有效的 YYYY-MM-DD').refine((d) => {
    const year = Number(d.slice(0, 4));
    return year >= MIN_CALENDAR_YEAR && year <= MAX_CALENDAR_YEAR;
  }, `日期须在 ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR} 年之间`),
});

export const ZOverrideSchema = z.object({
  kind: z.enum(OVERRIDE_KINDS, '类型应为 WORKDAY（上班）或 HOLIDAY（休息）'),
  note: z.string('请填写调整原因').trim().min(1, '请填写调整原因').max(200, '调整原因不能超过 200 字'),
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

export const ZCalendarYear = z.object({ year: z.number(), published: z.boolean(), days: z.array(ZCalendarDay) });

export const ZRecomputeResult = z.object({
  recomputed: z.number(),
  /** open matters whose workflow could not be signalled (Temporal unreachable); retry the change later */
  failed: z.number(),
});
