import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileBpmn } from '../bpmn/compiler';
import type { ProcedurePlan } from '../bpmn/plan';
import type { ChildProcess } from 'node:child_process';
import { stopChild } from '../scripts/lib/temporal-server';
import { startProcedure } from '../api/engine/procedure-start';
import { calendarChanged } from '../workflows/procedure-contract';
import { DEADLINE_TASK_QUEUE, DUE_TABLE } from './deadline/activities';
import { rearmTimer, timerWorkflowId } from './deadline/contract';
import type { BenchContext } from './lib/context';
import { count } from './lib/db';
import type { Figure, Run } from './lib/figures';
import {
  closedLoop,
  loadWhile,
  percentile,
  pollUntil,
  sleep,
  timedLoop,
  waitUntil,
  type LoadResult,
} from './lib/measure';

const SECTION = '4. Deadlines: overdue timers firing together';
const ITEM_CODE = 'BENCH-DL';
const API_USERS = 8;
const IDLE_SAMPLE_MS = 5000;
const WORKER_HEAP_MIB = 12_288;

interface Row {
  id: string;
  receiptNo: string;
  workflowId: string;
}

/**
 * The matters wait for a message: the deadline clock is the same for every plan, and a plan without a first task
 * keeps 10,000 starts affordable. Not the higher authority's answer (上报件): waiting for that stops the clock
 * (docs/time-limits.md), and a stopped clock arms no timer.
 */
function waitingPlan(): ProcedurePlan {
  const compiled = compileBpmn(readFileSync(path.join(__dirname, 'bpmn', 'await-message.bpmn'), 'utf8'));
  if (!compiled.ok) throw new Error(`bench/bpmn/await-message.bpmn: ${compiled.problems[0]?.messageEn}`);
  return compiled.plan;
}

const ofBench = `"itemCode" = '${ITEM_CODE}'`;

async function seedMatters(ctx: BenchContext, howMany: number): Promise<Row[]> {
  const { fixtures } = ctx;
  await ctx.pool.query(
    `INSERT INTO "Matter" (id, "receiptNo", "idempotencyKey", "workflowId", "itemId", "procedureVersionId", kind, status, "applicantName",
       "applicantIdCipher", "applicantIdMasked", "applicantIdDigest", "applicantPhoneCipher", "phoneLast4", "acceptedById",
       "acceptedDepartmentCode", "itemCode", "itemName", "leadDepartmentCode", "departmentCodes", "acceptedAt", "acceptedOn",
       "promisedDays", "statutoryDays", materials, "updatedAt")
     SELECT gen_random_uuid()::text, 'DL' || lpad(i::text, 8, '0'), 'bench-dl-' || i, 'matter-DL' || lpad(i::text, 8, '0'), $1, $2,
       'PROMISED', 'IN_PROGRESS', '张三', 'v1:bench', '110101********0011', md5(i::text), 'v1:bench', '0000', $3, 'WINDOW', $4,
       '基准测试事项', 'MINZHENG', '{MINZHENG}', now(), to_char(now(), 'YYYY-MM-DD'), 10, 20, '[]', now()
     FROM generate_series(1, $5) AS i`,
    [fixtures.itemId, fixtures.procedureVersionId, fixtures.actors.clerk.userId, ITEM_CODE, howMany],
  );
  const { rows } = await ctx.pool.query<Row>(`SELECT id, "receiptNo", "workflowId" FROM "Matter" WHERE ${ofBench}`);
  return rows;
}

async function setDueInstant(ctx: BenchContext, at: Date): Promise<void> {
  await ctx.pool.query(`DELETE FROM ${DUE_TABLE}`);
  await ctx.pool.query(`INSERT INTO ${DUE_TABLE} (due_at) VALUES ($1)`, [at]);
}

/** Lags (ms) from the due instant to the warning write, per matter, as the rows record them. */
async function lags(ctx: BenchContext, dueAt: Date): Promise<number[]> {
  const { rows } = await ctx.pool.query<{ lag: number }>(
    `SELECT extract(epoch FROM ("updatedAt" - $1::timestamp)) * 1000 AS lag FROM "Matter" WHERE ${ofBench} AND "warningLevel" = 'RED'`,
    [dueAt],
  );
  return rows.map((r) => Number(r.lag));
}

interface Firing {
  lagP50: number;
  lagP99: number;
  lastVisibleMs: number;
  apiDuring?: LoadResult;
  /** due instant → the API's matter list shows RED, per matter (ms) */
  visibleP50?: number;
  visibleP99?: number;
}

/**
 * Asks the API, one request after another from just before `dueAt`, how many of the bench matters it shows RED, until
 * it shows them all: a matter's visible lag is the end of the first answer that counted it, minus the due instant.
 */
