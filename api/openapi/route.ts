import type { Request, RequestHandler, Router } from 'express';
import { z, ZodError, type ZodType } from 'zod';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Role } from '../../generated/prisma/enums';
import type { CurrentUser } from '../auth/auth.types';
import { requireRole } from '../middleware/authenticate';
import { StreamedFile } from '../shared/streamed-file';
import { unstorableIssues } from '../shared/text';
import type { ErrorCode } from '../errors';
import { errorResponses } from './error-responses';

type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';
type Infer<T> = T extends ZodType ? z.infer<T> : undefined;

export interface RouteSpec<P, Q, B, R extends ZodType, H = undefined> {
  method: Method;
  path: string; // express style: /matters/:id
  summary: string;
  tags: string[];
  roles?: Role[]; // absent: any authenticated user (or public when `public`)
  public?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /** request headers the route reads (lower-case names) */
  headers?: H;
  response: R;
  status?: number;
  /** answer as a file or text instead of JSON (a StreamedFile is streamed with its own headers) */
  raw?: boolean;
  /** a raw answer's media types, as documented; a text answer is sent as the first unless the handler set one */
  contentTypes?: readonly string[];
  /** error codes beyond those every route can answer (api/openapi/error-responses.ts) */
  errors?: ErrorCode[];
}

export interface HandlerInput<P, Q, B, H = undefined> {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  headers: Infer<H>;
  user: CurrentUser;
  req: Request;
}

const toOpenApiPath = (p: string) => p.replace(/:([A-Za-z_]+)/g, '{$1}');

/**
 * One place that parses input with zod, checks the role, shapes the answer through the response schema (which
 * strips internal fields) and documents the route in OpenAPI. Routers stay thin; services throw AppError.
 */
export function createRoute(router: Router, registry: OpenAPIRegistry) {
  return function route<
    P extends ZodType | undefined,
    Q extends ZodType | undefined,
    B extends ZodType | undefined,
    R extends ZodType,
    H extends ZodType | undefined = undefined,
  >(
    spec: RouteSpec<P, Q, B, R, H>,
    handler: (input: HandlerInput<P, Q, B, H>) => Promise<z.infer<R>> | z.infer<R>,
  ): void {
    const status = spec.status ?? 200;
    if (spec.raw && !spec.contentTypes?.length)
      throw new Error(`${spec.method.toUpperCase()} ${spec.path}: a raw answer names its content types`);
    const contentTypes = spec.contentTypes ?? ['application/json'];
    registry.registerPath({
      method: spec.method,
      path: `/api${toOpenApiPath(spec.path)}`,
      summary: spec.summary,
      tags: spec.tags,
      security: spec.public ? [] : [{ session: [] }],
      // which roles may call it: documented for clients, and read by the access-matrix test
      'x-roles': spec.public ? ['PUBLIC'] : (spec.roles ?? ['ANY']),
      request: {
        params: spec.params as never,
        query: spec.query as never,
        headers: spec.headers as never,
        body: spec.body ? { content: { 'application/json': { schema: spec.body } } } : undefined,
      },
      responses: {
        [status]: {
          description: spec.summary,
          content: Object.fromEntries(contentTypes.map((type) => [type, { schema: spec.response }])),
        },
        ...errorResponses({ public: spec.public, body: Boolean(spec.body), errors: spec.errors }),
      },
    });
    const guards: RequestHandler[] = spec.roles ? [requireRole(...spec.roles)] : [];
    router[spec.method](spec.path, ...guards, async (req, res) => {
      const input = {
        params: (spec.params ? spec.params.parse(req.params) : undefined) as Infer<P>,
        query: (spec.query ? spec.query.parse(req.query) : undefined) as Infer<Q>,
        body: (spec.body ? spec.body.parse(req.body ?? {}) : undefined) as Infer<B>,
        headers: (spec.headers ? spec.headers.parse(req.headers) : undefined) as Infer<H>,
        user: req.user!,
        req,
      };
      // whatever a route's schema let through, nothing the database cannot store faithfully gets past here
      const unstorable = [input.params, input.query, input.body, input.headers].flatMap((part) =>
        unstorableIssues(part),
      );
      if (unstorable.length > 0) throw new ZodError(unstorable);
      const result = await handler(input);
      if (result instanceof StreamedFile) await result.send(res, status);
      else if (spec.raw) {
        if (!res.get('content-type')) res.type(contentTypes[0]);
        res.status(status).send(result);
      } else res.status(status).json(spec.response.parse(result));
    });
  };
}
export type Route = ReturnType<typeof createRoute>;
