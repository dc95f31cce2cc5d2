import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../errors';

export const PUBLIC_REQUESTS_PER_MINUTE = 30;

/** Per client IP, for the routes anyone can call without logging in. */
export function publicRateLimit(limit = PUBLIC_REQUESTS_PER_MINUTE): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new AppError('RATE_LIMITED', '请求过于频繁，请稍后再试', 'Too many requests, try again later')),
  });
}
