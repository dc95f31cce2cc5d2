import type { Route } from '../openapi/route';
import { ZOk } from '../matters/matters.types';
import { ZIdParam } from '../shared/id-param';
import { ZIdempotencyHeaders } from '../shared/idempotency';
import type { MessagesService } from './messages.service';
import { ZMessageBody, ZMessageParams, ZMessageWaits } from './messages.types';

const tags = ['messages 消息'];
const ROLES = ['CLERK', 'APPROVER', 'MANAGER', 'ADMIN'] as const;

export function messagesRoutes(route: Route, messages: MessagesService): void {
  route(
    {
      method: 'get',
      path: '/matters/:id/messages',
      summary: '办件正在等待的消息 / the messages the matter waits for now',
      tags,
      params: ZIdParam,
      response: ZMessageWaits,
    },
    ({ params, user, req }) => messages.waits(user, params.id, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/matters/:id/messages/:name',
      summary:
        '发送消息（办件须正在等待该消息，否则 409 并列出正在等待的消息）/ deliver a message the matter waits for (409 with the waits otherwise)',
      tags,
      roles: [...ROLES],
      params: ZMessageParams,
      body: ZMessageBody,
      headers: ZIdempotencyHeaders,
      response: ZOk,
    },
    ({ params, body, user, req, headers }) =>
      messages.send(user, params.id, params.name, body, req.ip, headers['idempotency-key']),
  );
}
