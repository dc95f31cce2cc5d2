import type { ChangeNotices } from '../../platform/change-notices';

/**
 * Change notices that never come back: what the API instance that wrote a change sees until its own notice arrives.
 * Caches keep their values until told, so a test shows whether a writer says what it wrote (`wrote`).
 */
export function unheardNotices(): ChangeNotices {
  const caches: Array<{ tables: readonly string[]; kept: Map<unknown, unknown> }> = [];
  return {
    cache<K, V>(tables: readonly string[], load: (key: K) => Promise<V>) {
      const kept = new Map<K, V>();
      caches.push({ tables, kept });
      return {
        forget: () => kept.clear(),
        async get(key: K) {
          if (!kept.has(key)) kept.set(key, await load(key));
          return kept.get(key) as V;
        },
      };
    },
    wrote: (tables) => caches.filter((c) => c.tables.some((t) => tables.includes(t))).forEach((c) => c.kept.clear()),
    listening: async () => undefined,
    close: async () => undefined,
  };
}
