import type { Route } from '../openapi/route';
import type { PublicService } from './public.service';
import { ZLookupQuery, ZPublicStatus, ZRatingResult, ZRatingSchema } from './public.types';

const tags = ['public 办件公开'];

/** Mounted on the router before authentication (no login), behind its own rate limit. */
export function publicRoutes(publicRoute: Route, publicService: PublicService): void {
  publicRoute(
    {
      method: 'get',
      path: '/public/lookup',
      summary: '进度查询 / progress by receipt number and phone',
      tags,
      public: true,
      query: ZLookupQuery,
      response: ZPublicStatus,
    },
    ({ query, req }) => publicService.lookup(query, req.ip ?? null),
  );
  publicRoute(
    {
      method: 'post',
      path: '/public/rating',
      summary: '好差评 / rate a completed matter',
      tags,
      public: true,
      body: ZRatingSchema,
      response: ZRatingResult,
      status: 201,
    },
    ({ body, req }) => publicService.rate(body, req.ip ?? null),
  );
}
