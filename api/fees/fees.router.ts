import { yuanText } from '../../domain/money';
import type { Route } from '../openapi/route';
import type { CsvColumn } from '../shared/csv';
import { csvDownloadHeaders, toCsv } from '../shared/csv';
import { CSV_ANSWER } from '../shared/csv-export';
import type { FeeCollectionService } from './fee-collection.service';
import type { FeeStandardsService } from './fee-standards.service';
import type { ReconciliationService } from './reconciliation.service';
import {
  ZCollectInput,
  ZFeePayment,
  ZFeeReceipt,
  ZFeeStandards,
  ZFeeStandardsInput,
  ZItemCodeParam,
  ZMatterFees,
  ZMatterIdParam,
  ZPaymentIdParam,
  ZReconciliation,
  ZReconciliationQuery,
} from './fees.types';

const tags = ['fees 收费'];
const METHOD_ZH: Record<string, string> = {
  CASH: '现金',
  CARD: '银行卡',
  MOBILE: '扫码',
  TRANSFER: '转账',
  EXEMPT: '免收',
};

type Payment = Awaited<ReturnType<ReconciliationService['day']>>['payments'][number];
const COLUMNS: CsvColumn<Payment>[] = [
  { header: '收费票据号', value: (p) => p.receiptNo },
  { header: '窗口', value: (p) => p.windowCode ?? '' },
  { header: '事项', value: (p) => p.itemCode },
  {
    header: '收费项目',
    value: (p) => p.lines.map((l) => `${l.name}×${l.quantity}`).join('；'),
  },
  { header: '应收（元）', value: (p) => yuanText(p.dueFen) },
  { header: '实收（元）', value: (p) => yuanText(p.paidFen) },
  { header: '减免（元）', value: (p) => yuanText(p.exemptFen) },
  { header: '减免理由', value: (p) => p.exemptReason ?? '' },
  { header: '收费方式', value: (p) => METHOD_ZH[p.method] ?? p.method },
  { header: '收费人', value: (p) => p.collectedByName },
  { header: '收费时间', value: (p) => p.paidAt },
];

export function feesRoutes(
  route: Route,
  s: { standards: FeeStandardsService; collection: FeeCollectionService; reconciliation: ReconciliationService },
): void {
  route(
    {
      method: 'get',
      path: '/items/:code/fees',
      summary: '收费标准 / an item’s fee lines with their basis',
      tags,
      params: ZItemCodeParam,
      response: ZFeeStandards,
    },
    ({ params }) => s.standards.get(params.code),
  );
  route(
    {
      method: 'put',
      path: '/items/:code/fees',
      summary: '修改收费标准 / replace an item’s fee lines (none: 不收费)',
      tags,
      roles: ['ADMIN'],
      params: ZItemCodeParam,
      body: ZFeeStandardsInput,
      response: ZFeeStandards,
    },
    ({ params, body, user }) => s.standards.replace(params.code, body, user),
  );
  route(
    {
      method: 'get',
      path: '/matters/:id/fees',
      summary: '办件收费 / a matter’s fee standards and what was collected',
      tags,
      params: ZMatterIdParam,
      response: ZMatterFees,
    },
    ({ params, user, req }) => s.collection.forMatter(user, params.id, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/matters/:id/fees',
      summary: '登记收费 / record what was collected (or exempted, with the reason)',
      tags,
      roles: ['CLERK', 'AGENT'],
      params: ZMatterIdParam,
      body: ZCollectInput,
      response: ZFeePayment,
      status: 201,
    },
    ({ params, body, user, req }) => s.collection.collect(user, params.id, body, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/fee-payments/:id/receipt',
      summary: '收费票据 / the printed fee receipt',
      tags,
      params: ZPaymentIdParam,
      response: ZFeeReceipt,
    },
    ({ params, user, req }) => s.collection.receipt(user, params.id, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/fees/reconciliation',
      summary: '收费日结 / one day’s fee records per window',
      tags,
      roles: ['CLERK', 'AGENT', 'MANAGER', 'ADMIN'],
      query: ZReconciliationQuery,
      response: ZReconciliation,
    },
    ({ query, user }) => s.reconciliation.day(user, query),
  );
  route(
    {
      method: 'get',
      path: '/fees/reconciliation/export.csv',
      summary: '导出收费日结 / one day’s fee records as CSV',
      tags,
      roles: ['CLERK', 'AGENT', 'MANAGER', 'ADMIN'],
      query: ZReconciliationQuery,
      ...CSV_ANSWER,
    },
    async ({ query, user, req }) => {
      const day = await s.reconciliation.day(user, query);
      req.res!.set(csvDownloadHeaders(`收费日结-${query.date}.csv`));
      return toCsv(COLUMNS, day.payments);
    },
  );
}
