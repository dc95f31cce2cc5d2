import { CancellationScope, condition, isCancellation, sleep } from '@temporalio/workflow';
import type { Mutex } from './mutex';

export interface TimerEntry {
  key: string;
  /** absolute ISO instant */
  fireAt: string;
}

interface Armed<T> {
  timer: T;
  scope: CancellationScope;
}

/**
 * Durable timers by key, each in its own cancellation scope. A timer fires under the lock and only while it is
 * still armed, so cancelling it after it elapsed but before its turn came is safe.
 */
export class DurableTimers<T extends TimerEntry> {
  private readonly armed = new Map<string, Armed<T>>();
  private handler: (timer: T) => Promise<void> = async () => undefined;

  constructor(
    private readonly lock: Mutex,
    private readonly background: (work: Promise<unknown>) => void,
    /** a timer that elapsed waits (still armed) until this holds, e.g. while the matter is suspended */
    private readonly mayFire: () => boolean = () => true,
  ) {}

  onFire(handler: (timer: T) => Promise<void>): void {
    this.handler = handler;
  }

  arm(timer: T): void {
    this.cancel(timer.key);
    const entry: Armed<T> = { timer, scope: new CancellationScope() };
    this.armed.set(timer.key, entry);
    const stillArmed = () => this.armed.get(timer.key) === entry;
    const ms = Math.max(1, Date.parse(timer.fireAt) - Date.now());
    this.background(
      entry.scope
        .run(() => sleep(ms))
        .then(
          async () => {
            await condition(() => this.mayFire() || !stillArmed());
            await this.lock.run(async () => {
              if (!stillArmed()) return;
              this.armed.delete(timer.key);
              await this.handler(timer);
            });
          },
          (err: unknown) => {
            if (!isCancellation(err)) throw err;
          },
        ),
    );
  }

  cancel(key: string): void {
    const entry = this.armed.get(key);
    if (!entry) return;
    this.armed.delete(key);
    entry.scope.cancel();
  }

  cancelWhere(predicate: (timer: T) => boolean): void {
    for (const { timer } of [...this.armed.values()]) if (predicate(timer)) this.cancel(timer.key);
  }

  /**
   * Arms exactly these again (a rolled-back step's timers): a timer armed since is cancelled, one cancelled since is
   * armed again at its instant, and one that did not change keeps running.
   */
  restore(timers: T[]): void {
    const wanted = new Map(timers.map((timer) => [timer.key, JSON.stringify(timer)]));
    for (const { timer } of [...this.armed.values()])
      if (wanted.get(timer.key) !== JSON.stringify(timer)) this.cancel(timer.key);
    for (const timer of timers) if (!this.armed.has(timer.key)) this.arm(timer);
  }

  list(): T[] {
    return [...this.armed.values()].map(({ timer }) => timer);
  }
}
