import type { Route } from '../openapi/route';
import type { CalendarService } from './calendar.service';
import { ZCalendarQuery, ZCalendarYear, ZOverrideDateParam, ZOverrideSchema, ZRecomputeResult } from './calendar.types';

const tags = ['calendar 工作日历'];

export function calendarRoutes(route: Route, calendar: CalendarService): void {
  route({ method: 'get', path: '/calendar', summary: '工作日历 / holidays, make-up workdays and overrides of a year', tags, query: ZCalendarQuery, response: ZCalendarYear },
    ({ query }) => calendar.year(query.year));
  route({
    method: 'put', path: '/calendar/overrides/:date', summary: '调整工作日 / set an override; open matters are recomputed', tags,
    roles: ['ADMIN'], params: ZOverrideDateParam, body: ZOverrideSchema, response: ZRecomputeResult,
  }, ({ params, body, user }) => calendar.setOverride(params.date, body, user));
  route({
    method: 'delete', path: '/calendar/overrides/:date', summary: '取消调整 / remove an override; open matters are recomputed', tags,
    roles: ['ADMIN'], params: ZOverrideDateParam, response: ZRecomputeResult,
  }, ({ params, user }) => calendar.deleteOverride(params.date, user));
}
