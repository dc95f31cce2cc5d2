import type { DataProvider } from 'react-admin';
import { withCalendarMethods, type CalendarMethods } from '../calendar/dataProvider';
import { withDashboardMethods, type DashboardMethods } from '../dashboard/dataProvider';
import { withStalledMethods, type StalledMethods } from '../stalled/dataProvider';
import { withUserMethods, type UserMethods } from '../users/dataProvider';
import { withKeyedResources } from './keyedResources';

export type ManagementDataProvider = DataProvider & DashboardMethods & StalledMethods & UserMethods & CalendarMethods;

/**
 * The management pages' data access: resources whose API differs from the plain convention (the stalled list
 * lives under /dashboard, departments, windows and stations come as bare arrays keyed by code, items by code, audit
 * entries by seq)
 * and the non-CRUD calls as dataProvider methods.
 */
export function withManagementMethods<T extends DataProvider>(base: T): T & ManagementDataProvider {
  const keyed = withKeyedResources(base, {
    stalled: { path: '/dashboard/stalled', idOf: (r) => String(r.id) },
    departments: { path: '/departments', idOf: (r) => String(r.code) },
    windows: { path: '/windows', idOf: (r) => String(r.code) },
    stations: { path: '/stations', idOf: (r) => String(r.code) },
    items: { path: '/items', idOf: (r) => String(r.code) },
    audit: { path: '/audit', idOf: (r) => Number(r.seq) },
  }) as T;
  return withCalendarMethods(withUserMethods(withStalledMethods(withDashboardMethods(keyed))));
}
