import { performance } from 'node:perf_hooks';
import { claimTask, completeTask, type Actor, type ProcedureState } from '../workflows/procedure-contract';
import type { ApiSession } from './lib/api-session';
import type { BenchContext } from './lib/context';
import { count } from './lib/db';
import type { Figure } from './lib/figures';
import { closedLoop, percentile, waitUntil, type LoadResult } from './lib/measure';
import { driveStepFloor } from './step-floor/drive';

const SECTION = '2. Lifecycle: three user tasks to 办结';
const STEPS = 3;

/** Matters per run and in flight; the Flowable peer drives its instances at the same concurrency. */
export const lifecycleLoad = (quick: boolean) => ({ perRun: quick ? 24 : 100, concurrency: quick ? 8 : 16 });

/** The time of each claim and each complete of a run, in ms. */
interface StepTimes {
  claim: number[];
  complete: number[];
}
const noSteps = (): StepTimes => ({ claim: [], complete: [] });

async function timed<T>(into: number[], step: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const answer = await step();
  into.push(performance.now() - t0);
  return answer;
}

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
async function driveThroughApi(matter: Prepared, staff: ApiSession[], times = noSteps()): Promise<void> {
  for (let step = 0; step < STEPS; step++) {
    const api = staff[step === 0 ? 0 : 1];
    const detail = await api.expect<{ tasks: Array<{ id: string; status: string }> }>(
      200,
      'GET',
      `/matters/${matter.id}`,
    );
    const task = detail.tasks.find((t) => t.status === 'OPEN');
    if (!task) throw new Error(`matter ${matter.id} has no open task at step ${step + 1}`);
    await timed(times.claim, () => api.expect(200, 'POST', `/tasks/${task.id}/claim`));
    await timed(times.complete, () =>
      api.expect(200, 'POST', `/tasks/${task.id}/complete`, { decision: 'complete', comment: '同意' }),
    );
  }
}

/** The same moves as raw Updates; each Update answers the workflow's state, which names the next task. */
async function driveByUpdates(ctx: BenchContext, matter: Prepared, times = noSteps()): Promise<void> {
  const handle = ctx.temporal.workflow.getHandle(matter.workflowId);
  const actors: Actor[] = [ctx.fixtures.actors.clerk, ctx.fixtures.actors.minzheng, ctx.fixtures.actors.minzheng];
  let taskKey: string | undefined = matter.firstTaskKey;
  for (let step = 0; step < STEPS; step++) {
    if (!taskKey) throw new Error(`workflow ${matter.workflowId} has no open task at step ${step + 1}`);
    const actor = actors[step];
    const key = taskKey;
    await timed(times.claim, () => handle.executeUpdate(claimTask, { args: [{ taskKey: key, actor }] }));
    const state: ProcedureState = await timed(times.complete, () =>
      handle.executeUpdate(completeTask, { args: [{ taskKey: key, actor, decision: 'complete', comment: '同意' }] }),
    );
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
  const { perRun, concurrency } = lifecycleLoad(ctx.quick);
  const staff = [await ctx.session('clerk'), await ctx.session('minzheng')];
  let seed = 500_000;
  type Driven = LoadResult & { steps: StepTimes };
  const drive = async (side: 'api' | 'raw'): Promise<Driven> => {
    const matters = await prepare(ctx, perRun, seed);
    seed += perRun;
    const steps = noSteps();
    const load = await closedLoop(perRun, concurrency, (i) =>
      side === 'api' ? driveThroughApi(matters[i], staff, steps) : driveByUpdates(ctx, matters[i], steps),
    );
    const result = { ...load, steps };
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
  // the floor of a step: the same number of Updates per workflow, at the same concurrency, with handlers that do nothing
  const floorUpdates = 2 * STEPS;
  await driveStepFloor(ctx, 8, 4, floorUpdates);

  const pairs: Array<{ api: Driven; raw: Driven; floor: number[] }> = [];
  for (let run = 1; run <= ctx.runs; run++) {
    const order: Array<'api' | 'raw'> = run % 2 === 1 ? ['api', 'raw'] : ['raw', 'api'];
    const results: Partial<Record<'api' | 'raw', Driven>> = {};
    for (const side of order) results[side] = await drive(side);
    const floor = (await driveStepFloor(ctx, perRun, concurrency, floorUpdates)).steps;
    const pair = { api: results.api!, raw: results.raw!, floor };
    pairs.push(pair);
    const p50 = (samples: number[]) => percentile(samples, 50).toFixed(0);
    ctx.log(
      `lifecycle run ${run}: API ${pair.api.perSecond.toFixed(2)} matters/s (claim p50 ${p50(pair.api.steps.claim)} ms, complete ${p50(pair.api.steps.complete)} ms), Updates ${pair.raw.perSecond.toFixed(2)} matters/s (claim ${p50(pair.raw.steps.claim)} ms, complete ${p50(pair.raw.steps.complete)} ms), bare Update p50 ${p50(floor)} ms`,
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
      peerKey: 'lifecycle.perSecond',
    },
    {
      ...base,
      name: 'p50 time to drive one matter (3 steps)',
      unit: 'ms',
      runs: pairs.map((p) => ({ value: p.api.p50, baseline: p.raw.p50 })),
      peerKey: 'lifecycle.p50',
    },
    {
      ...base,
      name: 'p99 time to drive one matter (3 steps)',
      unit: 'ms',
      runs: pairs.map((p) => ({ value: p.api.p99, baseline: p.raw.p99 })),
    },
    ...stepFigures(
      pairs,
      `${perRun} matters per run, ${concurrency} in flight; the floor: ${perRun} workflows × ${floorUpdates} Updates`,
    ),
  ];
}

/** Each step's p50 against the floor of a step: a bare Update at the same concurrency on the same server. */
function stepFigures(
  pairs: Array<{ api: { steps: StepTimes }; raw: { steps: StepTimes }; floor: number[] }>,
  note: string,
): Figure[] {
  const base = {
    section: SECTION,
    baselineName: 'the floor of a step: a Temporal Update whose handler does nothing',
    unit: 'ms',
    note,
  };
  const p50 = (samples: number[]) => percentile(samples, 50);
  const against = (pick: (p: (typeof pairs)[number]) => number[]) =>
    pairs.map((p) => ({ value: p50(pick(p)), baseline: p50(p.floor) }));
  return [
    {
      ...base,
      name: 'p50 of one claim through the API',
      runs: against((p) => p.api.steps.claim),
      peerKey: 'step.claim.p50',
    },
    {
      ...base,
      name: 'p50 of one complete through the API',
      runs: against((p) => p.api.steps.complete),
      peerKey: 'step.complete.p50',
    },
    { ...base, name: 'p50 of one claimTask Update (raw)', runs: against((p) => p.raw.steps.claim) },
    { ...base, name: 'p50 of one completeTask Update (raw)', runs: against((p) => p.raw.steps.complete) },
  ];
}
