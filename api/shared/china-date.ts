import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { isValidDate, yearOf } from '../../domain/china-time';
import { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from '../../domain/working-calendar';

/**
 * Dates as the API takes them: a real calendar day (no 2026-02-30, no 2026-13-45) in the years the working-day
 * calendar covers (domain/working-calendar.ts), so no date reaches a deadline or a dashboard that cannot count it.
 * Each refusal carries its English as `params.en`.
 */
extendZodWithOpenApi(z);

const RANGE = { zh: `${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR} 年`, en: `${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}` };

const inRange = (year: number) => year >= MIN_CALENDAR_YEAR && year <= MAX_CALENDAR_YEAR;

function refuseDate(date: string, ctx: z.core.$RefinementCtx<string>) {
  if (!inRange(yearOf(date)))
    ctx.addIssue({
      code: 'custom',
      message: `日期须在 ${RANGE.zh}之间`,
      params: { en: `the date must fall in the years ${RANGE.en}` },
      input: date,
    });
  else if (!isValidDate(date))
    ctx.addIssue({ code: 'custom', message: '日期不存在', params: { en: 'no such calendar date' }, input: date });
}

/** A China civil date in a body or a query: YYYY-MM-DD, a real day in the calendar's years. */
export const ZChinaDate = z
  .string('日期应为 YYYY-MM-DD')
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .superRefine(refuseDate);

const INSTANT = z.iso.datetime({ offset: true });

/** A from/to filter: a China date 'YYYY-MM-DD' (whole day) or an ISO instant, in the calendar's years. */
export const ZDateBound = z
  .string('日期格式应为 YYYY-MM-DD 或 ISO 8601 时间')
  .superRefine((bound, ctx) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(bound) || INSTANT.safeParse(bound).success)
      // an instant's own wall-clock date says whether it is a real day (JavaScript would roll 02-30 over to March)
      return refuseDate(bound.slice(0, 10), ctx);
    ctx.addIssue({
      code: 'custom',
      message: '日期格式应为 YYYY-MM-DD 或 ISO 8601 时间',
      params: { en: 'expected a date YYYY-MM-DD or an ISO 8601 instant with its offset' },
      input: bound,
    });
  })
  .openapi({ description: 'YYYY-MM-DD (a China date, the whole day) or an ISO 8601 instant with its offset' });