async function visibleLags(shownRed: () => Promise<number>, total: number, dueAt: Date): Promise<number[]> {
  const lags: number[] = [];
  for (;;) {
    const shown = await shownRed();
    const lag = Date.now() - dueAt.getTime();
    if (shown > 0 && lag < 0)
      throw new Error(`the API showed ${shown} bench matters RED ${-lag} ms before they were due`);
    while (lags.length < Math.min(shown, total)) lags.push(lag);
    if (lags.length >= total) return lags;
    if (lag > 45 * 60_000)
      throw new Error(`the API shows ${shown} of ${total} bench matters RED 45 min after the instant`);
  }
}

/**
 * Waits for `dueAt`, then polls until every bench matter shows RED; meanwhile staff keep asking for their inbox
 * (when `api` is given). The lag of each matter is its row's write time minus the due instant; the polled
 * moment the last one became visible is kept as a cross-check.
 */
async function observeFiring(
  ctx: BenchContext,
  total: number,
  dueAt: Date,
  api?: () => Promise<void>,
  shownRed?: () => Promise<number>,
): Promise<Firing> {
  const untilDue = dueAt.getTime() - Date.now();
  if (untilDue < 1000) throw new Error(`preparation overran the due instant by ${-untilDue} ms: raise the lead time`);
  await sleep(untilDue - 1000);
  let allVisible = false;
  const load = api ? loadWhile(() => !allVisible, API_USERS, api) : undefined;
  const visible = shownRed ? visibleLags(shownRed, total, dueAt) : undefined;
  await waitUntil(
    'every overdue mark',
    async () =>
      (await count(ctx.pool, `SELECT count(*) AS n FROM "Matter" WHERE ${ofBench} AND "warningLevel" = 'RED'`)) ===
      total,
    45 * 60_000,
    100,
  );
  const lastVisibleMs = Date.now() - dueAt.getTime();
  allVisible = true;
  const apiDuring = load ? await load : undefined;
  const measured = await lags(ctx, dueAt);
  // the row's updatedAt is Prisma's clock at the write; a negative lag would mean the column is not what we think
  if (measured.length !== total || percentile(measured, 1) < -50)
    throw new Error(`implausible lags (${measured.length} rows, min ${percentile(measured, 0)} ms)`);
  const shown = visible ? await visible : undefined;
  return {
    lagP50: percentile(measured, 50),
    lagP99: percentile(measured, 99),
    lastVisibleMs,
    apiDuring,
    ...(shown ? { visibleP50: percentile(shown, 50), visibleP99: percentile(shown, 99) } : {}),
  };
}

/**
 * 10,000 matters (500 in quick mode) whose overdue timers are due at one instant: the lag until RED is stored,
 * and GET /api/tasks meanwhile. Baseline: the same number of bare Temporal timers at one instant, each followed
 * by the same one-row write, while the same staff ask for their inbox. The matters run the real interpreter on a
 * bench worker whose only stand-in is the deadline computation (bench/deadline/activities.ts); each round re-arms
 * their timers with calendarChanged, and then the bare timers with rearmTimer, each side firing once all of its
 * timers are armed.
 */
