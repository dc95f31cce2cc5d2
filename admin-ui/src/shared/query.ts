/** Query string of an API filter: empty values are left out, arrays repeat the key (`status=A&status=B`). */
export function toQueryString(filter: Record<string, unknown> = {}): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === undefined || v === null || v === '') continue;
      q.append(key, v instanceof Date ? v.toISOString() : String(v));
    }
  }
  return q.toString();
}

/** `path?query`, or `path` alone when the filter is empty. */
export function withQuery(path: string, filter?: Record<string, unknown>): string {
  const query = toQueryString(filter);
  return query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path;
}
