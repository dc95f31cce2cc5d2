import { randomUUID } from 'node:crypto';
import { startProcedure } from '../api/engine/procedure-start';
import type { BenchContext } from './lib/context';
import type { Figure, Run } from './lib/figures';
import { describeCpu, medianCpu, withCpu } from './lib/cpu';
import { closedLoop, type LoadResult } from './lib/measure';
import { floorOf } from './floor/client';

const SECTION = '1. Intake (受理) through the API';
const WARM_UP = 300;

/** Intakes per run; the Flowable peer starts as many instances per run. */
export const intakeCount = (quick: boolean) => (quick ? 100 : 1000);

/**
 * POST /api/matters/intake (checks, receipt number, matter row, audit, workflow start) against starting the same
 * procedure workflow with the same plan straight through the Temporal client. The worker is stopped for both, so
 * each side measures its accept path alone rather than the worker's catch-up on the matters already accepted.
 */
export async function benchIntake(ctx: BenchContext): Promise<Figure[]> {
  const count = intakeCount(ctx.quick);
  const clerks = [await ctx.session('clerk'), await ctx.session('clerk2')];
  const { fixtures, stack, temporal } = ctx;
  let seed = 1;
  // each load also reports the CPU every part of the stack spent per matter: unlike throughput, it holds still
  // when something else runs on the machine, and says where an intake's time goes
  const measured = (load: () => Promise<LoadResult>, pids = stack.pids()) => withCpu(pids, load, () => count);
  const viaApi = (concurrency: number) =>
    measured(() =>
      closedLoop(count, concurrency, async (i) => {
        await clerks[i % 2].expect(201, 'POST', '/matters/intake', fixtures.intakeBody(seed++));
      }),
    );
  const raw = (concurrency: number) =>
    measured(() =>
      closedLoop(count, concurrency, async () => {
        const id = randomUUID();
        await startProcedure(
          temporal,
          stack.taskQueue,
          `bench-raw-${id}`,
          fixtures.rawFacts(id, `RAW-${id.slice(0, 8)}`),
          fixtures.plan,
        );
      }),
    );
  // the same start behind the thinnest Express route (bench/floor/server.ts): what the HTTP hop alone costs
  const floor = await floorOf(stack);
  await floor.call(204, 'PUT', '/plan', fixtures.plan);
  const startViaFloor = async (receiptPrefix: string) => {
    const id = randomUUID();
    await floor.call(201, 'POST', '/intake', {
      workflowId: `bench-floor-${id}`,
      facts: fixtures.rawFacts(id, `${receiptPrefix}-${id.slice(0, 8)}`),
    });
  };
  const viaFloor = (concurrency: number) =>
    measured(() => closedLoop(count, concurrency, () => startViaFloor('FLR')), floor.pids());
  type Measured = Awaited<ReturnType<typeof raw>>;

  await stack.stopWorker();
  // enough calls for V8 to optimise the hot paths on both sides: with 50 the API's CPU per intake still fell by a
  // third from the first measured run to the last
  ctx.log(`warming up (${WARM_UP} intakes, ${WARM_UP} raw starts)`);
  await closedLoop(
    WARM_UP,
    8,
    async () => void (await clerks[0].expect(201, 'POST', '/matters/intake', fixtures.intakeBody(seed++))),
  );
  await closedLoop(WARM_UP, 8, async () => {
    const id = randomUUID();
    await startProcedure(temporal, stack.taskQueue, `bench-raw-${id}`, fixtures.rawFacts(id, 'WARMUP'), fixtures.plan);
  });
  await closedLoop(WARM_UP, 8, () => startViaFloor('WARMUP'));

  const figures: Figure[] = [];
  for (const concurrency of [8, 32]) {
    const pairs: Array<{ api: Measured; raw: Measured; floor: Measured }> = [];
    for (let run = 1; run <= ctx.runs; run++) {
      // alternate which side goes first, so drift (a growing database, a warming server) favours neither
      const first = run % 2 === 1 ? await viaApi(concurrency) : await raw(concurrency);
      const second = run % 2 === 1 ? await raw(concurrency) : await viaApi(concurrency);
      const pair = {
        ...(run % 2 === 1 ? { api: first, raw: second } : { api: second, raw: first }),
        floor: await viaFloor(concurrency),
      };
      pairs.push(pair);
      const said = (r: Measured) => `${r.perSecond.toFixed(1)}/s p99 ${r.p99.toFixed(1)} ms ${describeCpu(r.cpu)}`;
      ctx.log(
        `intake c=${concurrency} run ${run}: API ${said(pair.api)}; raw ${said(pair.raw)}; floor ${said(pair.floor)}`,
      );
    }
    const runs = (pick: (r: Measured) => number, side: 'api' | 'floor' = 'api'): Run[] =>
      pairs.map((p) => ({ value: pick(p[side]), baseline: pick(p.raw) }));
    const base = { section: SECTION, baselineName: 'client.workflow.start, same plan', note: `N = ${count} per run` };
    figures.push(
      {
        ...base,
        name: `throughput, concurrency ${concurrency}`,
        unit: 'matters/s',
        runs: runs((r) => r.perSecond),
        goal: { kind: 'atLeast', ratio: 0.9 },
        peerKey: `starts.perSecond.${concurrency}`,
      },
      {
        ...base,
        name: `p50 latency, concurrency ${concurrency}`,
        unit: 'ms',
        runs: runs((r) => r.p50),
        peerKey: `starts.p50.${concurrency}`,
      },
      { ...base, name: `p99 latency, concurrency ${concurrency}`, unit: 'ms', runs: runs((r) => r.p99) },
      {
        ...base,
        name: `CPU per matter, all stack processes, concurrency ${concurrency}`,
        unit: 'ms',
        runs: runs((r) => r.cpu.total),
      },
      {
        ...base,
        name: `floor: the same start behind the thinnest Express route, throughput, concurrency ${concurrency}`,
        unit: 'matters/s',
        runs: runs((r) => r.perSecond, 'floor'),
      },
    );
    const parts = (side: 'api' | 'raw' | 'floor') => describeCpu(medianCpu(pairs.map((p) => p[side].cpu)));
    ctx.notes.push(
      `Intake CPU per matter at concurrency ${concurrency} (medians of the runs, ms): through the API ${parts('api')}; raw start ${parts('raw')}; the same start behind the thinnest Express route ${parts('floor')}.`,
    );
  }
  stack.startWorker();
  return figures;
}
