import type { ChangeNotices } from '../../platform/change-notices';

/**
 * Change notices that never come back: what the API instance that wrote a change sees until its own notice arrives.
 * Caches keep their values until told to forget, so a test shows whether a writer drops them itself.
 */
export function unheardNotices(): ChangeNotices {
  return {
    cache<K, V>(_tables: readonly string[], load: (key: K) => Promise<V>) {
      const kept = new Map<K, V>();
      return {
        forget: () => kept.clear(),
        async get(key: K) {
          if (!kept.has(key)) kept.set(key, await load(key));
          return kept.get(key) as V;
        },
      };
    },
    listening: async () => undefined,
    close: async () => undefined,
  };
}
