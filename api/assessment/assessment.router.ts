import { z } from 'zod';
import type { Route } from '../openapi/route';
import { csvDownloadHeaders } from '../shared/csv';
import { CSV_ANSWER } from '../shared/csv-export';
import { contentDisposition } from '../shared/streamed-file';

const ZWorkbook = z
  .custom<Buffer>((v) => Buffer.isBuffer(v))
  .openapi({ type: 'string', format: 'binary', description: 'an Excel workbook (.xlsx)' });
import type { AssessmentService } from './assessment.service';
import { ZAssessmentReport, ZPeriodQuery, ZWeights, ZWeightsInput } from './assessment.types';
import { assessmentWorkbook, peopleCsv, stationsCsv, XLSX_MIME } from './assessment-workbook';

const tags = ['assessment 考核'];
const MANAGERS = ['MANAGER', 'ADMIN'] as const;

export function assessmentRoutes(route: Route, s: AssessmentService, centreName: () => Promise<string>): void {
  route(
    {
      method: 'get',
      path: '/assessment',
      summary:
        '考核 / per person and per village station: matters, on-time rate, days against the promise, ratings, complaints, first asks; the stations’ service index',
      tags,
      roles: [...MANAGERS],
      query: ZPeriodQuery,
      response: ZAssessmentReport,
    },
    ({ query }) => s.report(query),
  );
  for (const [scope, name, csv] of [
    ['people', '个人', peopleCsv],
    ['stations', '便民服务站', stationsCsv],
  ] as const)
    route(
      {
        method: 'get',
        path: `/assessment/${scope}.csv`,
        summary: `导出考核（${name}） / the period’s assessment of ${scope} as CSV`,
        tags,
        roles: [...MANAGERS],
        query: ZPeriodQuery,
        ...CSV_ANSWER,
      },
      async ({ query, user, req }) => {
        const report = await s.report(query);
        await s.recordExport({ ...query, scope, format: 'csv' }, user, req.ip);
        req.res!.set(csvDownloadHeaders(`考核-${name}-${query.from}-${query.to}.csv`));
        return csv(report);
      },
    );
  route(
    {
      method: 'get',
      path: '/assessment/export.xlsx',
      summary: '导出考核 Excel / the period’s assessment as an Excel workbook (people, stations, definitions)',
      tags,
      roles: [...MANAGERS],
      query: ZPeriodQuery,
      response: ZWorkbook,
      raw: true,
      contentTypes: [XLSX_MIME],
    },
    async ({ query, user, req }) => {
      const report = await s.report(query);
      const book = await assessmentWorkbook(report, await centreName());
      await s.recordExport({ ...query, format: 'xlsx' }, user, req.ip);
      req.res!.set({
        'content-type': XLSX_MIME,
        'content-disposition': contentDisposition('attachment', `考核-${query.from}-${query.to}.xlsx`),
        'cache-control': 'no-store',
      });
      return book;
    },
  );
  route(
    {
      method: 'get',
      path: '/assessment/weights',
      summary: '服务指数权重 / the service index’s weights',
      tags,
      roles: [...MANAGERS],
      response: ZWeights,
    },
    () => s.weights(),
  );
  route(
    {
      method: 'put',
      path: '/assessment/weights',
      summary: '设定服务指数权重 / set the service index’s weights (whole numbers adding up to 100)',
      tags,
      roles: ['ADMIN'],
      body: ZWeightsInput,
      response: ZWeights,
    },
    ({ body, user, req }) => s.setWeights(body, user, req.ip),
  );
}
