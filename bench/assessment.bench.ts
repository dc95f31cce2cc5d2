import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { Prisma } from '../generated/prisma/client';
import { dateOfDayNumber, dayNumberOf } from '../domain/china-time';
import { peopleSql, stationsSql, type Period } from '../api/assessment/assessment.sql';
import { liveBounds, livePeopleSql, liveStationsSql } from '../tests/support/assessment-live.sql';
import type { BenchContext } from './lib/context';
import { count } from './lib/db';
import type { Figure } from './lib/figures';
import { seedAssessmentMatters, seedAssessmentPeople } from './assessment/seed';

const SECTION = '12. Assessment (考核): a year per person and per village station';
const CHUNK = 100_000;

/** the year up to yesterday, in China dates */
function lastYear(): Period {
  const today = dayNumberOf(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
  return { from: dateOfDayNumber(today - 365), to: dateOfDayNumber(today - 1) };
}

async function timed(pool: pg.Pool, query: Prisma.Sql): Promise<number> {
  const t0 = performance.now();
  await pool.query(query.text, query.values);
  return performance.now() - t0;
}

/**
 * The assessment of the last year for every person and every station, read from the daily rollup the database
 * keeps (api/assessment/assessment.sql.ts), against the same figures computed live from the matters and steps
 * (tests/support/assessment-live.sql.ts, what the API ran before), each pair back to back; and the whole report
 * through the API against the two rollup statements by hand. Matters are seeded by INSERT … SELECT, never through
 * Temporal, in the order the product writes them, so the triggers write their facts as they would.
 */
export async function benchAssessment(ctx: BenchContext): Promise<Figure[]> {
  const sizes = ctx.quick ? [10_000, 100_000] : [100_000, 1_000_000];
  await seedAssessmentPeople(ctx.pool);
  const manager = await ctx.session('manager');
  const year = lastYear();
  const figures: Figure[] = [];
  let seeded = 0;
  for (const size of sizes) {
    const started = performance.now();
    for (let from = seeded + 1; from <= size; from += CHUNK) {
      const to = Math.min(size, from + CHUNK - 1);
      await seedAssessmentMatters(ctx.pool, ctx.fixtures, from, to);
      ctx.log(`assessment: seeded matters ${from.toLocaleString('en-US')}–${to.toLocaleString('en-US')}`);
    }
    await ctx.pool.query(
      'VACUUM (ANALYZE) "Matter", "Task", "Rating", "FirstAsk", "AssessmentPersonDay", "AssessmentStationDay"',
    );
    const seconds = (performance.now() - started) / 1000;
    const inYear = await count(
      ctx.pool,
      `SELECT count(*) AS n FROM "Matter" WHERE status IN ('COMPLETED', 'REJECTED') AND "completedAt" >= $1 AND "completedAt" < $2`,
      [liveBounds(year).from, liveBounds(year).to],
    );
    const rollupRows = await count(
      ctx.pool,
      `SELECT (SELECT count(*) FROM "AssessmentPersonDay" WHERE day BETWEEN $1 AND $2)
            + (SELECT count(*) FROM "AssessmentStationDay" WHERE day BETWEEN $1 AND $2) AS n`,
      [year.from, year.to],
    );
    ctx.notes.push(
      `Assessment: seeding matters ${(seeded + 1).toLocaleString('en-US')}–${size.toLocaleString('en-US')} (steps, ratings, first asks, the facts and the rollup the triggers write) took ${seconds.toFixed(0)} s; at ${size.toLocaleString('en-US')} matters the year ${year.from}–${year.to} holds ${inYear.toLocaleString('en-US')} finished matters and ${rollupRows.toLocaleString('en-US')} rollup rows (people and stations).`,
    );
    seeded = size;

    const label = `a year, ${size.toLocaleString('en-US')} matters`;
    const byRollup = { people: peopleSql(year), stations: stationsSql(year) };
    const live = { people: livePeopleSql(liveBounds(year)), stations: liveStationsSql(liveBounds(year)) };
    const pairs = { people: [] as Array<{ value: number; baseline: number }>, stations: [], api: [] } as Record<
      'people' | 'stations' | 'api',
      Array<{ value: number; baseline: number }>
    >;
    await timed(ctx.pool, byRollup.people);
    await timed(ctx.pool, byRollup.stations);
    for (let run = 1; run <= ctx.runs; run++) {
      for (const part of ['people', 'stations'] as const)
        pairs[part].push({ value: await timed(ctx.pool, byRollup[part]), baseline: await timed(ctx.pool, live[part]) });
      const t0 = performance.now();
      await manager.expect(200, 'GET', `/assessment?from=${year.from}&to=${year.to}`);
      const api = performance.now() - t0;
      const bySql = (await timed(ctx.pool, byRollup.people)) + (await timed(ctx.pool, byRollup.stations));
      pairs.api.push({ value: api, baseline: bySql });
      ctx.log(
        `assessment ${size} run ${run}: people ${pairs.people.at(-1)!.value.toFixed(0)} ms (live ${pairs.people.at(-1)!.baseline.toFixed(0)}), stations ${pairs.stations.at(-1)!.value.toFixed(0)} ms (live ${pairs.stations.at(-1)!.baseline.toFixed(0)}), API ${api.toFixed(0)} ms (SQL ${bySql.toFixed(0)})`,
      );
    }
    const live1s = { kind: 'atMost', ratio: 1, maxValue: 1000 } as const;
    const fromLive = {
      section: SECTION,
      unit: 'ms',
      baselineName: 'the same figures computed live from the matters and steps (the previous SQL)',
    };
    figures.push(
      { ...fromLive, name: `people, ${label}`, runs: pairs.people, goal: live1s },
      { ...fromLive, name: `stations, ${label}`, runs: pairs.stations, goal: live1s },
      {
        section: SECTION,
        unit: 'ms',
        name: `the whole report through the API (people, stations, weights), ${label}`,
        baselineName: 'the two rollup statements by hand-written SQL, one after the other',
        runs: pairs.api,
        goal: { kind: 'atMost', ratio: 2, maxValue: 1000 },
      },
    );
  }
  return figures;
}
