import type { Route } from '../openapi/route';
import type { RectificationsService } from './rectifications.service';
import {
  ZIdParam,
  ZRectification,
  ZRectificationAccept,
  ZRectificationList,
  ZRectificationQuery,
  ZRectificationReply,
  ZRectificationReturn,
} from './rectifications.types';

const tags = ['rectification 整改'];
const MANAGERS = ['MANAGER', 'ADMIN'] as const;

export function rectificationsRoutes(route: Route, rectifications: RectificationsService): void {
  route(
    {
      method: 'get',
      path: '/rectifications',
      summary: '差评整改 / rectifications after poor ratings: all for managers, the department’s for others',
      tags,
      query: ZRectificationQuery,
      response: ZRectificationList,
    },
    ({ query, user }) => rectifications.list(query, user),
  );
  route(
    {
      method: 'post',
      path: '/rectifications/:id/reply',
      summary: '回复整改措施 / the answerable department replies with its measures',
      tags,
      params: ZIdParam,
      body: ZRectificationReply,
      response: ZRectification,
    },
    ({ params, body, user, req }) => rectifications.reply(params.id, body.measures, user, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/rectifications/:id/accept',
      summary: '认可整改 / a manager accepts the measures; the applicant is told',
      tags,
      roles: [...MANAGERS],
      params: ZIdParam,
      body: ZRectificationAccept,
      response: ZRectification,
    },
    ({ params, body, user, req }) => rectifications.accept(params.id, body.note, user, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/rectifications/:id/return',
      summary: '退回整改 / a manager sends the measures back with a fresh period',
      tags,
      roles: [...MANAGERS],
      params: ZIdParam,
      body: ZRectificationReturn,
      response: ZRectification,
    },
    ({ params, body, user, req }) => rectifications.sendBack(params.id, body.note, user, req.ip),
  );
}
