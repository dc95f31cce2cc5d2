import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchContext } from './lib/context';
import { count } from './lib/db';
import type { Figure } from './lib/figures';
import { closedLoop, waitUntil } from './lib/measure';
import { publishOwnProcedure } from './lib/own-procedure';
import { continueFloor, finishFloor } from './step-floor/contract';
import { startFloorWorkflows } from './step-floor/drive';

const SECTION = '11. Version migration: running matters moved to a new version by a batch';
const threeTasks = readFileSync(path.join(__dirname, 'bpmn', 'three-tasks.bpmn'), 'utf8');
/** v2 renames the window step, so every matter's open task needs the mapping. */
const receiveOf = (version: number) => (version % 2 === 1 ? 'Task_Receive' : 'Task_Intake');
const versionXml = (version: number) => threeTasks.replaceAll('Task_Receive', receiveOf(version));

export const migrationLoad = (quick: boolean) => ({ perRun: quick ? 20 : 100 });

/** A procedure of the bench's own (the three-task one) and its item, one per run: a batch takes only that run's matters. */
const prepareProcedure = (ctx: BenchContext, tag: string) =>
  publishOwnProcedure(ctx, {
    key: `bench-migration-${tag}`,
    itemCode: `BENCH-MIG-${tag.toUpperCase()}`,
    name: '基准测试：版本迁移',
    itemName: '基准测试事项（迁移）',
    xml: versionXml(1),
  });

/**
 * Matters per second moved to the next version by a migration batch (POST /procedures/:id/migrations until its
 * progress says finished: one matter at a time, each an Update that rewrites its tokens and task rows, records the
 * migration and continues as new on the target's plan), against the floor of that move: the same number of bare
 * workflows each told by an Update, one at a time, to continue as new, on the same server in the same run.
 */
export async function benchMigration(ctx: BenchContext): Promise<Figure[]> {
  const { perRun } = migrationLoad(ctx.quick);
  let seed = 700_000;

  /**
   * A fresh procedure with `howMany` matters accepted on v1 (their window tasks open), then v2 published; answers
   * the batch from v1 to v2, timed from its start to its progress saying finished.
   */
  const migratedPerSecond = async (tag: string, howMany: number): Promise<() => Promise<number>> => {
    const { designer, procedureId, itemCode } = await prepareProcedure(ctx, tag);
    const clerk = await ctx.session('clerk');
    const ids: string[] = [];
    await closedLoop(howMany, 8, async (i) => {
      const body = { ...ctx.fixtures.intakeBody(seed + i), itemCode };
      ids.push((await clerk.expect<{ matter: { id: string } }>(201, 'POST', '/matters/intake', body)).matter.id);
    });
    seed += howMany;
    await waitUntil(
      'the window tasks to open',
      async () =>
        (await count(ctx.pool, `SELECT count(*) AS n FROM "Task" WHERE "matterId" = ANY($1) AND status = 'OPEN'`, [
          ids,
        ])) === howMany,
      300_000,
    );
    await designer.expect(200, 'PUT', `/procedures/${procedureId}`, { draftXml: versionXml(2) });
    await designer.expect(201, 'POST', `/procedures/${procedureId}/publish`);
    return async () => {
      const t0 = performance.now();
      const batch = await designer.expect<{ id: string }>(201, 'POST', `/procedures/${procedureId}/migrations`, {
        fromVersion: 1,
        toVersion: 2,
        mapping: { [receiveOf(1)]: receiveOf(2) },
      });
      const done = await waitUntil(
        'the migration batch to finish',
        async () => {
          const { progress } = await designer.expect<{ progress?: { finished: boolean; migrated: number } }>(
            200,
            'GET',
            `/migrations/${batch.id}`,
          );
          return progress?.finished && progress;
        },
        600_000,
        50,
      );
      const seconds = (performance.now() - t0) / 1000;
      if (done.migrated !== howMany) throw new Error(`the batch migrated ${done.migrated} of ${howMany} matters`);
      return howMany / seconds;
    };
  };

  /** The floor: bare workflows each continued as new by an Update, one at a time. */
  const continueBare = async (howMany: number): Promise<number> => {
    const handles = await startFloorWorkflows(ctx, howMany);
    const t0 = performance.now();
    for (const handle of handles) await handle.executeUpdate(continueFloor);
    const seconds = (performance.now() - t0) / 1000;
    await Promise.all(handles.map((h) => h.signal(finishFloor)));
    return howMany / seconds;
  };

  ctx.log('warming up (a few matters each way)');
  await (
    await migratedPerSecond('warm', 4)
  )();
  await continueBare(4);

  const runs: Array<{ value: number; baseline: number }> = [];
  for (let run = 1; run <= ctx.runs; run++) {
    const migrateBatch = await migratedPerSecond(`run${run}`, perRun);
    const bareFirst = run % 2 === 0;
    const bare = bareFirst ? await continueBare(perRun) : undefined;
    const value = await migrateBatch();
    const baseline = bare ?? (await continueBare(perRun));
    runs.push({ value, baseline });
    ctx.log(
      `migration run ${run}: batch ${value.toFixed(1)} matters/s, bare continue-as-new ${baseline.toFixed(1)} workflows/s`,
    );
  }
  return [
    {
      section: SECTION,
      name: 'matters migrated per second by a batch',
      unit: 'matters/s',
      baselineName: 'bare continue-as-new of as many workflows, each told by an Update, one at a time',
      runs,
      goal: { kind: 'atLeast', ratio: 0.5 },
      note: `${perRun} matters per run, each with its window task open and a renamed element to map`,
    },
  ];
}
