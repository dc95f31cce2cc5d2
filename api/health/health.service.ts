import type { Client } from '@temporalio/client';
import type { Db } from '../../platform/db';

export type ComponentState = { status: 'up' | 'down'; detail?: string };
export interface HealthReport {
  status: 'up' | 'down';
  database: ComponentState;
  temporal: ComponentState;
  worker: ComponentState & { pollers?: number };
}

const POLLER_FRESH_MS = 2 * 60_000;

function within<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)),
  ]);
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 200);

export function createHealthService(deps: { db: Db; temporal: Client; namespace: string; taskQueue: string }) {
  async function database(): Promise<ComponentState> {
    try {
      await within(deps.db.$queryRaw`SELECT 1`, 3000);
      return { status: 'up' };
    } catch (e) {
      return { status: 'down', detail: describe(e) };
    }
  }

  async function temporal(): Promise<ComponentState> {
    try {
      await within(deps.temporal.workflowService.getSystemInfo({}), 3000);
      return { status: 'up' };
    } catch (e) {
      return { status: 'down', detail: describe(e) };
    }
  }

  async function worker(): Promise<HealthReport['worker']> {
    try {
      const res = await within(
        deps.temporal.workflowService.describeTaskQueue({
          namespace: deps.namespace,
          taskQueue: { name: deps.taskQueue },
          taskQueueType: 1, // TASK_QUEUE_TYPE_WORKFLOW
        }),
        3000,
      );
      const now = Date.now();
      const fresh = (res.pollers ?? []).filter((p) => {
        const seconds = Number(p.lastAccessTime?.seconds ?? 0);
        return now - seconds * 1000 < POLLER_FRESH_MS;
      });
      return fresh.length > 0
        ? { status: 'up', pollers: fresh.length }
        : { status: 'down', pollers: 0, detail: `no worker polling task queue ${deps.taskQueue}` };
    } catch (e) {
      return { status: 'down', detail: describe(e) };
    }
  }

  return {
    async check(): Promise<HealthReport> {
      const [db, t, w] = await Promise.all([database(), temporal(), worker()]);
      const status = db.status === 'up' && t.status === 'up' && w.status === 'up' ? 'up' : 'down';
      return { status, database: db, temporal: t, worker: w };
    },
  };
}
export type HealthService = ReturnType<typeof createHealthService>;
