import type { Route } from '../openapi/route';
import { ZIdParam } from '../shared/id-param';
import { ZIdempotencyHeaders } from '../shared/idempotency';
import { zStreamedFile } from '../shared/streamed-file';
import { MATERIAL_TYPES } from '../materials/file-types';
import type { AuthorityAnswersService } from './authority-answers.service';
import type { ClockService } from './clock.service';
import type { ExtensionRequestsService } from './extension-requests.service';
import type { SuspensionsService } from './suspensions.service';
import {
  ZAnswerDocumentParams,
  ZApproveExtension,
  ZAuthorityAnswer,
  ZDocumentQuery,
  ZEndSuspension,
  ZExtensionAsk,
  ZExtensionRequest,
  ZExtensionRequestList,
  ZExtensionRequestQuery,
  ZMatterClock,
  ZOk,
  ZRefuseExtension,
  ZRequestParams,
  ZStartSuspension,
} from './clock.types';

const tags = ['clock 期限与暂停'];
/** the handling department's approvers, and managers */
const HANDLERS = ['APPROVER', 'MANAGER'] as const;

export interface ClockServices {
  clock: ClockService;
  suspensions: SuspensionsService;
  extensions: ExtensionRequestsService;
  answers: AuthorityAnswersService;
}

export function clockRoutes(route: Route, { clock, suspensions, extensions, answers }: ClockServices): void {
  route(
    {
      method: 'get',
      path: '/matters/:id/clock',
      summary: '期限说明、暂停计时、延期申请与上级答复 / the deadline explained, stops, extension requests, answers',
      tags,
      params: ZIdParam,
      response: ZMatterClock,
    },
    ({ params, user, req }) => clock.view(user, params.id, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/matters/:id/suspensions',
      summary: '开始暂停计时（听证、检验、检测、检疫、鉴定、专家评审、招标拍卖）/ start an art. 45 suspension',
      tags,
      roles: [...HANDLERS],
      params: ZIdParam,
      body: ZStartSuspension,
      headers: ZIdempotencyHeaders,
      response: ZOk,
    },
    ({ params, body, user, req, headers }) =>
      suspensions.start(user, params.id, body, req.ip, headers['idempotency-key']),
  );
  route(
    {
      method: 'post',
      path: '/matters/:id/suspensions/end',
      summary: '结束暂停、恢复计时 / end an art. 45 suspension',
      tags,
      roles: [...HANDLERS],
      params: ZIdParam,
      body: ZEndSuspension,
      headers: ZIdempotencyHeaders,
      response: ZOk,
    },
    ({ params, body, user, req, headers }) =>
      suspensions.end(user, params.id, body, req.ip, headers['idempotency-key']),
  );
  route(
    {
      method: 'post',
      path: '/matters/:id/extension-requests',
      summary: '申请延期（每件一次，须管理人员批准）/ ask for the one extension (a manager decides)',
      tags,
      roles: ['APPROVER'],
      params: ZIdParam,
      body: ZExtensionAsk,
      headers: ZIdempotencyHeaders,
      response: ZExtensionRequest,
      status: 201,
    },
    ({ params, body, user, req, headers }) =>
      extensions.request(user, params.id, body, req.ip, headers['idempotency-key']),
  );
  route(
    {
      method: 'get',
      path: '/extension-requests',
      summary: '延期申请（待批准等）/ extension requests to decide',
      tags,
      roles: ['MANAGER'],
      query: ZExtensionRequestQuery,
      response: ZExtensionRequestList,
    },
    ({ query }) => extensions.list(query.status),
  );
  route(
    {
      method: 'post',
      path: '/extension-requests/:requestId/approve',
      summary: '批准延期（流程引擎随即延长期限）/ approve: the workflow extends the deadline',
      tags,
      roles: ['MANAGER'],
      params: ZRequestParams,
      body: ZApproveExtension,
      response: ZExtensionRequest,
    },
    ({ params, body, user, req }) => extensions.approve(user, params.requestId, body.note, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/extension-requests/:requestId/refuse',
      summary: '不予批准延期 / refuse an extension request, with the reason',
      tags,
      roles: ['MANAGER'],
      params: ZRequestParams,
      body: ZRefuseExtension,
      response: ZExtensionRequest,
    },
    ({ params, body, user, req }) => extensions.refuse(user, params.requestId, body.note, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/matters/:id/authority-answer',
      summary:
        '录入上级机关答复（multipart/form-data：先 authority、answeredOn、decision、referenceNo、note 字段，后答复文件）/ record the higher authority’s answer (multipart: fields, then the document)',
      tags,
      roles: [...HANDLERS],
      params: ZIdParam,
      headers: ZIdempotencyHeaders,
      response: ZAuthorityAnswer,
      status: 201,
    },
    ({ params, user, req, headers }) => answers.record(user, params.id, req, req.ip, headers['idempotency-key']),
  );
  route(
    {
      method: 'get',
      path: '/matters/:id/authority-answers/:answerId/document',
      summary: '上级答复文件（预览或下载，留痕）/ the answer document (preview or download, audited)',
      tags,
      params: ZAnswerDocumentParams,
      query: ZDocumentQuery,
      response: zStreamedFile('the document: application/pdf, image/jpeg or image/png'),
      raw: true,
      contentTypes: Object.keys(MATERIAL_TYPES),
    },
    ({ params, query, user, req }) =>
      answers.document(user, params.id, params.answerId, query.download === '1', req.ip),
  );
}
