import type { Route } from '../openapi/route';
import { ZIdParam } from '../shared/id-param';
import type { NoticesService } from './notices.service';
import {
  ZMatterNotices,
  ZMyNotices,
  ZMyNoticesQuery,
  ZNoticeIdParam,
  ZNoticeTemplate,
  ZNoticeTemplateList,
  ZOk,
  ZReadAll,
  ZTemplateKindParam,
  ZTemplateUpdate,
  ZUnreadCount,
} from './notices.types';

const tags = ['notices 通知'];

export function noticesRoutes(route: Route, notices: NoticesService): void {
  route(
    {
      method: 'get',
      path: '/matters/:id/notices',
      summary: '办件的通知及其发送状态 / the matter’s applicant notices and their status',
      tags,
      params: ZIdParam,
      response: ZMatterNotices,
    },
    ({ params, user, req }) => notices.ofMatter(user, params.id, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/notices/:id/retry',
      summary: '重新发送失败的通知 / send a failed notice again',
      tags,
      roles: ['MANAGER', 'ADMIN'],
      params: ZNoticeIdParam,
      response: ZOk,
    },
    ({ params, user, req }) => notices.retry(user, params.id, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/my-notices',
      summary: '我的站内通知 / my in-console notices (the bell)',
      tags,
      query: ZMyNoticesQuery,
      response: ZMyNotices,
    },
    ({ query, user }) => notices.mine(user, query),
  );
  route(
    {
      method: 'get',
      path: '/my-notices/unread-count',
      summary: '未读通知数 / my unread notices',
      tags,
      response: ZUnreadCount,
    },
    ({ user }) => notices.unread(user),
  );
  route(
    {
      method: 'post',
      path: '/my-notices/read-all',
      summary: '全部标为已读 / mark all my notices read',
      tags,
      response: ZReadAll,
    },
    ({ user }) => notices.markAllRead(user),
  );
  route(
    {
      method: 'post',
      path: '/my-notices/:id/read',
      summary: '标为已读 / mark one of my notices read',
      tags,
      params: ZNoticeIdParam,
      response: ZOk,
    },
    ({ params, user }) => notices.markRead(user, params.id),
  );
  route(
    {
      method: 'get',
      path: '/notice-templates',
      summary: '通知模板 / the applicant notices’ templates',
      tags,
      roles: ['ADMIN'],
      response: ZNoticeTemplateList,
    },
    () => notices.templates(),
  );
  route(
    {
      method: 'get',
      path: '/notice-templates/:kind',
      summary: '通知模板 / one notice template',
      tags,
      roles: ['ADMIN'],
      params: ZTemplateKindParam,
      response: ZNoticeTemplate,
    },
    ({ params }) => notices.template(params.kind),
  );
  route(
    {
      method: 'put',
      path: '/notice-templates/:kind',
      summary: '修改通知模板 / edit a notice template (unknown placeholders are refused)',
      tags,
      roles: ['ADMIN'],
      params: ZTemplateKindParam,
      body: ZTemplateUpdate,
      response: ZNoticeTemplate,
    },
    ({ params, body, user, req }) => notices.updateTemplate(user, params.kind, body, req.ip),
  );
}
