import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../errors';

extendZodWithOpenApi(z);

/** The body of every error answer (api/middleware/error-handler.ts). */
export const ZApiError = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string().openapi({ description: '中文说明，给界面用户' }),
      messageEn: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('ApiError');

const DESCRIPTIONS: Partial<Record<number, string>> = {
  400: '输入有误 / invalid input',
  401: '未登录或会话已过期 / not logged in, or the session expired',
  403: '无权访问或缺少 CSRF 令牌 / forbidden, or the CSRF token is missing',
  404: '对象不存在 / not found',
  409: '与当前状态冲突 / conflicts with the current state',
  413: '请求内容过大 / request too large',
  415: '文件类型不支持 / unsupported file type',
  429: '请求过于频繁 / too many requests',
  503: '暂不可用（数据库或流程引擎），请稍后重试 / unavailable (database or workflow engine), try again',
};

/** What decides a route's possible errors, besides the codes it names itself. */
export interface ErrorRouteTraits {
  public?: boolean;
  /** a JSON body, which the parser refuses past its size limit */
  body?: boolean;
  /** codes beyond the usual ones (e.g. an upload's 413 and 415) */
  errors?: ErrorCode[];
}

/**
 * The error codes a route can answer, from the one code → status table: every route validates (400), looks things up
 * (404), meets state (409) and needs the database (503); secured ones also refuse (401, 403); the public ones and
 * login are rate-limited (429).
 */
export function errorCodesOf(route: ErrorRouteTraits): ErrorCode[] {
  const codes: ErrorCode[] = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNAVAILABLE'];
  codes.push(...(route.public ? (['RATE_LIMITED'] as const) : (['UNAUTHENTICATED', 'FORBIDDEN'] as const)));
  if (route.body) codes.push('PAYLOAD_TOO_LARGE');
  return [...codes, ...(route.errors ?? [])];
}

/** The OpenAPI responses of those codes, one per status, each with the error body. */
export function errorResponses(route: ErrorRouteTraits) {
  const statuses = [...new Set(errorCodesOf(route).map((code) => ERROR_STATUS[code]))].sort((a, b) => a - b);
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: DESCRIPTIONS[status] ?? String(status), content: { 'application/json': { schema: ZApiError } } },
    ]),
  );
}
