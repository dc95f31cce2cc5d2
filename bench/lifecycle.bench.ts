import { claimTask, completeTask, type Actor, type ProcedureState } from '../workflows/procedure-contract';
import type { ApiSession } from './lib/api-session';
import type { BenchContext } from './lib/context';
import { count } from './lib/db';
import type { Figure } from './lib/figures';
import { closedLoop, waitUntil, type LoadResult } from './lib/measure';

const SECTION = '2. Lifecycle: three user tasks to 办结';
const STEPS = 3;

interface Prepared {
  id: string;
  workflowId: string;
  firstTaskId: string;
  firstTaskKey: string;
}

/** Matters accepted through the API (not timed) whose first task (受理, at the window) is open. */
async function prepare(ctx: BenchContext, howMany: number, seed: number): Promise<Prepared[]> {
  const clerk = await ctx.session('clerk');
  const ids: string[] = [];
  await closedLoop(howMany, 16, async (i) => {
    const answer = await clerk.expect<{ matter: { id: string } }>(
      201,
      'POST',
      '/matters/intake',
      ctx.fixtures.intakeBody(seed + i),
    );
    ids.push(answer.matter.id);
  });
  await waitUntil(
    'the first tasks to open',
    async () =>
      (await count(ctx.pool, `SELECT count(*) AS n FROM "Task" WHERE "matterId" = ANY($1) AND status = 'OPEN'`, [
        ids,
      ])) === howMany,
    300_000,
  );
  const { rows } = await ctx.pool.query<Prepared>(
    `SELECT m.id, m."workflowId", t.id AS "firstTaskId", t."taskKey" AS "firstTaskKey"
       FROM "Matter" m JOIN "Task" t ON t."matterId" = m.id AND t.status = 'OPEN' WHERE m.id = ANY($1)`,
    [ids],
  );
  return rows;
}

/** What a member of staff does per step: open the matter to find its open task, claim it, complete it. */
async function driveThroughApi(matter: Prepared, staff: ApiSession[]): Promise<void> {
  for (let step = 0; step < STEPS; step++) {
    const api = staff[step === 0 ? 0 : 1];
    const detail = await api.expect<{ tasks: Array<{ id: string; status: string }> }>(
      200,
      'GET',
      `/matters/${matter.id}`,
    );
    const task = detail.tasks.find((t) => t.status === 'OPEN');
    if (!task) throw new Error(`matter ${matter.id} has no open task at step ${step + 1}`);
    await api.expect(200, 'POST', `/tasks/${task.id}/claim`);
    await api.expect(200, 'POST', `/tasks/${task.id}/complete`, { decision: 'complete', comment: '同意' });
  }
}

/** The same moves as raw Updates; each Update answers the workflow's state, which names the next task. */
async function driveByUpdates(ctx: BenchContext, matter: Prepared): Promise<void> {
  const handle = ctx.temporal.workflow.getHandle(matter.workflowId);
  const actors: Actor[] = [ctx.fixtures.actors.clerk, ctx.fixtures.actors.minzheng, ctx.fixtures.actors.minzheng];
  let taskKey: string | undefined = matter.firstTaskKey;
  for (let step = 0; step < STEPS; step++) {
    if (!taskKey) throw new Error(`workflow ${matter.workflowId} has no open task at step ${step + 1}`);
    const actor = actors[step];
    await handle.executeUpdate(claimTask, { args: [{ taskKey, actor }] });
    const state: ProcedureState = await handle.executeUpdate(completeTask, {
      args: [{ taskKey, actor, decision: 'complete', comment: '同意' }],
    });
    taskKey = state.tasks.find((t) => t.state === 'OPEN')?.taskKey;
  }
}

async function completedCount(ctx: BenchContext, matters: Prepared[]): Promise<number> {
  return count(ctx.pool, `SELECT count(*) AS n FROM "Matter" WHERE id = ANY($1) AND status = 'COMPLETED'`, [
    matters.map((m) => m.id),
  ]);
}

/**
 * Completed matters per second when staff drive the three steps through the API (GET the matter, claim,
 * complete) against the same claims and completions sent as raw Temporal Updates. Both start from matters
 * accepted through the API with the first task open, and end when the last completion has answered.
 */
export async function benchLifecycle(ctx: BenchContext): Promise<Figure[]> {
  const perRun = ctx.quick ? 24 : 100;
  const concurrency = ctx.quick ? 8 : 16;
  const staff = [await ctx.session('clerk'), await ctx.session('minzheng')];
  let seed = 500_000;
  const drive = async (side: 'api' | 'raw'): Promise<LoadResult> => {
    const matters = await prepare(ctx, perRun, seed);
    seed += perRun;
    const result = await closedLoop(perRun, concurrency, (i) =>
      side === 'api' ? driveThroughApi(matters[i], staff) : driveByUpdates(ctx, matters[i]),
    );
    await waitUntil(
      `all ${perRun} matters driven by ${side} to be COMPLETED`,
      async () => (await completedCount(ctx, matters)) === perRun,
      60_000,
    );
    return result;
  };

  ctx.log('warming up (a few matters each way)');
  const warm = await prepare(ctx, 8, 900_000);
  await closedLoop(4, 4, (i) => driveThroughApi(warm[i], staff));
  await closedLoop(4, 4, (i) => driveByUpdates(ctx, warm[4 + i]));

  const pairs: Array<{ api: LoadResult; raw: LoadResult }> = [];
  for (let run = 1; run <= ctx.runs; run++) {
    const order: Array<'api' | 'raw'> = run % 2 === 1 ? ['api', 'raw'] : ['raw', 'api'];
    const results: Partial<Record<'api' | 'raw', LoadResult>> = {};
    for (const side of order) results[side] = await drive(side);
    const pair = { api: results.api!, raw: results.raw! };
    pairs.push(pair);
    ctx.log(
      `lifecycle run ${run}: API ${pair.api.perSecond.toFixed(2)} matters/s, Updates ${pair.raw.perSecond.toFixed(2)} matters/s`,
    );
  }
  const base = {
    section: SECTION,
    baselineName: 'raw Temporal Updates (claimTask, completeTask)',
    note: `${perRun} matters per run, ${concurrency} in flight`,
  };
  return [
    {
      ...base,
      name: 'completed matters per second',
      unit: 'matters/s',
      runs: pairs.map((p) => ({ value: p.api.perSecond, baseline: p.raw.perSecond })),
      goal: { kind: 'atLeast', ratio: 0.8 },
    },
    {
      ...base,
      name: 'p50 time to drive one matter (3 steps)',
      unit: 'ms',
      runs: pairs.map((p) => ({ value: p.api.p50, baseline: p.raw.p50 })),
    },
    {
      ...base,
      name: 'p99 time to drive one matter (3 steps)',
      unit: 'ms',
      runs: pairs.map((p) => ({ value: p.api.p99, baseline: p.raw.p99 })),
    },
  ];
}
