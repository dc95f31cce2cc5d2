import type { Route } from '../openapi/route';
import { WARNING_LEVEL_ZH, labelOf } from '../../domain/code-labels';
import { chinaDateOf } from '../../domain/china-time';
import type { CsvColumn } from '../shared/csv';
import { CSV_ANSWER, sendCsv } from '../shared/csv-export';
import type { DashboardService } from './dashboard.service';
import { ZStalledList, ZStalledQuery, ZSummary, ZSummaryQuery } from './dashboard.types';

const tags = ['dashboard 工作台'];
const MANAGERS = ['MANAGER', 'ADMIN'] as const;

type StalledRow = Awaited<ReturnType<DashboardService['stalledExport']>>['rows'][number];
const STALLED_COLUMNS: CsvColumn<StalledRow>[] = [
  { header: '受理编号', value: (r) => r.receiptNo },
  { header: '事项', value: (r) => r.itemName },
  { header: '牵头部门', value: (r) => r.leadDepartmentName },
  { header: '承诺办结日', value: (r) => r.dueDate },
  { header: '预警', value: (r) => labelOf(WARNING_LEVEL_ZH, r.warningLevel) },
  { header: '最近进展', value: (r) => r.lastProgressAt },
  { header: '当前办理人', value: (r) => r.openTaskAssignees.join('、') },
];

export function dashboardRoutes(route: Route, dashboard: DashboardService): void {
  route(
    {
      method: 'get',
      path: '/dashboard/summary',
      summary: '中心运行概况 / centre figures',
      tags,
      roles: [...MANAGERS],
      query: ZSummaryQuery,
      response: ZSummary,
    },
    ({ query }) => dashboard.summary(query),
  );
  route(
    {
      method: 'get',
      path: '/dashboard/stalled',
      summary: '督办清单 / overdue or stalled open matters',
      tags,
      roles: [...MANAGERS],
      query: ZStalledQuery,
      response: ZStalledList,
    },
    ({ query }) => dashboard.stalled(query),
  );
  route(
    {
      method: 'get',
      path: '/dashboard/stalled/export.csv',
      summary: '导出督办清单 / the stalled list as CSV (UTF-8 with BOM; paging ignored)',
      tags,
      roles: [...MANAGERS],
      query: ZStalledQuery,
      ...CSV_ANSWER,
    },
    async ({ query, user, req }) =>
      sendCsv(
        req,
        `督办清单-${chinaDateOf(new Date())}.csv`,
        STALLED_COLUMNS,
        await dashboard.stalledExport(user, query, req.ip),
      ),
  );
}
