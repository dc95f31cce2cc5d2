import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { BenchContext } from '../lib/context';
import type { BenchStack } from '../lib/stack';
import { closedLoop, type LoadResult } from '../lib/measure';
import { STEP_FLOOR_TASK_QUEUE, bareStep, finishFloor } from './contract';
import type { stepFloorWorkflow } from './workflows';

const workers = new WeakMap<BenchStack, ChildProcess>();

/** `howMany` floor workflows, started (not timed) on the floor's worker, which runs beside the product's from the first call. */
export function startFloorWorkflows(ctx: BenchContext, howMany: number) {
  if (!workers.has(ctx.stack))
    workers.set(ctx.stack, ctx.stack.spawn('step-floor-worker', 'bench/step-floor/worker.ts'));
  return Promise.all(
    Array.from({ length: howMany }, () =>
      ctx.temporal.workflow.start<typeof stepFloorWorkflow>('stepFloorWorkflow', {
        taskQueue: STEP_FLOOR_TASK_QUEUE,
        workflowId: `bench-step-floor-${randomUUID()}`,
      }),
    ),
  );
}

/**
 * The lifecycle's load with nothing in the steps: `workflows` floor workflows started beforehand (not timed), each
 * sent `updates` bare Updates in turn, `concurrency` workflows at a time. Answers the per-workflow load and every
 * Update's time. Its worker (bench/step-floor/worker.ts) runs beside the product's, started once per stack.
 */
export async function driveStepFloor(
  ctx: BenchContext,
  workflows: number,
  concurrency: number,
  updates: number,
): Promise<{ load: LoadResult; steps: number[] }> {
  const handles = await startFloorWorkflows(ctx, workflows);
  const steps: number[] = [];
  const load = await closedLoop(workflows, concurrency, async (i) => {
    for (let u = 0; u < updates; u++) {
      const t0 = performance.now();
      await handles[i].executeUpdate(bareStep);
      steps.push(performance.now() - t0);
    }
  });
  await Promise.all(handles.map((h) => h.signal(finishFloor)));
  return { load, steps };
}
