import type { Route } from '../openapi/route';
import type { StaffBoardService } from './staff-board.service';
import {
  ZBoard,
  ZBoardPerson,
  ZDutyInput,
  ZPublicBoardPerson,
  ZUserIdParam,
  ZWhereaboutsIdParam,
  ZWhereaboutsInput,
} from './staff-board.types';
import { z } from 'zod';

const tags = ['staff board 职责栏·去向栏'];

export function staffBoardRoutes(route: Route, publicRoute: Route, board: StaffBoardService): void {
  route(
    { method: 'get', path: '/staff-board', summary: '职责栏·去向栏 / duties and whereabouts', tags, response: ZBoard },
    () => board.board(),
  );
  publicRoute(
    {
      method: 'get',
      path: '/public/staff-board',
      summary: '职责栏·去向栏（公示） / the board as the hall shows it',
      tags,
      public: true,
      response: z.array(ZPublicBoardPerson),
    },
    () => board.board(),
  );
  route(
    {
      method: 'put',
      path: '/staff-board/:userId/duty',
      summary: '设置岗位职责 / set a person’s post and duties',
      tags,
      roles: ['ADMIN'],
      params: ZUserIdParam,
      body: ZDutyInput,
      response: ZBoardPerson.nullable(),
    },
    ({ params, body, user }) => board.setDuty(params.userId, body, user),
  );
  route(
    {
      method: 'post',
      path: '/staff-board/:userId/whereabouts',
      summary: '登记外出 / away from the post until a time (self, or a manager)',
      tags,
      params: ZUserIdParam,
      body: ZWhereaboutsInput,
      response: ZBoardPerson,
      status: 201,
    },
    ({ params, body, user }) => board.goOut(params.userId, body, user),
  );
  route(
    {
      method: 'post',
      path: '/staff-board/whereabouts/:id/return',
      summary: '已返回 / back at the post',
      tags,
      params: ZWhereaboutsIdParam,
      response: ZBoardPerson,
    },
    ({ params, user }) => board.returned(params.id, user),
  );
}
