import type { Route } from '../openapi/route';
import { ZMatterIdParam } from '../results/results.types';
import type { DeliveryService } from './delivery.service';
import { ZWaybill, ZWaybillResult } from './delivery.types';

export function deliveryRoutes(route: Route, delivery: DeliveryService): void {
  route(
    {
      method: 'put',
      path: '/matters/:id/delivery/waybill',
      summary: '登记邮寄单号 / the carrier and tracking number of a mailed result',
      tags: ['delivery 送达'],
      roles: ['CLERK', 'MANAGER'],
      params: ZMatterIdParam,
      body: ZWaybill,
      response: ZWaybillResult,
    },
    ({ params, body, user, req }) => delivery.setWaybill(user, params.id, body, req.ip),
  );
}
