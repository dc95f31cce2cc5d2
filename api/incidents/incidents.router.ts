import type { Route } from '../openapi/route';
import { ZIdempotencyHeaders } from '../shared/idempotency';
import type { IncidentsService } from './incidents.service';
import { ZCancelBody, ZIncident, ZIncidentList, ZIncidentParam, ZIncidentQuery, ZMoveBody } from './incidents.types';

const tags = ['incidents 故障'];
const roles = ['ADMIN' as const, 'MANAGER' as const];

export function incidentsRoutes(route: Route, incidents: IncidentsService): void {
  route(
    {
      method: 'get',
      path: '/incidents',
      summary: '故障清单（按状态、类型、受理编号筛选）/ incidents, filtered by state, kind and receipt number',
      tags,
      roles,
      query: ZIncidentQuery,
      response: ZIncidentList,
    },
    ({ query }) => incidents.list(query),
  );
  route(
    {
      method: 'get',
      path: '/incidents/:id',
      summary: '故障详情 / one incident',
      tags,
      roles,
      params: ZIncidentParam,
      response: ZIncident,
    },
    ({ params }) => incidents.get(params.id),
  );
  route(
    {
      method: 'post',
      path: '/incidents/:id/retry',
      summary: '重试故障环节（留痕）/ run the element again (audited)',
      tags,
      roles,
      params: ZIncidentParam,
      headers: ZIdempotencyHeaders,
      response: ZIncident,
    },
    ({ params, user, req, headers }) => incidents.retry(user, params.id, req.ip, headers['idempotency-key']),
  );
  route(
    {
      method: 'post',
      path: '/incidents/:id/move',
      summary: '将办理位置移到同一层级的其他环节（留痕）/ move the token to another element of its scope (audited)',
      tags,
      roles,
      params: ZIncidentParam,
      headers: ZIdempotencyHeaders,
      body: ZMoveBody,
      response: ZIncident,
    },
    ({ params, body, user, req, headers }) => incidents.move(user, params.id, body, req.ip, headers['idempotency-key']),
  );
  route(
    {
      method: 'post',
      path: '/incidents/:id/cancel',
      summary: '终止办理（写明理由，留痕）/ end the matter with a reason (audited)',
      tags,
      roles,
      params: ZIncidentParam,
      headers: ZIdempotencyHeaders,
      body: ZCancelBody,
      response: ZIncident,
    },
    ({ params, body, user, req, headers }) =>
      incidents.cancel(user, params.id, body, req.ip, headers['idempotency-key']),
  );
}
