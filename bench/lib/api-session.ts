import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type pg from 'pg';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../api/middleware/authenticate';
import { ApiClient, type ApiResponse } from '../../tests/support/api-client';

/**
 * The load generator shares the machine with the stack it measures, so it should cost as little as it can: node:http
 * on kept-alive sockets costs about a fifth of the CPU of fetch per request (fetch: ≈ 3 ms per intake on this
 * machine's cores, more than the API's own work on the request), which the raw baselines never pay.
 */
// A timeout lets the agent honour the server's `Keep-Alive: timeout=5` and drop an idle socket a second before the
// server does: without one Node keeps idle sockets for ever, and a request sent on a socket the server is closing at
// that moment fails with "socket hang up" (it did once, after the intake bench's 7 s raw run left them idle).
const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 60_000 });

export function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  payload?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: payload === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(payload)) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The tests' API client, signed in with a session minted in the database (mintSession) instead of by /auth/login. */
export class ApiSession extends ApiClient {
  private readonly cookie: string;

  constructor(
    private readonly base: string,
    token: string,
    csrf: string,
    readonly userId: string,
  ) {
    super(base);
    this.csrf = csrf;
    this.cookie = `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${csrf}`;
  }

  /** The session's cookie and CSRF headers, for a request this client does not send (a streamed upload). */
  authHeaders(): Record<string, string> {
    return { cookie: this.cookie, 'x-csrf-token': this.csrf! };
  }

  override async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const { status, text } = await send(
      new URL(`${this.base}/api${path}`),
      method,
      {
        ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
        'x-csrf-token': this.csrf!,
        cookie: this.cookie,
        ...headers,
      },
      payload,
    );
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* keep text */
    }
    return { status, body: parsed as T };
  }

  /** Fails loudly on an unexpected status: a bench must not measure error answers. */
  async expect<T = any>(status: number, method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.request<T>(method, path, body);
    if (res.status !== status)
      throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
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
