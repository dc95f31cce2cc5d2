import { z } from 'zod';
import type { Route } from '../openapi/route';
import { csvDownloadHeaders, toCsv, type CsvColumn } from '../shared/csv';
import { CSV_ANSWER } from '../shared/csv-export';
import type { AccountabilityService } from './accountability.service';
import {
  ZAccountabilityReport,
  ZAppealInput,
  ZMatterIdParam,
  ZPeriodQuery,
  ZReasonInput,
  type AccountabilityCaseRow,
} from './accountability.types';

const tags = ['accountability 责任追究'];
const MANAGERS = ['MANAGER', 'ADMIN'] as const;

const ZCaseRecord = z
  .object({
    matterId: z.string(),
    overturnedOnAppeal: z.boolean(),
    appealDecision: z.string().nullable(),
    reason: z.string().nullable(),
    recordedAt: z.date(),
  })
  .nullable();

type StepLine = AccountabilityCaseRow['chain'][number] & { case: AccountabilityCaseRow };
const CAUSE = { OVERDUE: '超期', APPEAL: '复议或诉讼撤销' } as const;

/** one line a step of each case: the chain with its case's particulars and the reason found */
const COLUMNS: CsvColumn<StepLine>[] = [
  { header: '受理编号', value: (s) => s.case.receiptNo },
  { header: '事项', value: (s) => s.case.itemName },
  { header: '牵头部门', value: (s) => s.case.departmentName },
  { header: '追究原因', value: (s) => CAUSE[s.case.cause] },
  { header: '办件超期天数', value: (s) => s.case.overdueDays },
  { header: '环节', value: (s) => s.step },
  { header: '环节部门', value: (s) => s.departmentName ?? '' },
  { header: '经办人', value: (s) => s.holderName ?? '未认领' },
  { header: '开始', value: (s) => s.from },
  { header: '结束', value: (s) => (s.open ? '' : s.to) },
  { header: '用时（天）', value: (s) => s.heldDays },
  { header: '环节时限（天）', value: (s) => s.limitDays ?? '' },
  { header: '超出（天）', value: (s) => s.overDays },
  { header: '复议或诉讼决定', value: (s) => s.case.appealDecision ?? '' },
  { header: '查明原因', value: (s) => s.case.reason ?? '' },
];

export function accountabilityRoutes(route: Route, s: AccountabilityService): void {
  route(
    {
      method: 'get',
      path: '/accountability',
      summary: '责任追究报告 / overdue and overturned matters with who held each step, by department and person',
      tags,
      roles: [...MANAGERS],
      query: ZPeriodQuery,
      response: ZAccountabilityReport,
    },
    ({ query }) => s.report(query),
  );
  route(
    {
      method: 'get',
      path: '/accountability/export.csv',
      summary: '导出责任追究报告 / every case’s chain of steps as CSV',
      tags,
      roles: [...MANAGERS],
      query: ZPeriodQuery,
      ...CSV_ANSWER,
    },
    async ({ query, req }) => {
      const cases = await s.allCases(query);
      req.res!.set(csvDownloadHeaders(`责任追究-${query.from}-${query.to}.csv`));
      return toCsv(
        COLUMNS,
        cases.flatMap((c) => c.chain.map((step) => ({ ...step, case: c }))),
      );
    },
  );
  route(
    {
      method: 'put',
      path: '/accountability/matters/:id/reason',
      summary: '记录查明的原因 / the reason found for a case',
      tags,
      roles: [...MANAGERS],
      params: ZMatterIdParam,
      body: ZReasonInput,
      response: ZCaseRecord,
    },
    ({ params, body, user, req }) => s.recordReason(params.id, body.reason, user, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/accountability/appeals',
      summary: '登记复议或诉讼撤销的退办件 / a rejection overturned on appeal',
      tags,
      roles: [...MANAGERS],
      body: ZAppealInput,
      response: ZCaseRecord,
      status: 201,
    },
    ({ body, user, req }) => s.recordAppeal(body, user, req.ip),
  );
}
