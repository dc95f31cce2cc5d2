import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { claimTask, completeTask, getState, type ProcedureState } from '../workflows/procedure-contract';
import type { BenchContext } from './lib/context';
import type { Figure } from './lib/figures';
import { publishOwnProcedure } from './lib/own-procedure';
import { closedLoop, waitUntil } from './lib/measure';

const SECTION = '13. Multi-instance (会签): 50 parallel instances of a user task';
const INSTANCES = 50;

const NS =
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ow="http://onewindow.gov.cn/schema/bpmn/1.0" ' +
  'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"';
const userTask = (id: string, name: string, candidates: string, loop = '') =>
  `<bpmn:userTask id="${id}" name="${name}"><bpmn:extensionElements>${candidates}<ow:Step kind="review" /></bpmn:extensionElements>${loop}</bpmn:userTask>`;
const lead = '<ow:Candidates department="$lead" role="APPROVER" />';
const flow = (id: string, from: string, to: string) =>
  `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}" />`;
const procedure = (key: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions ${NS} id="Defs_${key}" targetNamespace="http://onewindow.gov.cn/bench">` +
  `<bpmn:process id="${key}" isExecutable="true"><bpmn:startEvent id="Start" />` +
  userTask('Receive', '受理', '<ow:Candidates department="$accepting" role="CLERK" />') +
  `${body}<bpmn:endEvent id="End"><bpmn:extensionElements><ow:Outcome value="COMPLETED" /></bpmn:extensionElements></bpmn:endEvent>` +
  `${flow('F_start', 'Start', 'Receive')}</bpmn:process></bpmn:definitions>`;

/** 受理, then one user task run as 50 parallel instances over a FEEL list (会签 by all), then 办结. */
const multiInstance = (key: string) =>
  procedure(
    key,
    userTask(
      'Sign',
      '会签',
      lead,
      `<bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=for i in 1..${INSTANCES} return i" inputElement="n" /></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics>`,
    ) +
      flow('F_in', 'Receive', 'Sign') +
      flow('F_out', 'Sign', 'End'),
  );

/** The baseline: 受理, then a parallel split into 50 plain user tasks and their join, then 办结. */
const parallelSplit = (key: string) => {
  const ids = Array.from({ length: INSTANCES }, (_, i) => `Sign_${i + 1}`);
  return procedure(
    key,
    '<bpmn:parallelGateway id="Split" /><bpmn:parallelGateway id="Join" />' +
      ids
        .map((id) => userTask(id, '会签', lead) + flow(`F_in_${id}`, 'Split', id) + flow(`F_out_${id}`, id, 'Join'))
        .join('') +
      flow('F_split', 'Receive', 'Split') +
      flow('F_join', 'Join', 'End'),
  );
};

/** A procedure of the bench's own and its item; answers the item's code. */
const publish = async (ctx: BenchContext, key: string, xml: string) =>
  (
    await publishOwnProcedure(ctx, {
      key,
      itemCode: key.toUpperCase(),
      name: `基准测试：${key}`,
      itemName: '基准测试事项（会签）',
      xml,
    })
  ).itemCode;

/**
 * Tasks completed per second on matters whose 50 instances open together: 受理 completed, then the 50 open tasks
 * claimed and completed (8 at once per matter, raw Updates), until the matter is done. The 50 tasks behind a parallel
 * split are the baseline: the same tasks, the same Updates, another way of opening them.
 */
export async function benchMultiInstance(ctx: BenchContext): Promise<Figure[]> {
  const perRun = ctx.quick ? 2 : 6;
  const clerk = await ctx.session('clerk');
  const { actors } = ctx.fixtures;
  let seed = 800_000;

  const accept = async (itemCode: string, howMany: number): Promise<string[]> => {
    const ids: string[] = [];
    await closedLoop(howMany, 4, async (i) => {
      const body = { ...ctx.fixtures.intakeBody(seed + i), itemCode };
      const { matter } = await clerk.expect<{ matter: { id: string } }>(201, 'POST', '/matters/intake', body);
      ids.push(matter.id);
    });
    seed += howMany;
    const { rows } = await ctx.pool.query<{ workflowId: string }>(
      `SELECT "workflowId" FROM "Matter" WHERE id = ANY($1)`,
      [ids],
    );
    return rows.map((r) => r.workflowId);
  };
  const openTasks = (state: ProcedureState) => state.tasks.filter((t) => t.state === 'OPEN').map((t) => t.taskKey);

  /** One matter from its window step to 办结; answers how many tasks it completed after the window's. */
  const drive = async (workflowId: string): Promise<number> => {
    const handle = ctx.temporal.workflow.getHandle(workflowId);
    const [receive] = await waitUntil(
      'the window task',
      async () => {
        const open = openTasks(await handle.query(getState));
        return open.length > 0 && open;
      },
      60_000,
    );
    await handle.executeUpdate(claimTask, { args: [{ taskKey: receive, actor: actors.clerk }] });
    const after = await handle.executeUpdate(completeTask, {
      args: [{ taskKey: receive, actor: actors.clerk, decision: 'complete', comment: '受理' }],
    });
    const signs = openTasks(after);
    if (signs.length !== INSTANCES) throw new Error(`${workflowId}: ${signs.length} tasks open, not ${INSTANCES}`);
    await closedLoop(signs.length, 8, async (i) => {
      const taskKey = signs[i];
      await handle.executeUpdate(claimTask, { args: [{ taskKey, actor: actors.minzheng }] });
      await handle.executeUpdate(completeTask, {
        args: [{ taskKey, actor: actors.minzheng, decision: 'complete', comment: '同意' }],
      });
    });
    await waitUntil('办结', async () => (await handle.query(getState)).status === 'COMPLETED', 60_000);
    return signs.length;
  };

  const tasksPerSecond = async (itemCode: string): Promise<number> => {
    const workflowIds = await accept(itemCode, perRun);
    const t0 = performance.now();
    let tasks = 0;
    await closedLoop(perRun, 2, async (i) => {
      tasks += await drive(workflowIds[i]);
    });
    return tasks / ((performance.now() - t0) / 1000);
  };

  const tag = randomUUID().slice(0, 8);
  const miItem = await publish(ctx, `bench-mi-${tag}`, multiInstance(`bench_mi_${tag}`));
  const splitItem = await publish(ctx, `bench-split-${tag}`, parallelSplit(`bench_split_${tag}`));
  ctx.log('warming up (one matter each way)');
  await closedLoop(1, 1, async () => void (await drive((await accept(miItem, 1))[0])));
  await closedLoop(1, 1, async () => void (await drive((await accept(splitItem, 1))[0])));

  const runs: Array<{ value: number; baseline: number }> = [];
  for (let run = 1; run <= ctx.runs; run++) {
    const splitFirst = run % 2 === 0;
    const split = splitFirst ? await tasksPerSecond(splitItem) : undefined;
    const value = await tasksPerSecond(miItem);
    const baseline = split ?? (await tasksPerSecond(splitItem));
    runs.push({ value, baseline });
    ctx.log(`multi-instance run ${run}: ${value.toFixed(1)} tasks/s, parallel split ${baseline.toFixed(1)} tasks/s`);
  }
  return [
    {
      section: SECTION,
      name: `tasks completed per second, ${INSTANCES} instances opened together`,
      unit: 'tasks/s',
      baselineName: `the same ${INSTANCES} user tasks behind a parallel split and join`,
      runs,
      goal: { kind: 'atLeast', ratio: 0.8 },
      note: `${perRun} matters per run, 2 at once, each's ${INSTANCES} tasks claimed and completed 8 at a time by raw Updates`,
    },
  ];
}