export async function benchDeadlines(ctx: BenchContext): Promise<Figure[]> {
  const total = ctx.deadlineMatters ?? (ctx.quick ? 500 : 10_000);
  const clerk = [await ctx.session('clerk'), await ctx.session('clerk2')];
  const inbox = async (user = 0) =>
    void (await clerk[user % 2].expect(200, 'GET', '/tasks?scope=department&sort=dueAt&order=ASC&page=1&perPage=25'));
  const manager = await ctx.session('manager');
  const shownRed = async () =>
    (await manager.expect<{ total: number }>(200, 'GET', `/matters?itemCode=${ITEM_CODE}&warningLevel=RED&perPage=1`))
      .total;
  await ctx.pool.query(`CREATE TABLE IF NOT EXISTS ${DUE_TABLE} (due_at timestamptz NOT NULL)`);
  const farDueAt = new Date(Date.now() + 86_400_000);
  await setDueInstant(ctx, farDueAt);
  // every matter and every bare timer workflow fits the cache: none is replayed when it wakes
  const cache = 2 * total + 100;
  ctx.notes.push(
    `Deadlines: the bench worker runs with WORKER_MAX_CACHED_WORKFLOWS=${cache} and a ${WORKER_HEAP_MIB} MiB heap limit (the SDK default would be 2,310 at node's default heap), for the product's matters and the baseline's timers alike.`,
  );
  const worker: ChildProcess = ctx.stack.spawn('deadline-worker', 'bench/deadline/worker.ts', {
    WORKER_MAX_CACHED_WORKFLOWS: String(cache),
    NODE_OPTIONS: `--max-old-space-size=${WORKER_HEAP_MIB}`,
  });
  try {
    const rows = await seedMatters(ctx, total);
    const plan = waitingPlan();
    const startAll = () =>
      closedLoop(total, 32, async (i) => {
        const m = rows[i];
        await startProcedure(
          ctx.temporal,
          DEADLINE_TASK_QUEUE,
          m.workflowId,
          ctx.fixtures.rawFacts(m.id, m.receiptNo),
          plan,
        );
      });
    const signalMatters = (howMany = total) =>
      closedLoop(howMany, 32, (i) => ctx.temporal.workflow.getHandle(rows[i].workflowId).signal(calendarChanged));
    const rearmTimers = () =>
      closedLoop(total, 32, (i) => ctx.temporal.workflow.getHandle(timerWorkflowId(rows[i].id)).signal(rearmTimer));
    /** Whether `howMany` rows are armed at `dueAt` (the instant stored and YELLOW), as either side's re-arm writes them. */
    const armed = async (dueAt: Date, howMany = total) =>
      (await count(
        ctx.pool,
        `SELECT count(*) AS n FROM "Matter" WHERE ${ofBench} AND "dueAt" = $1 AND "warningLevel" = 'YELLOW'`,
        [dueAt],
      )) === howMany;
    const armedAt = (dueAt: Date, what: string, timeoutMs: number, howMany = total, pollMs = 500) =>
      waitUntil(what, () => armed(dueAt, howMany), timeoutMs, pollMs);

    // every matter starts with its deadline a day away; each round then moves the instant and re-arms them all, so
    // a machine slower than expected delays a round instead of overrunning its due instant
    const started = performance.now();
    await startAll();
    await armedAt(farDueAt, 'every bench matter to run with its deadline armed', 30 * 60_000, total, 1000);
    const startSeconds = (performance.now() - started) / 1000;
    ctx.notes.push(
      `Deadlines: starting ${total.toLocaleString('en-US')} matters on the bench worker (each waiting for a message, its deadline armed) took ${startSeconds.toFixed(0)} s.`,
    );
    ctx.log(`deadline bench: ${total} matters running after ${startSeconds.toFixed(0)} s`);
    // the baseline's timers, started once like the matters and idle until a round re-arms them
    await closedLoop(total, 32, (i) =>
      ctx.temporal.workflow
        .start('overdueTimerWorkflow', {
          taskQueue: DEADLINE_TASK_QUEUE,
          workflowId: timerWorkflowId(rows[i].id),
          args: [{ matterId: rows[i].id }],
        })
        .then(() => undefined),
    );

    // re-arming a pilot tells how long re-arming them all takes, which sets the first round's lead time
    const pilot = Math.min(500, total);
    const pilotStarted = Date.now();
    const pilotDueAt = new Date(farDueAt.getTime() + 3_600_000);
    await setDueInstant(ctx, pilotDueAt);
    await signalMatters(pilot);
    await armedAt(pilotDueAt, 'the pilot matters re-armed', 10 * 60_000, pilot, 250);
    // the whole goes slower than the pilot's pace: at 10,000 (2026-12-05) the pilot foretold 212 s, the whole took 484
    let longestRearmMs = (((Date.now() - pilotStarted) * total) / pilot) * (total > pilot ? 2 : 1);
    /**
     * Moves the instant, re-arms one side's timers and waits until every one is armed; the instant. The lead is 1.5
     * times the longest re-arm so far on either side; a re-arm that overruns it (round 2's took twice round 1's at
     * 10,000 on 2026-12-05) is done again at an instant further off, rather than ending the bench.
     */
    const rearm = async (run: number, what: string, signalEvery: () => Promise<unknown>): Promise<Date> => {
      for (let attempt = 1; ; attempt++) {
        const dueAt = new Date(Date.now() + Math.max(30_000, longestRearmMs * 1.5 + IDLE_SAMPLE_MS + 15_000));
        const started = Date.now();
        await setDueInstant(ctx, dueAt);
        await signalEvery();
        const done = await pollUntil(
          () => armed(dueAt),
          Math.max(1000, dueAt.getTime() - Date.now() - IDLE_SAMPLE_MS),
          500,
        );
        const ms = Date.now() - started;
        longestRearmMs = Math.max(longestRearmMs, ms);
        if (done) {
          ctx.log(
            `deadline run ${run}: ${total} ${what}s re-armed in ${(ms / 1000).toFixed(0)} s, ${((dueAt.getTime() - Date.now()) / 1000).toFixed(0)} s before the instant`,
          );
          return dueAt;
        }
        if (attempt === 3) throw new Error(`re-arming the ${what}s overran their lead time three times`);
        ctx.log(
          `deadline run ${run}: re-arming the ${what}s overran its lead time (${(ms / 1000).toFixed(0)} s); again, further off`,
        );
      }
    };

    // each round re-arms every timer at a new instant (a round of 10,000 costs ten minutes or more here)
    const rounds = ctx.runs;
    const lagRuns: Array<{ p50: Run; p99: Run }> = [];
    const visibleRuns: Array<{ p50: Run; p99: Run }> = [];
    const apiRuns: Run[] = [];
    for (let run = 1; run <= rounds; run++) {
      const dueAt = await rearm(run, 'matter', signalMatters);
      const idle = await timedLoop(Math.min(IDLE_SAMPLE_MS, dueAt.getTime() - Date.now() - 1500), API_USERS, inbox);
      const firing = await observeFiring(ctx, total, dueAt, inbox, shownRed);

      // the baseline: bare timers re-armed the same way at one instant, then the same write
      await ctx.pool.query(`UPDATE "Matter" SET "warningLevel" = 'NONE' WHERE ${ofBench}`);
      const timersDueAt = await rearm(run, 'bare timer', rearmTimers);
      // under the same staff load as the matters: the lags compare the firings, not a busy machine with a quiet one
      const baseline = await observeFiring(ctx, total, timersDueAt, inbox);

      lagRuns.push({
        p50: { value: firing.lagP50, baseline: baseline.lagP50 },
        p99: { value: firing.lagP99, baseline: baseline.lagP99 },
      });
      apiRuns.push({ value: firing.apiDuring!.p99, baseline: idle.p99 });
      // what people saw before the colour was derived at read time: the stored mark, written by the timers
      visibleRuns.push({
        p50: { value: firing.visibleP50!, baseline: firing.lagP50 },
        p99: { value: firing.visibleP99!, baseline: firing.lagP99 },
      });
      // a round lasts the better part of an hour here: keep each one, so a run cut off still leaves what it measured
      appendFileSync(
        path.join(ctx.stack.dataDir, 'deadline-rounds.jsonl'),
        `${JSON.stringify({
          at: new Date().toISOString(),
          total,
          round: run,
          dueAt,
          lagP50: lagRuns[run - 1].p50,
          lagP99: lagRuns[run - 1].p99,
          apiP99: apiRuns[run - 1],
          visibleP99: visibleRuns[run - 1].p99,
          allVisibleMs: { value: firing.lastVisibleMs, baseline: baseline.lastVisibleMs },
        })}\n`,
      );
      ctx.log(
        `deadline run ${run}: API shows RED p99 ${firing.visibleP99!.toFixed(0)} ms after the instant; interpreter p99 side-effect lag ${firing.lagP99.toFixed(0)} ms (all visible ${firing.lastVisibleMs} ms), bare timers p99 ${baseline.lagP99.toFixed(0)} ms; GET /tasks p99 ${firing.apiDuring!.p99.toFixed(1)} ms vs idle ${idle.p99.toFixed(1)} ms`,
      );
    }
    const base = {
      section: SECTION,
      note: `${total.toLocaleString('en-US')} matters due at one instant, ${rounds} rounds`,
    };
    const shownBefore = 'RED stored by the timers (what the API showed before)';
    return [
      {
        ...base,
        name: 'p50 visible lag, due instant → API shows RED',
        unit: 'ms',
        baselineName: shownBefore,
        runs: visibleRuns.map((r) => r.p50),
      },
      {
        ...base,
        name: 'p99 visible lag, due instant → API shows RED',
        unit: 'ms',
        baselineName: shownBefore,
        runs: visibleRuns.map((r) => r.p99),
        goal: { kind: 'atMost', ratio: 1, maxValue: 1000 },
      },
      {
        ...base,
        name: 'p50 side-effect lag, due instant → RED stored',
        unit: 'ms',
        baselineName: 'bare Temporal timers + the same write',
        runs: lagRuns.map((r) => r.p50),
      },
      {
        ...base,
        name: 'p99 side-effect lag, due instant → RED stored',
        unit: 'ms',
        baselineName: 'bare Temporal timers + the same write',
        runs: lagRuns.map((r) => r.p99),
        // the goal is on the figure itself (issue 27: within 60 s at 10,000); the ratio only bounds the interpreter's cost
        goal: { kind: 'atMost', ratio: 1.5, maxValue: 60_000 },
      },
      {
        ...base,
        name: `GET /api/tasks p99 while they fire (${API_USERS} users)`,
        unit: 'ms',
        baselineName: 'the same requests just before',
        runs: apiRuns,
      },
    ];
  } finally {
    await stopChild(worker);
  }
}
