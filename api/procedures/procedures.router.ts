import { z } from 'zod';
import type { Route } from '../openapi/route';
import type { ProceduresService } from './procedures.service';
import {
  ZCompileResult,
  ZCreateProcedureSchema,
  ZDraftChanges,
  ZIdParam,
  ZProcedureDetail,
  ZProcedureList,
  ZPublishResult,
  ZPublishSchema,
  ZSaveDraftResult,
  ZSaveDraftSchema,
  ZValidateSchema,
  ZVersionDetail,
  ZVersionParam,
} from './procedures.types';

const tags = ['procedures 流程'];
const DESIGN = ['DESIGNER', 'ADMIN'] as const;

export function proceduresRoutes(route: Route, procedures: ProceduresService, standardTemplate: () => string): void {
  route(
    { method: 'get', path: '/procedures', summary: '流程列表 / list procedures', tags, response: ZProcedureList },
    async () => {
      const data = await procedures.list();
      return { data, total: data.length };
    },
  );
  route(
    {
      method: 'get',
      path: '/procedure-template',
      summary: '标准流程模板 / the standard template (BPMN XML)',
      tags,
      response: z.string(),
      raw: true,
      contentTypes: ['application/xml'],
    },
    () => standardTemplate(),
  );
  route(
    {
      method: 'post',
      path: '/procedures/validate',
      summary: '校验 BPMN / compile without saving',
      tags,
      roles: [...DESIGN],
      body: ZValidateSchema,
      response: ZCompileResult,
    },
    ({ body }) => procedures.validate(body.xml),
  );
  route(
    {
      method: 'post',
      path: '/procedures',
      summary: '新建流程 / create a procedure',
      tags,
      roles: [...DESIGN],
      body: ZCreateProcedureSchema,
      response: ZProcedureDetail.omit({ versions: true }),
      status: 201,
    },
    ({ body, user }) => procedures.create(body, user),
  );
  route(
    {
      method: 'get',
      path: '/procedures/:id',
      summary: '流程详情 / a procedure with its versions',
      tags,
      params: ZIdParam,
      response: ZProcedureDetail,
    },
    ({ params }) => procedures.get(params.id),
  );
  route(
    {
      method: 'put',
      path: '/procedures/:id',
      summary: '保存草稿 / save the draft',
      tags,
      roles: [...DESIGN],
      params: ZIdParam,
      body: ZSaveDraftSchema,
      response: ZSaveDraftResult,
    },
    ({ params, body, user }) => procedures.saveDraft(params.id, body, user),
  );
  route(
    {
      method: 'post',
      path: '/procedures/:id/publish',
      summary: '发布新版本 / publish a version',
      tags,
      roles: [...DESIGN],
      params: ZIdParam,
      body: ZPublishSchema,
      response: ZPublishResult,
      status: 201,
    },
    ({ params, body, user }) => procedures.publish(params.id, body, user),
  );
  route(
    {
      method: 'get',
      path: '/procedures/:id/draft-changes',
      summary: '草稿相对最新版本的变更 / what publishing the draft would change',
      tags,
      roles: [...DESIGN],
      params: ZIdParam,
      response: ZDraftChanges,
    },
    ({ params }) => procedures.draftChanges(params.id),
  );
  route(
    {
      method: 'post',
      path: '/procedures/:id/versions/:version/restore',
      summary: '恢复历史版本为草稿 / make a published version the draft',
      tags,
      roles: [...DESIGN],
      params: ZVersionParam,
      response: ZProcedureDetail.omit({ versions: true }),
    },
    ({ params, user }) => procedures.restoreVersion(params.id, params.version, user),
  );
  route(
    {
      method: 'get',
      path: '/procedures/:id/versions/:version',
      summary: '历史版本 / one published version',
      tags,
      params: ZVersionParam,
      response: ZVersionDetail,
    },
    ({ params }) => procedures.getVersion(params.id, params.version),
  );
}
