import type { CookieOptions } from 'express';
import { z } from 'zod';
import { ZCurrentUser, ZLoginSchema, ZLoggedIn } from './auth.types';
import type { AuthService } from './auth.service';
import type { Route } from '../openapi/route';
import { CSRF_COOKIE, SESSION_COOKIE } from '../middleware/authenticate';

const tags = ['auth 登录'];

/** Login is public (its own rate limit, mounted before); logout and `me` are behind the session like any route. */
export function authRoutes(publicRoute: Route, route: Route, auth: AuthService, secureCookies: boolean): void {
  const base: CookieOptions = { sameSite: 'strict', secure: secureCookies, path: '/' };

  publicRoute(
    {
      method: 'post',
      path: '/auth/login',
      summary: '登录（设置会话 Cookie）/ log in (sets the session cookie)',
      tags,
      public: true,
      body: ZLoginSchema,
      response: ZLoggedIn,
      errors: ['UNAUTHENTICATED'],
    },
    async ({ body, req }) => {
      const { token, csrfToken } = await auth.login(body, req.ip ?? null, req.get('user-agent') ?? null);
      req.res!.cookie(SESSION_COOKIE, token, { ...base, httpOnly: true });
      req.res!.cookie(CSRF_COOKIE, csrfToken, { ...base, httpOnly: false });
      return { ok: true as const, csrfToken };
    },
  );

  route(
    {
      method: 'post',
      path: '/auth/logout',
      summary: '退出登录 / log out (ends the session)',
      tags,
      response: z.object({ ok: z.literal(true) }),
    },
    async ({ user, req }) => {
      await auth.logout(user, req.ip ?? null);
      req.res!.clearCookie(SESSION_COOKIE, base).clearCookie(CSRF_COOKIE, base);
      return { ok: true as const };
    },
  );

  route(
    { method: 'get', path: '/auth/me', summary: '当前用户 / who is logged in', tags, response: ZCurrentUser },
    ({ user }) => {
      const { sessionId: _s, ...me } = user;
      return me;
    },
  );
}
