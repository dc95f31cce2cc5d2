import { z } from 'zod';
import { WEIGHTS_TOTAL, weightsProblem } from '../../domain/service-index';
import { ZPeriodQuery } from '../accountability/accountability.types';

/** the period of a report: the yearly assessment's year, or any part of it (the same bounds as 责任追究) */
export { ZPeriodQuery };
export type { TPeriodQuery } from '../accountability/accountability.types';

const weight = z
  .number('权重应为数字')
  .int('权重应为整数')
  .min(0, '权重不能小于 0')
  .max(WEIGHTS_TOTAL, `权重不能大于 ${WEIGHTS_TOTAL}`);

export const ZWeightsInput = z
  .object({ efficiency: weight, quality: weight, performance: weight })
  .superRefine((w, ctx) => {
    const problem = weightsProblem(w);
    if (problem)
      ctx.addIssue({ code: 'custom', path: ['performance'], message: problem.zh, params: { en: problem.en } });
  });
export type TWeightsInput = z.infer<typeof ZWeightsInput>;

export const ZWeights = z.object({
  efficiency: z.number(),
  quality: z.number(),
  performance: z.number(),
  updatedAt: z.date().nullable(),
});

const figures = {
  finished: z.number(),
  onTime: z.number(),
  /** percent, one decimal; null with nothing finished */
  onTimeRate: z.number().nullable(),
  avgDaysUsed: z.number().nullable(),
  /** days to spare against the promised limit, on average; negative: late */
  avgDaysAhead: z.number().nullable(),
  ratings: z.number(),
  avgRating: z.number().nullable(),
  goodRatings: z.number(),
  complaintsUpheld: z.number(),
  firstAsks: z.number(),
};

export const ZPerson = z.object({
  userId: z.string(),
  name: z.string(),
  departmentName: z.string(),
  stationName: z.string().nullable(),
  roles: z.array(z.string()),
  ...figures,
});

const part = z.number().nullable();

export const ZStation = z.object({
  stationId: z.string(),
  code: z.string(),
  name: z.string(),
  village: z.string(),
  agents: z.number(),
  ...figures,
  parts: z.object({ efficiency: part, quality: part, performance: part }),
  serviceIndex: z.number().nullable(),
});

export const ZAssessmentReport = z.object({
  from: z.string(),
  to: z.string(),
  weights: ZWeights,
  /** where “complaints upheld” comes from, and whether it is connected yet */
  complaintsSource: z.object({ connected: z.boolean(), zh: z.string(), en: z.string() }),
  people: z.array(ZPerson),
  stations: z.array(ZStation),
});
export type AssessmentReport = z.infer<typeof ZAssessmentReport>;
export type AssessmentPerson = z.infer<typeof ZPerson>;
export type AssessmentStation = z.infer<typeof ZStation>;
