import type { Route } from '../openapi/route';
import type { CatalogueService } from './catalogue.service';
import {
  ZCreateItemSchema,
  ZItemCodeParam,
  ZItemDetail,
  ZItemList,
  ZItemListQuery,
  ZUpdateItemSchema,
} from './catalogue.types';

const tags = ['catalogue 事项目录'];

export function catalogueRoutes(route: Route, catalogue: CatalogueService): void {
  route(
    {
      method: 'get',
      path: '/items',
      summary: '事项列表 / list service items',
      tags,
      query: ZItemListQuery,
      response: ZItemList,
    },
    ({ query }) => catalogue.list(query),
  );
  route(
    {
      method: 'get',
      path: '/items/:code',
      summary: '办事指南 / an item with its guide and materials',
      tags,
      params: ZItemCodeParam,
      response: ZItemDetail,
    },
    ({ params }) => catalogue.detail(params.code),
  );
  route(
    {
      method: 'post',
      path: '/items',
      summary: '新建事项 / create an item',
      tags,
      roles: ['ADMIN'],
      body: ZCreateItemSchema,
      response: ZItemDetail,
      status: 201,
    },
    ({ body, user }) => catalogue.create(body, user),
  );
  route(
    {
      method: 'put',
      path: '/items/:code',
      summary: '修改办事指南 / edit an item',
      tags,
      roles: ['ADMIN'],
      params: ZItemCodeParam,
      body: ZUpdateItemSchema,
      response: ZItemDetail,
    },
    ({ params, body, user }) => catalogue.update(params.code, body, user),
  );
}
