import type { Route } from '../openapi/route';
import type { FirstAskService } from './first-ask.service';
import {
  ZFirstAsk,
  ZFirstAskInput,
  ZFirstAskList,
  ZFirstAskQuery,
  ZIdParam,
  ZLinkInput,
  ZMatterFirstAsk,
} from './first-ask.types';

const tags = ['first ask 首问责任制'];
const STAFF = ['CLERK', 'APPROVER', 'AGENT', 'MANAGER'] as const;

export function firstAskRoutes(route: Route, firstAsks: FirstAskService): void {
  route(
    {
      method: 'get',
      path: '/first-asks',
      summary: '首问登记 / first-ask records',
      tags,
      query: ZFirstAskQuery,
      response: ZFirstAskList,
    },
    ({ query, user }) => firstAsks.list(query, user),
  );
  route(
    {
      method: 'post',
      path: '/first-asks',
      summary: '登记首问 / record a question with its answer or hand-over',
      tags,
      roles: [...STAFF],
      body: ZFirstAskInput,
      response: ZFirstAsk,
      status: 201,
    },
    ({ body, user, req }) => firstAsks.record(body, user, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/first-asks/:id/link',
      summary: '关联办件 / link the record to the matter that followed',
      tags,
      params: ZIdParam,
      body: ZLinkInput,
      response: ZFirstAsk,
    },
    ({ params, body, user, req }) => firstAsks.link(params.id, body.receiptNo, user, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/matters/:id/first-ask',
      summary: '首问责任人 / who guides the applicant through the matter',
      tags,
      params: ZIdParam,
      response: ZMatterFirstAsk,
    },
    ({ params, user, req }) => firstAsks.ofMatter(params.id, user, req.ip),
  );
}
