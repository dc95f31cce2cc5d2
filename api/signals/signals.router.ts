import type { Route } from '../openapi/route';
import { ZIdParam } from '../shared/id-param';
import type { SignalsService } from './signals.service';
import { ZBroadcastResult, ZSignalParams, ZSignalWaits } from './signals.types';

const tags = ['signals 信号'];

export function signalsRoutes(route: Route, signals: SignalsService): void {
  route(
    {
      method: 'get',
      path: '/matters/:id/signals',
      summary: '办件正在等待的信号 / the signals the matter waits for now',
      tags,
      params: ZIdParam,
      response: ZSignalWaits,
    },
    ({ params, user, req }) => signals.waits(user, params.id, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/signals/:name',
      summary:
        '广播信号：送达所有正在等待该信号的在办办件，答复送达的办件数 / broadcast a signal to every running matter waiting for it; answers how many it reached',
      tags,
      roles: ['MANAGER', 'ADMIN'],
      params: ZSignalParams,
      response: ZBroadcastResult,
    },
    ({ params, user, req }) => signals.broadcast(user, params.name, req.ip),
  );
}
