import type { Route } from '../openapi/route';
import { CASE_KIND_ZH, MATTER_STATUS_ZH, WARNING_LEVEL_ZH, labelOf } from '../../domain/code-labels';
import type { CsvColumn } from '../shared/csv';
import { CSV_ANSWER, sendCsv } from '../shared/csv-export';
import type { MattersService } from './matters.service';
import { ZIdempotencyHeaders } from '../shared/idempotency';
import { ZIdParam } from '../shared/id-param';
import {
  ZDiagram,
  ZMatterDetail,
  ZMatterList,
  ZMatterQuery,
  ZNotice,
  ZOk,
  ZReceipt,
  ZRejectionNotice,
  ZRevealed,
  ZSupervise,
  ZSupplied,
} from './matters.types';

const tags = ['matters 办件'];

type Row = Awaited<ReturnType<MattersService['exportRows']>>['rows'][number];
const COLUMNS: CsvColumn<Row>[] = [
  { header: '受理编号', value: (r) => r.receiptNo },
  { header: '事项', value: (r) => r.itemName },
  { header: '办件类型', value: (r) => labelOf(CASE_KIND_ZH, r.kind) },
  { header: '状态', value: (r) => labelOf(MATTER_STATUS_ZH, r.status) },
  { header: '预警', value: (r) => labelOf(WARNING_LEVEL_ZH, r.warningLevel) },
  { header: '申请人', value: (r) => r.applicantName },
  { header: '受理时间', value: (r) => r.acceptedAt },
  { header: '承诺办结日', value: (r) => r.dueDate },
  { header: '牵头部门', value: (r) => r.leadDepartmentName },
  { header: '代办员', value: (r) => r.agentName },
  { header: '办结时间', value: (r) => r.completedAt },
];

export function mattersRoutes(route: Route, matters: MattersService): void {
  route(
    {
      method: 'get',
      path: '/matters',
      summary: '办件列表 / matters in my scope',
      tags,
      query: ZMatterQuery,
      response: ZMatterList,
    },
    ({ query, user }) => matters.list(user, query),
  );
  route(
    {
      method: 'get',
      path: '/matters/export.csv',
      summary: '导出办件 / export matters as CSV',
      tags,
      query: ZMatterQuery,
      ...CSV_ANSWER,
    },
    async ({ query, user, req }) =>
      sendCsv(req, '办件列表.csv', COLUMNS, await matters.exportRows(user, query, req.ip)),
  );
  route(
    {
      method: 'get',
      path: '/matters/:id',
      summary: '办件详情 / a matter with its timeline',
      tags,
      params: ZIdParam,
      response: ZMatterDetail,
    },
    ({ params, user, req }) => matters.get(user, params.id, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/matters/:id/diagram',
      summary: '流程图与进度 / the diagram with active and completed steps',
      tags,
      params: ZIdParam,
      response: ZDiagram,
    },
    ({ params, user }) => matters.diagram(user, params.id),
  );
  route(
    {
      method: 'post',
      path: '/matters/:id/reveal',
      summary: '查看完整个人信息（留痕）/ reveal personal data (audited)',
      tags,
      roles: ['CLERK', 'MANAGER', 'APPROVER'],
      params: ZIdParam,
      response: ZRevealed,
    },
    ({ params, user, req }) => matters.reveal(user, params.id, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/matters/:id/receipt',
      summary: '受理回执 / receipt print data',
      tags,
      params: ZIdParam,
      response: ZReceipt,
    },
    ({ params, user }) => matters.receipt(user, params.id),
  );
  route(
    {
      method: 'get',
      path: '/matters/:id/rejection-notice',
      summary: '退办通知书 / the written rejection with reason, basis and remedies',
      tags,
      params: ZIdParam,
      response: ZRejectionNotice,
    },
    ({ params, user }) => matters.rejectionNotice(user, params.id),
  );
  route(
    {
      method: 'post',
      path: '/matters/:id/supplied',
      summary: '材料已补正 / materials supplied',
      tags,
      roles: ['CLERK', 'AGENT'],
      params: ZIdParam,
      body: ZSupplied,
      headers: ZIdempotencyHeaders,
      response: ZOk,
    },
    ({ params, body, user, req, headers }) =>
      matters.supplied(user, params.id, body.note, req.ip, headers['idempotency-key']),
  );
  route(
    {
      method: 'post',
      path: '/matters/:id/supervise',
      summary: '督办 / supervise',
      tags,
      roles: ['MANAGER'],
      params: ZIdParam,
      body: ZSupervise,
      headers: ZIdempotencyHeaders,
      response: ZOk,
      status: 201,
    },
    ({ params, body, user, req, headers }) =>
      matters.supervise(user, params.id, body, req.ip, headers['idempotency-key']),
  );
  route(
    {
      method: 'get',
      path: '/notices/:id',
      summary: '一次性告知书 / 不予受理通知书 print data',
      tags,
      params: ZIdParam,
      response: ZNotice,
    },
    ({ params, user }) => matters.notice(user, params.id),
  );
}
