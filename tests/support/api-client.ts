/** A tiny cookie-keeping client for the real API in integration tests. */
import { request as httpRequest } from 'node:http';

export const API_URL =
  process.env.TEST_API_URL ?? `http://127.0.0.1:${3100 + Number(process.env.OW_TEST_SLOT ?? 0) * 10}`;
export const DEMO_PASSWORD = 'OneWindow2026';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
}

/** A signed-in user of one API: the test stack's by default, or another (the fault tests run their own). */
export class ApiClient {
  private cookies = new Map<string, string>();
  csrf?: string;

  constructor(private readonly baseUrl = API_URL) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const res = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        cookie: this.cookieHeader,
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair.split('=');
      if (v) this.cookies.set(k, v);
      else this.cookies.delete(k);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* keep text */
    }
    return { status: res.status, body: parsed as T };
  }

  /** The session cookies as a Cookie header, for a raw fetch (bytes and response headers). */
  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body ?? {});
  put = <T = any>(path: string, body?: unknown) => this.request<T>('PUT', path, body ?? {});

  static async login(username: string, password = DEMO_PASSWORD, baseUrl = API_URL): Promise<ApiClient> {
    const client = new ApiClient(baseUrl);
    const res = await client.post('/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    client.csrf = res.body.csrfToken;
    return client;
  }
}

/** The test stack believes X-Forwarded-For only from this address (TRUST_PROXY), as a centre's own proxy. */
export const TEST_PROXY_ADDRESS = '127.0.0.2';

/**
 * An anonymous request as it reaches the API through a proxy: sent from `from` (the trusted proxy's address unless
 * told otherwise) with X-Forwarded-For naming `clientIp`.
 */
export function forwardedRequest<T = any>(
  clientIp: string,
  method: string,
  path: string,
  body?: unknown,
  from = TEST_PROXY_ADDRESS,
): Promise<ApiResponse<T>> {
  const url = new URL(`${API_URL}/api${path}`);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        localAddress: from,
        headers: { 'x-forwarded-for': clientIp, ...(payload ? { 'content-type': 'application/json' } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* keep text */
          }
          resolve({ status: res.statusCode ?? 0, body: parsed as T });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
