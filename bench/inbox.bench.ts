import { performance } from 'node:perf_hooks';
import type { BenchContext } from './lib/context';
import { count, createPool } from './lib/db';
import type { Figure, Run } from './lib/figures';
import { timedLoop } from './lib/measure';
import { describeCpu, medianCpu, withCpu } from './lib/cpu';
import {
  DEPARTMENT_PAGE_SQL,
  INBOX_VIEWS,
  inboxBySql,
  inboxPath,
  type InboxSqlUser,
  type InboxView,
} from './inbox/queries';
import { INBOX_USERS, inboxUsers, seedInboxMatters, seedInboxUsers } from './inbox/seed';
import { floorOf } from './floor/client';
import { DEFAULT_POOL_SIZE } from '../platform/db';

const SECTION = '3. Inbox (待办): filtered, sorted, paginated';
const CHUNK = 100_000;

/**
 * p99 of GET /api/tasks (department or own inbox, sorted by due time, one page of 25 with the total) for 20 users
 * at once, against the same page and total by hand-written SQL on a pool of the same size, at two database sizes.
 * Matters are seeded by INSERT … SELECT generate_series, never through Temporal.
 */
export async function benchInbox(ctx: BenchContext): Promise<Figure[]> {
  const sizes = ctx.quick ? [10_000, 100_000] : [100_000, 1_000_000];
  const durationMs = ctx.quick ? 3000 : 10_000;
  await seedInboxUsers(ctx.pool);
  const users = inboxUsers();
  const sessions = await Promise.all(users.map((u) => ctx.session(u.username)));
  const { rows: sqlUsers } = await ctx.pool.query<InboxSqlUser>(
    `SELECT u.id, d.code AS "departmentCode", u.roles::text[] AS roles FROM "User" u JOIN "Department" d ON d.id = u."departmentId"
      WHERE u.username = ANY($1) ORDER BY u.username`,
    [users.map((u) => u.username)],
  );
  // the API's pool size; the hand-written side gets the same
  const sqlPool = createPool(ctx.stack.databaseUrl, DEFAULT_POOL_SIZE);
  const turn = new Array<number>(INBOX_USERS).fill(0);
  const viewOf = (user: number) => INBOX_VIEWS[(user + turn[user]++) % INBOX_VIEWS.length];
  // with the CPU each part of the stack spent per request: where a request's time goes, on either side
  const perRequest = (load: () => ReturnType<typeof timedLoop>, pids = ctx.stack.pids()) =>
    withCpu(pids, load, (r) => r.latencies.length);
  const viaApi = (ms: number) =>
    perRequest(() =>
      timedLoop(ms, INBOX_USERS, async (u) => void (await sessions[u].expect(200, 'GET', inboxPath(viewOf(u))))),
    );
  const bySql = (ms: number) =>
    perRequest(() => timedLoop(ms, INBOX_USERS, async (u) => void (await inboxBySql(sqlPool, sqlUsers[u], viewOf(u)))));
  // the same SQL behind the thinnest Express route (bench/floor/server.ts): what the HTTP hop alone costs
  const floor = await floorOf(ctx.stack);
  const floorPath = (u: number, view: InboxView) =>
    `/inbox?scope=${view.scope}&page=${view.page}&user=${encodeURIComponent(JSON.stringify(sqlUsers[u]))}`;
  const viaFloor = (ms: number) =>
    perRequest(
      () => timedLoop(ms, INBOX_USERS, async (u) => void (await floor.call(200, 'GET', floorPath(u, viewOf(u))))),
      floor.pids(),
    );
  type Measured = Awaited<ReturnType<typeof viaApi>>;

  const figures: Figure[] = [];
  let seeded = 0;
  try {
    for (const size of sizes) {
      const started = performance.now();
      for (let from = seeded + 1; from <= size; from += CHUNK) {
        const to = Math.min(size, from + CHUNK - 1);
        await seedInboxMatters(ctx.pool, ctx.fixtures, from, to);
        ctx.log(`inbox: seeded matters ${from.toLocaleString('en-US')}–${to.toLocaleString('en-US')}`);
      }
      // VACUUM as well: autovacuum would set the visibility map of the new rows at some moment of the runs, and
      // until it does, PostgreSQL plans the API's inbox statement afresh at every call while the baseline's
      // statements keep their generic plans (bench/commentary.md); a live database is vacuumed
      await ctx.pool.query('VACUUM (ANALYZE) "Matter", "Task"');
      const seconds = (performance.now() - started) / 1000;
      const open = await count(ctx.pool, `SELECT count(*) AS n FROM "Task" WHERE status IN ('OPEN', 'CLAIMED')`);
      ctx.notes.push(
        `Inbox: seeding matters ${(seeded + 1).toLocaleString('en-US')}–${size.toLocaleString('en-US')} (two tasks each) took ${seconds.toFixed(0)} s by INSERT … SELECT generate_series; ${open.toLocaleString('en-US')} tasks open at ${size.toLocaleString('en-US')} matters.`,
      );
      seeded = size;
      const plan = await ctx.pool.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS OFF) ${DEPARTMENT_PAGE_SQL}`,
        ['MINZHENG', ['APPROVER']],
      );
      const lines = plan.rows.map((r) => r['QUERY PLAN']);
      const scans = [
        ...new Set(
          lines.flatMap(
            (l) =>
              /(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan) (?:using |on )"?([\w]+)"?/
                .exec(l)
                ?.slice(1, 3)
                .join(' ') ?? [],
          ),
        ),
      ];
      ctx.notes.push(
        `Inbox at ${size.toLocaleString('en-US')} matters: the department page by hand-written SQL runs in ${lines.find((l) => l.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '?'} in PostgreSQL (EXPLAIN ANALYZE; ${scans.join(', ')}).`,
      );

      await viaApi(2000);
      await bySql(2000);
      await viaFloor(2000);
      const pairs: Array<{ api: Measured; sql: Measured; floor: Measured }> = [];
      for (let run = 1; run <= ctx.runs; run++) {
        const api = run % 2 === 1 ? await viaApi(durationMs) : undefined;
        const sql = await bySql(durationMs);
        const floorRun = await viaFloor(durationMs);
        const pair = { api: api ?? (await viaApi(durationMs)), sql, floor: floorRun };
        pairs.push(pair);
        const said = (r: Measured) =>
          `p99 ${r.p99.toFixed(1)} ms (${r.latencies.length} requests; CPU per request ${describeCpu(r.cpu)})`;
        ctx.log(`inbox ${size} run ${run}: API ${said(pair.api)}, SQL ${said(pair.sql)}, floor ${said(pair.floor)}`);
      }
      const cpuOf = (side: 'api' | 'sql' | 'floor') => describeCpu(medianCpu(pairs.map((p) => p[side].cpu)));
      ctx.notes.push(
        `Inbox CPU per request at ${size.toLocaleString('en-US')} matters (medians of the runs, ms; the bench process is the load generator): through the API ${cpuOf('api')}; hand-written SQL ${cpuOf('sql')}; the same SQL behind the thinnest Express route ${cpuOf('floor')}.`,
      );
      const label = `${size.toLocaleString('en-US')} matters`;
      const base = {
        section: SECTION,
        baselineName: 'hand-written SQL (pg, same pool size)',
        note: `${INBOX_USERS} users, ${durationMs / 1000} s per run`,
      };
      const runs = (pick: (r: Measured) => number, side: 'api' | 'floor' = 'api'): Run[] =>
        pairs.map((p) => ({ value: pick(p[side]), baseline: pick(p.sql) }));
      const floorName = 'floor: the same SQL behind the thinnest Express route';
      figures.push(
        {
          ...base,
          name: `p99, ${label}`,
          unit: 'ms',
          runs: runs((r) => r.p99),
          goal: { kind: 'atMost', ratio: 2, maxValue: 50 },
          peerKey: `inbox.p99.${size}`,
        },
        { ...base, name: `p50, ${label}`, unit: 'ms', runs: runs((r) => r.p50), peerKey: `inbox.p50.${size}` },
        { ...base, name: `${floorName}, p99, ${label}`, unit: 'ms', runs: runs((r) => r.p99, 'floor') },
        { ...base, name: `${floorName}, p50, ${label}`, unit: 'ms', runs: runs((r) => r.p50, 'floor') },
      );
    }
  } finally {
    await sqlPool.end();
  }
  return figures;
}
