import type { RequestHandler } from 'express';
import { AppError, notLoggedIn } from '../errors';
import type { AuthService } from '../auth/auth.service';
import type { Role } from '../../generated/prisma/enums';

export const SESSION_COOKIE = 'ow_session';
export const CSRF_COOKIE = 'ow_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every route behind this needs a valid session; unsafe methods also need the CSRF token (double submit). */
export function authenticate(auth: AuthService): RequestHandler {
  return async (req, _res, next) => {
    const token = req.cookies?.[SESSION_COOKIE];
    if (!token) throw notLoggedIn();
    const user = await auth.resolve(token);
    if (!SAFE_METHODS.has(req.method) && req.get(CSRF_HEADER) !== user.csrfToken) {
      throw new AppError('CSRF', '请求校验失败，请刷新页面后重试', 'CSRF token missing or wrong');
    }
    req.user = user;
    next();
  };
}

export function requireRole(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.user) throw notLoggedIn();
    if (!req.user.roles.some((r) => roles.includes(r))) {
      throw new AppError('FORBIDDEN', '您的角色无权执行此操作', 'Your role may not do this');
    }
    next();
  };
}
