import { Router, type CookieOptions } from 'express';
import { ZLoginSchema } from './auth.types';
import type { AuthService } from './auth.service';
import { CSRF_COOKIE, SESSION_COOKIE, authenticate } from '../middleware/authenticate';

export function authRouter(auth: AuthService, secureCookies: boolean): Router {
  const router = Router();
  const base: CookieOptions = { sameSite: 'strict', secure: secureCookies, path: '/' };

  router.post('/auth/login', async (req, res) => {
    const input = ZLoginSchema.parse(req.body);
    const { token, csrfToken } = await auth.login(input, req.ip ?? null, req.get('user-agent') ?? null);
    res.cookie(SESSION_COOKIE, token, { ...base, httpOnly: true });
    res.cookie(CSRF_COOKIE, csrfToken, { ...base, httpOnly: false });
    res.json({ ok: true, csrfToken });
  });

  router.post('/auth/logout', authenticate(auth), async (req, res) => {
    await auth.logout(req.user!, req.ip ?? null);
    res.clearCookie(SESSION_COOKIE, base).clearCookie(CSRF_COOKIE, base).json({ ok: true });
  });

  router.get('/auth/me', authenticate(auth), (req, res) => {
    const { sessionId: _s, csrfToken, ...user } = req.user!;
    res.json({ ...user, csrfToken });
  });
  return router;
}
