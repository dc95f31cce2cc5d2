import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../api/middleware/authenticate';
import { ApiClient, type ApiResponse } from '../../tests/support/api-client';

/** The tests' API client, signed in with a session minted in the database (mintSession) instead of by /auth/login. */
export class ApiSession extends ApiClient {
  constructor(
    baseUrl: string,
    private readonly token: string,
    csrf: string,
    readonly userId: string,
  ) {
    super(baseUrl);
    this.csrf = csrf;
  }

  override request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    return super.request<T>(method, path, body, { cookie: `${SESSION_COOKIE}=${this.token}; ${CSRF_COOKIE}=${this.csrf}`, ...headers });
  }

  /** Fails loudly on an unexpected status: a bench must not measure error answers. */
  async expect<T = any>(status: number, method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.request<T>(method, path, body);
    if (res.status !== status) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
    return res.body;
  }
}

/**
 * A session row written straight into the database, as /auth/login would write it. The login route allows 20
 * attempts a minute per address, and the bench needs more users than that; every request still passes the
 * normal session check.
 */
export async function mintSession(db: pg.Pool, baseUrl: string, username: string): Promise<ApiSession> {
  const user = await db.query<{ id: string }>('SELECT id FROM "User" WHERE username = $1', [username]);
  if (!user.rows[0]) throw new Error(`no user ${username}`);
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  await db.query(
    `INSERT INTO "Session" (id, "userId", "csrfToken", ip, "userAgent", "expiresAt") VALUES ($1, $2, $3, '127.0.0.1', 'onewindow-bench', now() + interval '12 hours')`,
    [createHash('sha256').update(token).digest('hex'), user.rows[0].id, csrf],
  );
  return new ApiSession(baseUrl, token, csrf, user.rows[0].id);
}
