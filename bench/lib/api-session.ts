import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';

export interface Answer<T = any> {
  status: number;
  body: T;
}

/** One signed-in user talking to the API: the session cookie and CSRF header on every call. */
export class ApiSession {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly csrf: string,
    readonly userId: string,
  ) {}

  async request<T = any>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const res = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: {
        cookie: `ow_session=${this.token}; ow_csrf=${this.csrf}`,
        'x-csrf-token': this.csrf,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as T };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body: unknown = {}) => this.request<T>('POST', path, body);
  put = <T = any>(path: string, body: unknown = {}) => this.request<T>('PUT', path, body);

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
