import type { Route } from '../openapi/route';
import type { SupervisionsService } from './supervisions.service';
import {
  ZIdParam,
  ZSupervision,
  ZSupervisionClose,
  ZSupervisionList,
  ZSupervisionQuery,
  ZSupervisionReply,
} from './supervisions.types';

const tags = ['supervision 督办'];

export function supervisionsRoutes(route: Route, supervisions: SupervisionsService): void {
  route(
    {
      method: 'get',
      path: '/supervisions',
      summary: '督办清单 / supervisions: all for managers, the ones sent to me for others',
      tags,
      query: ZSupervisionQuery,
      response: ZSupervisionList,
    },
    ({ query, user }) => supervisions.list(query, user),
  );
  route(
    {
      method: 'post',
      path: '/supervisions/:id/reply',
      summary: '回复督办 / the holder answers with what was done',
      tags,
      params: ZIdParam,
      body: ZSupervisionReply,
      response: ZSupervision,
    },
    ({ params, body, user, req }) => supervisions.reply(params.id, body.reply, user, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/supervisions/:id/close',
      summary: '办结督办 / a manager closes the supervision',
      tags,
      roles: ['MANAGER', 'ADMIN'],
      params: ZIdParam,
      body: ZSupervisionClose,
      response: ZSupervision,
    },
    ({ params, body, user, req }) => supervisions.close(params.id, body.note, user, req.ip),
  );
}
