import { z } from 'zod';
import type { Route } from '../openapi/route';
import { zStreamedFile } from '../shared/streamed-file';
import { MATERIAL_TYPES } from './file-types';
import type { MaterialsService } from './materials.service';
import type { MaterialUploads } from './material-uploads.service';
import type { MaterialLimits } from './material-limits';
import {
  ZContentQuery,
  ZFileParams,
  ZMarkSupplied,
  ZMaterialFile,
  ZMatterMaterialParams,
  ZMatterMaterials,
  ZOk,
  ZStageQuery,
  ZUploadLimits,
} from './materials.types';

const tags = ['materials 电子材料'];
const UPLOADERS = ['CLERK', 'AGENT'] as const;
const ZMatterParams = ZMatterMaterialParams.pick({ id: true });

export function materialsRoutes(
  route: Route,
  materials: MaterialsService,
  uploads: MaterialUploads,
  limits: MaterialLimits,
): void {
  route(
    {
      method: 'get',
      path: '/materials/limits',
      summary: '上传限制 / upload limits in bytes',
      tags,
      response: ZUploadLimits,
    },
    () => limits,
  );
  route(
    {
      method: 'post',
      path: '/materials/uploads',
      summary: '受理时上传材料（multipart/form-data，一个文件）/ stage a file for an intake (multipart, one file)',
      tags,
      roles: [...UPLOADERS],
      query: ZStageQuery,
      response: ZMaterialFile,
      status: 201,
    },
    ({ query, user, req }) => uploads.stage(user, query, req, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/materials/uploads',
      summary: '本次受理已上传的材料 / my files staged under an intake key',
      tags,
      roles: [...UPLOADERS],
      query: ZStageQuery.pick({ intakeKey: true }),
      response: z.array(ZMaterialFile),
    },
    ({ query, user }) => uploads.staged(user, query.intakeKey),
  );
  route(
    {
      method: 'delete',
      path: '/materials/uploads/:fileId',
      summary: '撤回受理前上传的材料 / take back a staged file before the intake',
      tags,
      roles: [...UPLOADERS],
      params: ZFileParams,
      response: ZOk,
    },
    ({ params, user, req }) => uploads.unstage(user, params.fileId, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/matters/:id/materials',
      summary: '办件的申请材料与电子文件 / the matter’s materials, files and owed (容缺) state',
      tags,
      params: ZMatterParams,
      response: ZMatterMaterials,
    },
    ({ params, user, req }) => materials.list(user, params.id, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/matters/:id/materials/:code/files',
      summary: '补正 / 容缺材料上传（multipart/form-data）/ add a file to a matter’s material (multipart)',
      tags,
      roles: [...UPLOADERS],
      params: ZMatterMaterialParams,
      response: ZMaterialFile,
      status: 201,
    },
    ({ params, user, req }) => uploads.attach(user, params.id, params.code, req, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/matters/:id/materials/:code/supplied',
      summary: '容缺材料已补交（纸质等）/ mark an owed material supplied',
      tags,
      roles: [...UPLOADERS, 'MANAGER'],
      params: ZMatterMaterialParams,
      body: ZMarkSupplied,
      response: ZOk,
    },
    ({ params, body, user, req }) => materials.markSupplied(user, params.id, params.code, body.note, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/materials/files/:fileId/content',
      summary: '预览或下载材料文件（留痕）/ preview or download a file (audited)',
      tags,
      params: ZFileParams,
      query: ZContentQuery,
      response: zStreamedFile('the file: application/pdf, image/jpeg or image/png'),
      raw: true,
      contentTypes: Object.keys(MATERIAL_TYPES),
    },
    ({ params, query, user, req }) => materials.content(user, params.fileId, query.download === '1', req.ip),
  );
}
