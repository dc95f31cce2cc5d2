import type { Route } from '../openapi/route';
import type { CalendarService } from './calendar.service';
import {
  ZCalendarQuery,
  ZCalendarYear,
  ZOverrideDateParam,
  ZOverrideSchema,
  ZRecomputeResult,
  ZSchedule,
  ZScheduleInput,
  ZScheduleLoaded,
  ZScheduleYears,
  ZYearParam,
} from './calendar.types';

const tags = ['calendar 工作日历'];

export function calendarRoutes(route: Route, calendar: CalendarService): void {
  route(
    {
      method: 'get',
      path: '/calendar',
      summary: '工作日历 / holidays, make-up workdays and overrides of a year',
      tags,
      query: ZCalendarQuery,
      response: ZCalendarYear,
    },
    ({ query }) => calendar.year(query.year),
  );
  route(
    {
      method: 'put',
      path: '/calendar/overrides/:date',
      summary: '调整工作日 / set an override; open matters are recomputed',
      tags,
      roles: ['ADMIN'],
      params: ZOverrideDateParam,
      body: ZOverrideSchema,
      response: ZRecomputeResult,
    },
    ({ params, body, user }) => calendar.setOverride(params.date, body, user),
  );
  route(
    {
      method: 'delete',
      path: '/calendar/overrides/:date',
      summary: '取消调整 / remove an override; open matters are recomputed',
      tags,
      roles: ['ADMIN'],
      params: ZOverrideDateParam,
      response: ZRecomputeResult,
    },
    ({ params, user }) => calendar.deleteOverride(params.date, user),
  );

  route(
    {
      method: 'get',
      path: '/calendar/years',
      summary:
        '各年度放假安排 / which years have a published holiday schedule (built in or loaded) and which are provisional',
      tags,
      response: ZScheduleYears,
    },
    () => calendar.years(),
  );
  route(
    {
      method: 'get',
      path: '/calendar/years/:year/schedule',
      summary: '已加载的放假安排 / the schedule an admin loaded for a year',
      tags,
      params: ZYearParam,
      response: ZSchedule,
    },
    ({ params }) => calendar.schedule(params.year),
  );
  route(
    {
      method: 'put',
      path: '/calendar/years/:year/schedule',
      summary:
        "加载放假安排 / load (or correct) a year's State Council schedule: its days become overrides, the year is published, open matters are recomputed",
      tags,
      roles: ['ADMIN'],
      params: ZYearParam,
      body: ZScheduleInput,
      response: ZScheduleLoaded,
    },
    ({ params, body, user }) => calendar.loadSchedule(params.year, body, user),
  );
  route(
    {
      method: 'delete',
      path: '/calendar/years/:year/schedule',
      summary: '撤销放假安排 / unpublish a loaded schedule: its days are removed, the year is provisional again',
      tags,
      roles: ['ADMIN'],
      params: ZYearParam,
      response: ZRecomputeResult,
    },
    ({ params, user }) => calendar.unpublishSchedule(params.year, user),
  );
}
