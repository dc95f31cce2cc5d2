import pg from 'pg';
import { behindTransactionPooler } from './db';

/** prisma/sql/003-table-changed.sql: a committed change to a watched table notifies this channel with the table's name */
const CHANNEL = 'table_changed';
const RECONNECT_MS = 5_000;

export interface NoticedCache<K, V> {
  get(key: K): Promise<V>;
  /** drops everything now (its owner's own write, e.g. a logout; any other writer tells `wrote`) */
  forget(): void;
}

export interface CacheOptions {
  /** bounds staleness should notices stop arriving unnoticed (e.g. a pooler that drops LISTEN); default 60 s */
  maxAgeMs?: number;
  /** past this many keys the oldest is dropped (caches keyed by something clients choose, like sessions) */
  maxEntries?: number;
}

export interface ChangeNotices {
  /**
   * A cache of what `load` reads from `tables`, per process: dropped whenever any process or tool commits a change
   * to one of them. While the process is not listening (before its first connection, after losing it) every call
   * loads. A load that throws is not kept.
   */
  cache<K, V>(tables: readonly string[], load: (key: K) => Promise<V>, options?: CacheOptions): NoticedCache<K, V>;
  /**
   * This process committed changes to `tables`: its own caches of them drop now, since its notice may come back after
   * the writer's next request (read-your-writes); other processes drop theirs when the notice reaches them.
   */
  wrote(tables: readonly string[]): void;
  /** Resolves once the process listens (tests; caches do not need to wait). */
  listening(): Promise<void>;
  close(): Promise<void>;
}

/** One LISTEN connection per process, shared by every cache of database rows that change rarely. */
export function createChangeNotices(databaseUrl: string): ChangeNotices {
  const subscribers = new Set<{ tables: readonly string[]; changed: () => void }>();
  const forgetAll = () => subscribers.forEach((s) => s.changed());
  const wrote = (tables: readonly string[]) =>
    subscribers.forEach((s) => s.tables.some((t) => tables.includes(t)) && s.changed());
  let listener: pg.Client | undefined;
  let isListening = false;
  let retryAt = 0;
  // a transaction pooler does not keep LISTEN: never trust a cache there
  let closed = behindTransactionPooler(databaseUrl);
  let waiters: Array<() => void> = [];

  function listen(): void {
    if (closed || listener || Date.now() < retryAt) return;
    const client = new pg.Client({ connectionString: databaseUrl });
    listener = client;
    const lost = () => {
      if (listener !== client) return;
      listener = undefined;
      isListening = false;
      retryAt = Date.now() + RECONNECT_MS;
      forgetAll();
      client.end().catch(() => undefined);
    };
    client.on('notification', ({ payload }) => wrote([payload ?? '']));
    client.on('error', lost);
    client.on('end', lost);
    client
      .connect()
      .then(() => client.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        if (listener !== client) return;
        forgetAll(); // whatever changed before we listened
        isListening = true;
        waiters.forEach((w) => w());
        waiters = [];
      }, lost);
  }

  return {
    cache<K, V>(
      tables: readonly string[],
      load: (key: K) => Promise<V>,
      options: CacheOptions = {},
    ): NoticedCache<K, V> {
      const { maxAgeMs = 60_000, maxEntries = Infinity } = options;
      const entries = new Map<K, { value: V; until: number }>();
      // bumped by every notice: a load that overlapped one is not kept
      let generation = 0;
      const forget = () => {
        generation++;
        entries.clear();
      };
      subscribers.add({ tables, changed: forget });
      return {
        forget,
        async get(key: K): Promise<V> {
          listen();
          const hit = entries.get(key);
          if (hit && hit.until > Date.now()) return hit.value;
          const seen = generation;
          const value = await load(key);
          if (isListening && seen === generation) {
            entries.delete(key);
            if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as K);
            entries.set(key, { value, until: Date.now() + maxAgeMs });
          }
          return value;
        },
      };
    },
    wrote,
    listening() {
      if (closed) return Promise.reject(new Error('change notices are off (closed, or behind a transaction pooler)'));
      listen();
      return isListening ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
    async close() {
      closed = true;
      const client = listener;
      listener = undefined;
      isListening = false;
      await client?.end().catch(() => undefined);
    },
  };
}
