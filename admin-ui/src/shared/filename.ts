/** The name in `Content-Disposition` (RFC 6266, `filename*=UTF-8''…` preferred), if any. */
export function filenameFrom(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star) return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
  return /filename\s*=\s*"?([^";]+)"?/.exec(disposition)?.[1];
}
