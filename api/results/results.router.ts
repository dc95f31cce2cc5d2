import { Readable } from 'node:stream';
import { z } from 'zod';
import type { Route } from '../openapi/route';
import { StreamedFile, storedFileHeaders, zStreamedFile } from '../shared/streamed-file';
import type { ResultsService } from './results.service';
import {
  ZFileQuery,
  ZMatterIdParam,
  ZMatterResults,
  ZResultIdParam,
  ZRevoke,
  ZVerification,
  ZVerifyParam,
} from './results.types';

const tags = ['results 出证'];

export function resultsRoutes(route: Route, publicRoute: Route, results: ResultsService): void {
  route(
    {
      method: 'get',
      path: '/matters/:id/results',
      summary: '办理结果 / the matter’s results and any failure to issue them',
      tags,
      params: ZMatterIdParam,
      response: ZMatterResults,
    },
    ({ params, user, req }) => results.forMatter(user, params.id, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/results/:id/file',
      summary: '下载或打印结果 PDF（留痕）/ the result PDF (audited)',
      tags,
      params: ZResultIdParam,
      query: ZFileQuery,
      response: zStreamedFile('application/pdf'),
      raw: true,
      contentTypes: ['application/pdf'],
    },
    async ({ params, query, user, req }) => {
      const { bytes, fileName } = await results.file(user, params.id, req.ip);
      const headers = storedFileHeaders({
        mime: 'application/pdf',
        size: bytes.length,
        name: fileName,
        download: Boolean(query.download),
      });
      return new StreamedFile(headers, Readable.from([bytes]));
    },
  );
  route(
    {
      method: 'post',
      path: '/results/:id/revoke',
      summary: '撤销证照 / revoke a result with a reason',
      tags,
      roles: ['MANAGER'],
      params: ZResultIdParam,
      body: ZRevoke,
      response: z.object({ ok: z.literal(true) }),
    },
    ({ params, body, user, req }) => results.revoke(user, params.id, body, req.ip),
  );
  publicRoute(
    {
      method: 'get',
      path: '/public/verify/:code',
      summary: '证照核验 / verify a result by the code in its QR code',
      tags: ['public 办件公开'],
      public: true,
      params: ZVerifyParam,
      response: ZVerification,
    },
    ({ params, req }) => results.verify(params.code, req.ip ?? null),
  );
}
