import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../errors';

/** At most `limit` requests a minute per client IP (login, and the routes anyone may call without logging in). */
export function perMinuteLimit(limit: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new AppError('RATE_LIMITED', '请求过于频繁，请稍后再试', 'Too many requests, try again later')),
  });
}
