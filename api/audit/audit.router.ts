import type { Route } from '../openapi/route';
import { chinaDateOf } from '../../domain/china-time';
import { csvDownloadHeaders } from '../shared/csv';
import { CSV_ANSWER } from '../shared/csv-export';
import type { AuditSearchService } from './audit-search.service';
import { ZAuditExportQuery, ZAuditList, ZAuditListQuery } from './audit.types';

const tags = ['audit 审计'];
const READERS = ['MANAGER', 'ADMIN'] as const;

export function auditRoutes(route: Route, auditSearch: AuditSearchService): void {
  route(
    {
      method: 'get',
      path: '/audit',
      summary: '审计日志 / search the audit trail',
      tags,
      roles: [...READERS],
      query: ZAuditListQuery,
      response: ZAuditList,
    },
    ({ query, user, req }) => auditSearch.search(query, user, req.ip ?? null),
  );
  route(
    {
      method: 'get',
      path: '/audit/export.csv',
      summary: '导出审计日志 / the audit trail as CSV (UTF-8 with BOM)',
      tags,
      roles: [...READERS],
      query: ZAuditExportQuery,
      ...CSV_ANSWER,
    },
    async ({ query, user, req }) => {
      const { csv, truncated } = await auditSearch.exportCsv(query, user, req.ip ?? null);
      req.res!.set(csvDownloadHeaders(`审计日志-${chinaDateOf(new Date())}.csv`));
      if (truncated) req.res!.set('x-truncated', 'true');
      return csv;
    },
  );
}
