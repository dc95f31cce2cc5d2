import { HttpError } from 'react-admin';
import { createRetrySafeWrites } from '../shared/idempotency';

const CSRF_COOKIE = 'ow_csrf';

function csrfToken(): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${CSRF_COOKIE}=`))
    ?.slice(CSRF_COOKIE.length + 1);
}

/** fetch for the OneWindow API: same-origin cookies, the CSRF header on writes, errors as HttpError with the Chinese message. */
export async function apiFetch<T = unknown>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  // a FormData body (a file upload) gets its multipart type, with the boundary, from the browser
  if (init.body && !(init.body instanceof FormData) && !headers.has('content-type'))
    headers.set('content-type', 'application/json');
  const token = csrfToken();
  if (token) headers.set('x-csrf-token', token);
  const res = await fetch(`/api${path}`, { ...init, headers, credentials: 'same-origin' });
  const body = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const message = body?.error?.message ?? res.statusText;
    throw new HttpError(message, res.status, body);
  }
  return body as T;
}

const retrySafe = createRetrySafeWrites();
/** A POST that must not apply twice (a task step, 延期, 材料已补正, 督办): sent again after a 5xx or a lost answer, it carries the same Idempotency-Key. */
export function retrySafePost<T>(path: string, body: unknown = {}): Promise<T> {
  const payload = JSON.stringify(body);
  return retrySafe(`${path} ${payload}`, (key) =>
    apiFetch<T>(path, { method: 'POST', body: payload, headers: { 'idempotency-key': key } }),
  );
}
