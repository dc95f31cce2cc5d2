import type { Route } from '../openapi/route';
import { ZIdParam } from '../shared/id-param';
import type { SignalsService } from './signals.service';
import { ZBroadcastResult, ZSignalCounts, ZSignalParams, ZSignalWaits } from './signals.types';

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
      method: 'get',
      path: '/signals',
      summary:
        "在办办件正在等待的信号及各自等待的办件数（取自流程引擎的检索属性 SignalWaits，刚变化的等待可能稍后才计入） / the signals running matters wait for now, with how many wait for each (from the engine's SignalWaits search attribute: a wait that just changed may count a moment later)",
      tags,
      roles: ['MANAGER', 'ADMIN'],
      response: ZSignalCounts,
    },
    () => signals.counts(),
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
