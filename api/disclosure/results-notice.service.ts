import { Prisma } from '../../generated/prisma/client';
import { runSql, type Db } from '../../platform/db';
import { chinaDateOf, startOfChinaDay, startOfNextChinaDay } from '../../domain/china-time';
import { quarterNamed, recentQuarters } from '../../domain/quarters';
import { AppError } from '../errors';
import { skipTake } from '../shared/list-query';
import { RESULT_KINDS, type TResultsQuery } from './disclosure.types';

/** 办结公告 rolls each quarter: the current quarter and the three before it are published, older ones are not. */
export const PUBLISHED_QUARTERS = 4;

interface ResultRow {
  receiptNo: string;
  itemName: string;
  result: (typeof RESULT_KINDS)[number];
  endedAt: Date;
}

/**
 * 办结公告: the matters that ended in a quarter (办结, 退办, 上报) with item, receipt number, result and date. Nothing
 * about the applicant is read. Items listed in `unpublishedItemCodes` (complaints) are left out.
 */
export function createResultsNoticeService(deps: { db: Db; unpublishedItemCodes: string[]; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    async notice(query: TResultsQuery) {
      const quarters = recentQuarters(chinaDateOf(now()), PUBLISHED_QUARTERS);
      const quarter = query.quarter ? quarterNamed(query.quarter) : quarters[0];
      if (!quarters.some((q) => q.name === quarter.name)) {
        throw new AppError(
          'VALIDATION',
          `办结公告只公示最近 ${PUBLISHED_QUARTERS} 个季度`,
          `Results are published for the last ${PUBLISHED_QUARTERS} quarters only`,
          [{ path: 'quarter', message: `办结公告只公示最近 ${PUBLISHED_QUARTERS} 个季度` }],
        );
      }
      const where = Prisma.sql`m.status::text = ANY(${[...RESULT_KINDS]}::text[])
        AND m."completedAt" >= ${startOfChinaDay(quarter.from).toISOString()}::timestamp
        AND m."completedAt" < ${startOfNextChinaDay(quarter.to).toISOString()}::timestamp
        AND NOT (m."itemCode" = ANY(${deps.unpublishedItemCodes}::text[]))`;
      const { skip, take } = skipTake(query);
      const [rows, [{ total }]] = await Promise.all([
        runSql<ResultRow>(
          db,
          Prisma.sql`SELECT m."receiptNo", m."itemName", m.status::text AS result, m."completedAt" AS "endedAt"
            FROM "Matter" m WHERE ${where} ORDER BY m."completedAt" DESC, m.id LIMIT ${take} OFFSET ${skip}`,
        ),
        runSql<{ total: number }>(db, Prisma.sql`SELECT count(*)::int AS total FROM "Matter" m WHERE ${where}`),
      ]);
      return {
        quarter: quarter.name,
        from: quarter.from,
        to: quarter.to,
        quarters: quarters.map((q) => q.name),
        data: rows.map((r) => ({
          receiptNo: r.receiptNo,
          itemName: r.itemName,
          result: r.result,
          date: chinaDateOf(r.endedAt),
        })),
        total,
      };
    },
  };
}
export type ResultsNoticeService = ReturnType<typeof createResultsNoticeService>;
