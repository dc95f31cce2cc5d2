import { randomUUID } from 'node:crypto';
import { ApiClient, DEMO_PASSWORD, type ApiResponse } from '../../support/api-client';
import { createRetrySafeWrites } from '../../../admin-ui/src/shared/idempotency';
import { APPROVER_OF, applicant, formFor, WORKER_OF, workerFor } from '../../support/matters';

/** A signed-in user of one particular API (the fault tests run their own, beside the stack's). */
export type FaultClient = ApiClient;
export const FaultClient = {
  login: (baseUrl: string, username: string): Promise<FaultClient> => ApiClient.login(username, DEMO_PASSWORD, baseUrl),
};

/** Every demo user the promised procedure needs, signed in to one API. */
export async function staffOf(baseUrl: string): Promise<(username: string) => FaultClient> {
  const names = ['clerk', 'manager', ...new Set([...Object.values(WORKER_OF), ...Object.values(APPROVER_OF)])];
  const clients = new Map<string, FaultClient>();
  for (const name of names) clients.set(name, await FaultClient.login(baseUrl, name));
  return (username) => {
    const c = clients.get(username);
    if (!c) throw new Error(`no session for ${username}`);
    return c;
  };
}

export function intakeBody(itemCode: string, materials: string[], idempotencyKey = randomUUID()) {
  return { idempotencyKey, itemCode, applicant: applicant(), providedMaterials: materials, decision: 'ACCEPT' };
}

const retrySafe = createRetrySafeWrites();
class Unsettled extends Error {
  constructor(readonly res: ApiResponse) {
    super(`HTTP ${res.status}`);
  }
  get status() {
    return this.res.status;
  }
}

/** A task step sent as the console sends it: with an Idempotency-Key kept while the same step has no final answer. */
async function step(api: FaultClient, path: string, body: unknown = {}): Promise<ApiResponse> {
  try {
    return await retrySafe(`${path} ${JSON.stringify(body)}`, async (key) => {
      const res = await api.request('POST', path, body, { 'idempotency-key': key });
      if (res.status >= 500) throw new Unsettled(res);
      return res;
    });
  } catch (e) {
    if (e instanceof Unsettled) return e.res;
    throw e;
  }
}

/** A 503 (engine or database away) or a 409 from a move that already happened: the user simply tries again. */
export const transient = (status: number) => status === 503 || status === 409 || status === 502 || status === 500;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface DriveStats {
  retried: number;
  statuses: Record<number, number>;
}

/**
 * Works every open task of a matter (approving) until it leaves IN_PROGRESS, as staff would through the console while
 * the system has faults: an answer that is not a success is counted, and the step is looked at again and retried
 * (with the same Idempotency-Key while it has no final answer).
 */
export async function driveThroughFaults(
  staff: (u: string) => FaultClient,
  matterId: string,
  stats: DriveStats,
  timeoutMs = 600_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const note = (status: number) => {
    stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
    if (status >= 300) stats.retried += 1;
  };
  while (Date.now() < deadline) {
    const matter = await staff('manager').get(`/matters/${matterId}`);
    note(matter.status);
    if (matter.status !== 200) {
      await pause(1000);
      continue;
    }
    if (!['IN_PROGRESS', 'PENDING_START'].includes(matter.body.status)) return matter.body.status;
    const open = (
      matter.body.tasks as Array<{
        id: string;
        status: string;
        candidateDepartmentCode: string | null;
        candidateRole: string | null;
        stepKind: string;
      }>
    ).filter((t) => t.status === 'OPEN' || t.status === 'CLAIMED');
    if (open.length === 0) {
      await pause(500);
      continue;
    }
    for (const task of open) {
      const api = staff(workerFor(task));
      const detail = await api.get(`/tasks/${task.id}`);
      note(detail.status);
      if (detail.status !== 200) {
        await pause(1000);
        continue;
      }
      if (detail.body.status === 'OPEN') {
        const claimed = await step(api, `/tasks/${task.id}/claim`);
        note(claimed.status);
        if (claimed.status !== 200) {
          await pause(1000);
          continue;
        }
      }
      const done = await step(api, `/tasks/${task.id}/complete`, {
        decision: detail.body.allowedDecisions.includes('approve') ? 'approve' : detail.body.allowedDecisions[0],
        comment: '同意',
        formData: formFor(detail.body.formFields),
      });
      note(done.status);
      if (done.status !== 200) await pause(1000);
    }
  }
  throw new Error(`matter ${matterId} did not finish within ${timeoutMs / 1000} s`);
}

/** Runs `work` over the items with at most `concurrency` at once. */
export async function inParallel<T, R>(
  items: T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      for (;;) {
        const i = next++;
        if (i >= items.length) return;
        results[i] = await work(items[i], i);
      }
    }),
  );
  return results;
}
