/**
 * Writes that a request need not wait for, gathered into batches: one write in flight at a time, and whatever
 * arrived meanwhile goes in the next one (like a database's group commit: no delay when idle, bigger batches under
 * load). Only for writes that something else repairs if the process dies first; `failed` hears of the rest.
 */
export function createWriteBehind<T>(
  write: (items: T[]) => Promise<unknown>,
  failed: (error: unknown, items: T[]) => void,
) {
  let queue: T[] = [];
  let running: Promise<void> | undefined;
  const drain = async () => {
    while (queue.length) {
      const items = queue;
      queue = [];
      await write(items).catch((e: unknown) => failed(e, items));
    }
    running = undefined;
  };
  return {
    add(item: T): void {
      queue.push(item);
      running ??= drain();
    },
    /** Resolves once everything added so far is written (or failed). */
    async flush(): Promise<void> {
      while (running) await running;
    },
  };
}
