import type { Request } from 'express';
import type { ZodType } from 'zod';
import type { Route } from '../openapi/route';
import { ZIdParam } from '../shared/id-param';
import { TASK_STATUS_ZH, labelOf } from '../../domain/code-labels';
import type { CsvColumn } from '../shared/csv';
import { CSV_ANSWER, sendCsv } from '../shared/csv-export';
import type { TasksService } from './tasks.service';
import { ZIdempotencyHeaders, type TIdempotencyHeaders } from '../shared/idempotency';
import {
  ZComplete,
  ZReassign,
  ZReassigned,
  ZReturn,
  ZSupplement,
  ZTaskCounts,
  ZTaskDetail,
  ZTaskList,
  ZTaskQuery,
  ZTaskRow,
  ZTransfer,
} from './tasks.types';

const tags = ['tasks 待办'];
const WORKERS = ['APPROVER', 'CLERK', 'AGENT', 'MANAGER'] as const;

type Row = Awaited<ReturnType<TasksService['exportRows']>>['rows'][number];
const COLUMNS: CsvColumn<Row>[] = [
  { header: '受理编号', value: (r) => r.receiptNo },
  { header: '事项', value: (r) => r.itemName },
  { header: '环节', value: (r) => r.name },
  { header: '部门', value: (r) => r.candidateDepartmentName },
  { header: '办理人', value: (r) => r.assigneeName },
  { header: '状态', value: (r) => labelOf(TASK_STATUS_ZH, r.status) },
  { header: '期限', value: (r) => r.dueAt },
  { header: '创建时间', value: (r) => r.createdAt },
];

/** `taskMatter`: the schema of a task's matter as the task page shows it (TaskMatter), from the domain that owns it. */
export function tasksRoutes(route: Route, tasks: TasksService, taskMatter: ZodType): void {
  route(
    {
      method: 'get',
      path: '/tasks',
      summary: "待办 / my or my department's tasks",
      tags,
      roles: [...WORKERS],
      query: ZTaskQuery,
      response: ZTaskList,
    },
    ({ query, user }) => tasks.list(user, query),
  );
  route(
    {
      method: 'get',
      path: '/tasks/counts',
      summary: '待办数量 / open task counts',
      tags,
      roles: [...WORKERS],
      response: ZTaskCounts,
    },
    ({ user }) => tasks.counts(user),
  );
  route(
    {
      method: 'get',
      path: '/tasks/export.csv',
      summary: '导出待办 / export tasks as CSV',
      tags,
      roles: [...WORKERS],
      query: ZTaskQuery,
      ...CSV_ANSWER,
    },
    async ({ query, user, req }) => sendCsv(req, '待办列表.csv', COLUMNS, await tasks.exportRows(user, query, req.ip)),
  );
  route(
    {
      method: 'post',
      path: '/tasks/reassign',
      summary: '批量改派 / bulk reassign',
      tags,
      roles: ['MANAGER'],
      body: ZReassign,
      response: ZReassigned,
    },
    ({ body, user, req }) => tasks.reassign(user, body, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/tasks/:id',
      summary: '任务详情 / a task with its form and matter',
      tags,
      roles: [...WORKERS],
      params: ZIdParam,
      response: ZTaskDetail.extend({ matter: taskMatter }),
    },
    ({ params, user, req }) => tasks.get(user, params.id, req.ip),
  );
  const act = {
    tags,
    roles: [...WORKERS],
    params: ZIdParam,
    headers: ZIdempotencyHeaders,
    response: ZTaskRow,
    method: 'post' as const,
  };
  const origin = (req: Request, headers: TIdempotencyHeaders) => ({ ip: req.ip, key: headers['idempotency-key'] });
  route({ ...act, path: '/tasks/:id/claim', summary: '签收 / claim' }, ({ params, user, req, headers }) =>
    tasks.claim(user, params.id, origin(req, headers)),
  );
  route({ ...act, path: '/tasks/:id/unclaim', summary: '退签 / unclaim' }, ({ params, user, req, headers }) =>
    tasks.unclaim(user, params.id, origin(req, headers)),
  );
  route(
    { ...act, path: '/tasks/:id/complete', summary: '办理 / complete with a decision', body: ZComplete },
    ({ params, body, user, req, headers }) => tasks.complete(user, params.id, body, origin(req, headers)),
  );
  route(
    { ...act, path: '/tasks/:id/return', summary: '退回 / return to an earlier step', body: ZReturn },
    ({ params, body, user, req, headers }) => tasks.returnTo(user, params.id, body, origin(req, headers)),
  );
  route(
    { ...act, path: '/tasks/:id/transfer', summary: '转办 / transfer', body: ZTransfer },
    ({ params, body, user, req, headers }) => tasks.transfer(user, params.id, body, origin(req, headers)),
  );
  route(
    { ...act, path: '/tasks/:id/supplement', summary: '补正 / request missing materials', body: ZSupplement },
    ({ params, body, user, req, headers }) => tasks.supplement(user, params.id, body, origin(req, headers)),
  );
}
