import { MATERIAL_TYPES } from '../materials/file-types';
import type { Route } from '../openapi/route';
import { ZIdParam } from '../shared/id-param';
import { ZIdempotencyHeaders } from '../shared/idempotency';
import { zStreamedFile } from '../shared/streamed-file';
import type { WithdrawalService } from './withdrawal.service';
import {
  ZDocumentQuery,
  ZMatterWithdrawal,
  ZPublicWithdrawal,
  ZPublicWithdrawalResult,
  ZWithdrawal,
} from './withdrawal.types';

const tags = ['withdrawal 撤件'];

export function withdrawalRoutes(route: Route, publicRoute: Route, withdrawals: WithdrawalService): void {
  route(
    {
      method: 'post',
      path: '/matters/:id/withdrawal',
      summary:
        '窗口撤件（multipart/form-data：先 reason 字段，后申请人签名的撤件申请书）/ withdraw at the window (multipart: the reason, then the signed request)',
      tags,
      roles: ['CLERK'],
      params: ZIdParam,
      headers: ZIdempotencyHeaders,
      response: ZWithdrawal,
      status: 201,
    },
    ({ params, user, req, headers }) => withdrawals.atWindow(user, params.id, req, req.ip, headers['idempotency-key']),
  );
  route(
    {
      method: 'get',
      path: '/matters/:id/withdrawal',
      summary: '撤件记录 / the matter’s withdrawal, if any',
      tags,
      params: ZIdParam,
      response: ZMatterWithdrawal,
    },
    ({ params, user, req }) => withdrawals.get(user, params.id, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/matters/:id/withdrawal/document',
      summary: '撤件申请书（预览或下载，留痕）/ the signed request (preview or download, audited)',
      tags,
      params: ZIdParam,
      query: ZDocumentQuery,
      response: zStreamedFile('the signed request: application/pdf, image/jpeg or image/png'),
      raw: true,
      contentTypes: Object.keys(MATERIAL_TYPES),
    },
    ({ params, query, user, req }) => withdrawals.document(user, params.id, query.download === '1', req.ip),
  );
  publicRoute(
    {
      method: 'post',
      path: '/public/withdrawal',
      summary: '申请人撤件（核对受理编号与手机号后四位）/ the applicant withdraws (receipt number and phone checked)',
      tags,
      public: true,
      body: ZPublicWithdrawal,
      headers: ZIdempotencyHeaders,
      response: ZPublicWithdrawalResult,
    },
    ({ body, req, headers }) => withdrawals.fromPublicPage(body, req.ip ?? null, headers['idempotency-key']),
  );
}
