/**
 * What PostgreSQL answered to a refused statement, wherever Prisma and its pg adapter put it: on the error, its
 * `cause`, or `meta.driverAdapterError.cause`, as `code` or `originalCode` (the SQLSTATE).
 */
export function sqlStateOf(err: unknown): string | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length > 0) {
    const e = queue.shift() as Record<string, unknown> | undefined;
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    for (const code of [e.originalCode, e.code])
      if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !code.startsWith('P')) return code;
    const meta = e.meta as Record<string, unknown> | undefined;
    queue.push(e.cause, meta?.driverAdapterError);
  }
  return undefined;
}

/**
 * Classes 22 (data exception: a NUL in text, a value too long, an impossible date) and 23 (integrity constraint
 * violation): the statement will never succeed as it is, so retrying it cannot help.
 */
export function isRefusedWrite(err: unknown): boolean {
  return /^2[23]/.test(sqlStateOf(err) ?? '');
}
