import { performance } from 'node:perf_hooks';

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (samples: number[]) => percentile(samples, 50);

export interface LoadResult {
  /** operations per second over the whole run */
  perSecond: number;
  latencies: number[];
  p50: number;
  p99: number;
  wallMs: number;
}

/**
 * Runs `count` operations with `concurrency` in flight at a time (a closed loop: each slot starts the next one as
 * soon as its last one ends) and times each one.
 */
export async function closedLoop(
  count: number,
  concurrency: number,
  op: (i: number) => Promise<void>,
): Promise<LoadResult> {
  const latencies: number[] = new Array(count);
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    for (;;) {
      const i = next++;
      if (i >= count) return;
      const t0 = performance.now();
      await op(i);
      latencies[i] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  const wallMs = performance.now() - started;
  return {
    perSecond: (count / wallMs) * 1000,
    latencies,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    wallMs,
  };
}

/** `users` loops repeat `op` for as long as `keepGoing()` holds, each timing every call. */
export async function loadWhile(
  keepGoing: () => boolean,
  users: number,
  op: (user: number) => Promise<void>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const lane = async (user: number) => {
    while (keepGoing()) {
      const t0 = performance.now();
      await op(user);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: users }, (_, u) => lane(u)));
  const wallMs = performance.now() - started;
  return {
    perSecond: (latencies.length / wallMs) * 1000,
    latencies,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    wallMs,
  };
}

/** Like closedLoop, but for a fixed time: `users` loops repeat `op` until `durationMs` has passed. */
export function timedLoop(durationMs: number, users: number, op: (user: number) => Promise<void>): Promise<LoadResult> {
  const until = performance.now() + durationMs;
  return loadWhile(() => performance.now() < until, users, op);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `probe` answers truthy or the time is up. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs: number,
  everyMs = 250,
): Promise<T> {
  const value = await pollUntil(probe, timeoutMs, everyMs);
  if (value === undefined) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
  return value;
}

/** Polls `probe` until it answers something truthy (then that answer) or `timeoutMs` has passed (then undefined). */
export async function pollUntil<T>(
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs: number,
  everyMs = 250,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) return undefined;
    await sleep(everyMs);
  }
}
