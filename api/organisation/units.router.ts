import type { Route } from '../openapi/route';
import type { DepartmentsService } from './departments.service';
import type { StationsService } from './stations.service';
import type { WindowsService } from './windows.service';
import {
  ZCreateDepartmentSchema,
  ZCreateStationSchema,
  ZCreateWindowSchema,
  ZDepartmentCodeParam,
  ZDepartmentRow,
  ZStationCodeParam,
  ZStationList,
  ZStationRow,
  ZUpdateDepartmentSchema,
  ZUpdateStationSchema,
  ZUpdateWindowSchema,
  ZWindowCodeParam,
  ZWindowList,
  ZWindowListQuery,
  ZWindowRow,
} from './units.types';

const tags = ['organisation 部门与人员'];
const ADMIN = ['ADMIN'] as const;

interface Units {
  departments: DepartmentsService;
  windows: WindowsService;
  stations: StationsService;
}

/** 部门、受理窗口、便民服务站: read by every signed-in user, kept by ADMIN. */
export function unitsRoutes(route: Route, { departments, windows, stations }: Units): void {
  route(
    {
      method: 'get',
      path: '/departments',
      summary: '部门列表（含已停用）/ departments, inactive ones too',
      tags,
      response: ZDepartmentRow.array(),
    },
    () => departments.list(),
  );
  route(
    {
      method: 'get',
      path: '/departments/:code',
      summary: '部门 / one department',
      tags,
      params: ZDepartmentCodeParam,
      response: ZDepartmentRow,
    },
    ({ params }) => departments.get(params.code),
  );
  route(
    {
      method: 'post',
      path: '/departments',
      summary: '新建部门 / add a department',
      tags,
      roles: [...ADMIN],
      body: ZCreateDepartmentSchema,
      response: ZDepartmentRow,
      status: 201,
    },
    ({ body, user }) => departments.create(body, user),
  );
  route(
    {
      method: 'put',
      path: '/departments/:code',
      summary: '修改、停用部门 / rename or (de)activate a department (409 while still in use, listing the uses)',
      tags,
      roles: [...ADMIN],
      params: ZDepartmentCodeParam,
      body: ZUpdateDepartmentSchema,
      response: ZDepartmentRow,
    },
    ({ params, body, user }) => departments.update(params.code, body, user),
  );

  route(
    {
      method: 'get',
      path: '/windows',
      summary:
        '受理窗口 / the active windows of my department (centre-wide roles: all; ADMIN with all=true: inactive too)',
      tags,
      query: ZWindowListQuery,
      response: ZWindowList,
    },
    ({ query, user }) => windows.list(user, query.all),
  );
  route(
    {
      method: 'get',
      path: '/windows/:code',
      summary: '受理窗口 / one window',
      tags,
      roles: [...ADMIN],
      params: ZWindowCodeParam,
      response: ZWindowRow,
    },
    ({ params }) => windows.get(params.code),
  );
  route(
    {
      method: 'post',
      path: '/windows',
      summary: '新建受理窗口 / add a window',
      tags,
      roles: [...ADMIN],
      body: ZCreateWindowSchema,
      response: ZWindowRow,
      status: 201,
    },
    ({ body, user }) => windows.create(body, user),
  );
  route(
    {
      method: 'put',
      path: '/windows/:code',
      summary: '修改、停用受理窗口 / rename, move or (de)activate a window',
      tags,
      roles: [...ADMIN],
      params: ZWindowCodeParam,
      body: ZUpdateWindowSchema,
      response: ZWindowRow,
    },
    ({ params, body, user }) => windows.update(params.code, body, user),
  );

  route(
    {
      method: 'get',
      path: '/stations',
      summary: '便民服务站 / village service stations',
      tags,
      roles: [...ADMIN, 'MANAGER'],
      response: ZStationList,
    },
    () => stations.list(),
  );
  route(
    {
      method: 'get',
      path: '/stations/:code',
      summary: '便民服务站 / one station',
      tags,
      roles: [...ADMIN, 'MANAGER'],
      params: ZStationCodeParam,
      response: ZStationRow,
    },
    ({ params }) => stations.get(params.code),
  );
  route(
    {
      method: 'post',
      path: '/stations',
      summary: '新建便民服务站 / add a station',
      tags,
      roles: [...ADMIN],
      body: ZCreateStationSchema,
      response: ZStationRow,
      status: 201,
    },
    ({ body, user }) => stations.create(body, user),
  );
  route(
    {
      method: 'put',
      path: '/stations/:code',
      summary: '修改、停用便民服务站 / rename or (de)activate a station',
      tags,
      roles: [...ADMIN],
      params: ZStationCodeParam,
      body: ZUpdateStationSchema,
      response: ZStationRow,
    },
    ({ params, body, user }) => stations.update(params.code, body, user),
  );
}
