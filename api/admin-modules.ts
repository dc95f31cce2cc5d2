import type { Client } from '@temporalio/client';
import type { Config } from '../platform/config';
import type { Db } from '../platform/db';
import type { Logger } from '../platform/logger';
import type { CalendarSource } from '../platform/calendar-source';
import type { AuditService } from './audit/audit.service';
import type { ChangeNotices } from '../platform/change-notices';
import type { Route } from './openapi/route';
import { createAuditSearchService } from './audit/audit-search.service';
import { auditRoutes } from './audit/audit.router';
import { createBackupsService } from './backups/backups.service';
import { backupsRoutes } from './backups/backups.router';
import { createCalendarService } from './calendar/calendar.service';
import { calendarRoutes } from './calendar/calendar.router';
import { createCatalogueService } from './catalogue/catalogue.service';
import { catalogueRoutes } from './catalogue/catalogue.router';
import { createDashboardService } from './dashboard/dashboard.service';
import { dashboardRoutes } from './dashboard/dashboard.router';
import { createOrganisationService } from './organisation/organisation.service';
import { organisationRoutes } from './organisation/organisation.router';
import { createDepartmentsService } from './organisation/departments.service';
import { createStationsService } from './organisation/stations.service';
import { createWindowsService } from './organisation/windows.service';
import { unitsRoutes } from './organisation/units.router';
import { createPublicService } from './public/public.service';
import { publicRoutes } from './public/public.router';

export interface AdminModulesDeps {
  /** route() on the authenticated router */
  route: Route;
  /** route() on a router mounted before authentication, behind its own rate limit */
  publicRoute: Route;
  db: Db;
  audit: AuditService;
  config: Config;
  temporal: Client;
  logger: Logger;
  calendars: CalendarSource;
  notices: ChangeNotices;
}

/** Catalogue, organisation (users, AB岗, departments, windows, stations), calendar, dashboard, audit search, backups and the public look-up and rating. */
export function mountAdminModules(deps: AdminModulesDeps): void {
  const { route, publicRoute, db, audit, config, temporal, logger, calendars, notices } = deps;
  catalogueRoutes(route, createCatalogueService({ db, audit, notices }));
  organisationRoutes(route, createOrganisationService({ db, audit, notices }));
  unitsRoutes(route, {
    departments: createDepartmentsService({ db, audit }),
    windows: createWindowsService({ db, audit }),
    stations: createStationsService({ db, audit }),
  });
  calendarRoutes(route, createCalendarService({ db, audit, temporal, logger, calendars }));
  dashboardRoutes(route, createDashboardService({ db, calendars, audit }));
  auditRoutes(route, createAuditSearchService({ db, audit }));
  backupsRoutes(route, createBackupsService({ db, temporal, config, audit }));
  publicRoutes(
    publicRoute,
    createPublicService({ db, audit, calendars, rectificationWorkingDays: config.RECTIFICATION_WORKING_DAYS }),
  );
}
