import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { withQuery } from '../shared/query';
import type { DashboardSummary, DateRange } from './types';

export interface DashboardMethods {
  getDashboardSummary(range: Partial<DateRange>): Promise<DashboardSummary>;
}

export function withDashboardMethods<T extends DataProvider>(base: T): T & DashboardMethods {
  return {
    ...base,
    getDashboardSummary: (range) => apiFetch(withQuery('/dashboard/summary', range)),
  };
}
