import type { ErrorRequestHandler, Request } from 'express';
import { z, ZodError } from 'zod';
import { AppError } from '../errors';
import type { Logger } from '../../platform/logger';
import { FileStoreError } from '../../platform/file-store/errors';

const ENGLISH = z.locales.en();

/** An issue's English: what a shared schema gave with it (`params.en`, api/shared/text.ts), else zod's own. */
function englishOf(issue: z.core.$ZodIssue): string {
  const given = (issue as { params?: { en?: unknown } }).params?.en;
  if (typeof given === 'string') return given;
  // a parsed issue no longer holds its input, which zod's wording would call "undefined"
  if (issue.code === 'invalid_type') return `Invalid input: expected ${issue.expected}`;
  const own = ENGLISH.localeError?.(issue as never);
  return typeof own === 'string' ? own : (own?.message ?? issue.message);
}

/** A 400 naming every field, each with its reason in Chinese and English. */
function fromZod(err: ZodError): AppError {
  const details = err.issues.map((i) => ({ path: i.path.join('.'), message: i.message, messageEn: englishOf(i) }));
  const fields = details.map((d) => d.path || '(body)').join(', ');
  return new AppError('VALIDATION', `输入有误：${fields}`, `Invalid input: ${fields}`, details);
}

/** Body-parser errors carry `type`; map them to clear 4xx answers rather than 5xx. */
function fromBodyParser(err: { type?: string; status?: number }): AppError | undefined {
  if (err.type === 'entity.too.large')
    return new AppError('PAYLOAD_TOO_LARGE', '请求内容过大', 'Request body too large');
  if (err.type === 'entity.parse.failed')
    return new AppError('BAD_REQUEST', '请求内容不是有效的 JSON', 'Request body is not valid JSON');
  if (err.status && err.status >= 400 && err.status < 500)
    return new AppError('BAD_REQUEST', '请求无效', 'Bad request');
  return undefined;
}

/** Called for every 401/403 the API answers, so each refused request leaves an audit record. */
export type DeniedHook = (req: Request, error: AppError) => Promise<void>;

/** Prisma's "can't reach / timed out / closed" codes, and PostgreSQL's connection (08xxx) and shutdown (57P0x) classes. */
const UNREACHABLE_PRISMA = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNREACHABLE_PG = /^(08|57P0)/;
const UNREACHABLE_NODE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/** The database is down or restarting: the client should retry (503), it is not our bug (500). */
function fromDatabaseOutage(err: unknown): AppError | undefined {
  const seen = new Set<unknown>();
  for (
    let e = err as Record<string, unknown> | undefined;
    e && typeof e === 'object' && !seen.has(e);
    e = e.cause as Record<string, unknown> | undefined
  ) {
    seen.add(e);
    const code = String(e.code ?? (e.meta as Record<string, unknown> | undefined)?.code ?? '');
    const kind = String((e.cause as Record<string, unknown> | undefined)?.kind ?? e.kind ?? '');
    const message = String(e.message ?? '');
    // a Unix socket's file is gone while its server is down: ENOENT from connect, not from a file we read
    const socketGone = code === 'ENOENT' && e.syscall === 'connect';
    if (
      UNREACHABLE_PRISMA.has(code) ||
      UNREACHABLE_PG.test(code) ||
      UNREACHABLE_NODE.has(code) ||
      socketGone ||
      /DatabaseNotReachable|ConnectionClosed|SocketTimeout/.test(kind) ||
      /the database system is (shutting down|starting up)|Connection terminated|connect ECONNREFUSED/.test(message)
    ) {
      return new AppError('UNAVAILABLE', '数据库暂不可用，请稍后重试', 'The database is unavailable, try again later');
    }
  }
  return undefined;
}

export function errorHandler(logger: Logger, onDenied?: DeniedHook): ErrorRequestHandler {
  return async (err, req, res, _next) => {
    const appError =
      err instanceof AppError
        ? err
        : err instanceof FileStoreError
          ? new AppError(err.code, err.message, err.messageEn)
          : err instanceof ZodError
            ? fromZod(err)
            : (fromDatabaseOutage(err) ?? fromBodyParser(err));
    if (appError) {
      if (appError.status >= 500)
        logger.warn('dependency unavailable', {
          path: req.path,
          method: req.method,
          error: err instanceof Error ? err.message : String(err),
        });
      if ((appError.status === 401 || appError.status === 403) && !appError.audited && onDenied) {
        await onDenied(req, appError).catch((e) => logger.error('could not audit a denial', { error: String(e) }));
      }
      res.status(appError.status).json({
        error: {
          code: appError.code,
          message: appError.message,
          messageEn: appError.messageEn,
          details: appError.details,
        },
      });
      return;
    }
    // Generic answer: no stack traces or internals leave the server.
    logger.error('unhandled error', {
      path: req.path,
      method: req.method,
      error: err instanceof Error ? err.stack : String(err),
    });
    res
      .status(500)
      .json({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试', messageEn: 'Internal server error' } });
  };
}
