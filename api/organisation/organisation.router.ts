import type { Route } from '../openapi/route';
import type { OrganisationService } from './organisation.service';
import {
  ZBackupCandidates,
  ZBackupSchema,
  ZCreateUserSchema,
  ZUpdateUserSchema,
  ZUserIdParam,
  ZUserList,
  ZUserListQuery,
  ZUserRow,
} from './organisation.types';

const tags = ['organisation 部门与人员'];

export function organisationRoutes(route: Route, organisation: OrganisationService): void {
  route(
    {
      method: 'get',
      path: '/users',
      summary: '人员列表 / users (an approver sees the own department)',
      tags,
      roles: ['ADMIN', 'MANAGER', 'APPROVER'],
      query: ZUserListQuery,
      response: ZUserList,
    },
    ({ query, user }) => organisation.list(query, user),
  );
  // Before /users/:id, which would read the word as an id.
  route(
    {
      method: 'get',
      path: '/users/backup-candidates',
      summary: 'AB岗候选人 / active colleagues who may be my backup',
      tags,
      response: ZBackupCandidates,
    },
    ({ user }) => organisation.backupCandidates(user),
  );
  route(
    {
      method: 'get',
      path: '/users/:id',
      summary: '人员详情 / one user (self, ADMIN, MANAGER)',
      tags,
      params: ZUserIdParam,
      response: ZUserRow,
    },
    ({ params, user }) => organisation.get(params.id, user),
  );
  route(
    {
      method: 'post',
      path: '/users',
      summary: '新建人员 / create a user',
      tags,
      roles: ['ADMIN'],
      body: ZCreateUserSchema,
      response: ZUserRow,
      status: 201,
    },
    ({ body, user }) => organisation.create(body, user),
  );
  route(
    {
      method: 'put',
      path: '/users/:id',
      summary: '修改人员 / edit a user',
      tags,
      roles: ['ADMIN'],
      params: ZUserIdParam,
      body: ZUpdateUserSchema,
      response: ZUserRow,
    },
    ({ params, body, user }) => organisation.update(params.id, body, user),
  );
  route(
    {
      method: 'put',
      path: '/users/:id/backup',
      summary: 'AB岗设置 / backup and absence (self or ADMIN)',
      tags,
      params: ZUserIdParam,
      body: ZBackupSchema,
      response: ZUserRow,
    },
    ({ params, body, user }) => organisation.setBackup(params.id, body, user),
  );
}
