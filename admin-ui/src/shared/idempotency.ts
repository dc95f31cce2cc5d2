/** A v4 UUID. crypto.randomUUID exists only in secure contexts (https, localhost). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Sends writes whose retry must not apply twice with an Idempotency-Key, keeping the key while the same request has
 * no final answer: a 5xx, or no answer at all, may still apply on the server, so trying the same request again
 * sends the same key and gets the first attempt's outcome. A success or a 4xx settles the request; the next one
 * gets a new key.
 */
export function createRetrySafeWrites() {
  const unsettled = new Map<string, string>();
  return async function retrySafe<T>(request: string, send: (key: string) => Promise<T>): Promise<T> {
    const key = unsettled.get(request) ?? newIdempotencyKey();
    unsettled.set(request, key);
    try {
      const result = await send(key);
      unsettled.delete(request);
      return result;
    } catch (e) {
      const status = (e as { status?: unknown }).status; // react-admin's HttpError
      if (typeof status === 'number' && status < 500) unsettled.delete(request);
      throw e;
    }
  };
}
