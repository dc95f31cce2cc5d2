import type { Route } from '../openapi/route';
import type { DashboardService } from './dashboard.service';
import { ZStalledList, ZStalledQuery, ZSummary, ZSummaryQuery } from './dashboard.types';

const tags = ['dashboard 工作台'];
const MANAGERS = ['MANAGER', 'ADMIN'] as const;

export function dashboardRoutes(route: Route, dashboard: DashboardService): void {
  route({ method: 'get', path: '/dashboard/summary', summary: '中心运行概况 / centre figures', tags, roles: [...MANAGERS], query: ZSummaryQuery, response: ZSummary },
    ({ query }) => dashboard.summary(query));
  route({ method: 'get', path: '/dashboard/stalled', summary: '督办清单 / overdue or stalled open matters', tags, roles: [...MANAGERS], query: ZStalledQuery, response: ZStalledList },
    ({ query }) => dashboard.stalled(query));
}
