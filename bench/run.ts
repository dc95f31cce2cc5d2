/**
 * `npm run bench [-- --quick] [-- --only=intake,inbox] [-- --runs=3] [-- --out=file]`: the benchmarks of issue 7,
 * each against its raw baseline in the same run, on a dedicated stack (OW_TEST_SLOT, default 8). The full run
 * writes docs/performance.md; quick mode (small N) writes under data/bench-<slot>/ unless --out says otherwise.
 * The results behind a report are written beside it (docs/performance.json, committed with it, so a fresh clone
 * can merge and render too). `--render` writes the report again from them, e.g. after editing
 * bench/commentary.md; `--merge` keeps the last results of the benches not run this time.
 * `--servers=both`: the stack benches on the dev server (or what --temporal-db names), then on a cluster-grade stack,
 * then the intake and lifecycle on a cluster-grade stack with two worker processes; the report's section "Measured on
 * the cluster-grade server" sets each figure beside the first server's (bench/lib/servers.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { ensureChromium } from '../scripts/lib/debian-tools';
import { log } from '../scripts/lib/log';
import { TEMPORAL_SQLITE_PRAGMAS } from '../scripts/lib/temporal-server';
import { benchAssessment } from './assessment.bench';
import { benchBackup } from './backup.bench';
import { benchCompiler } from './compiler.bench';
import { benchDeadlines } from './deadline.bench';
import { benchDesigner } from './designer.bench';
import { benchFlowable } from './flowable.bench';
import { benchInbox } from './inbox.bench';
import { benchIntake } from './intake.bench';
import { benchLifecycle } from './lifecycle.bench';
import { benchMaterials } from './materials.bench';
import { benchMigration } from './migration.bench';
import { benchMultiInstance } from './multi-instance.bench';
import { benchNotices } from './notices.bench';
import { benchResultPdf } from './result-pdf.bench';
import { mintSession, type ApiSession } from './lib/api-session';
import type { BenchContext } from './lib/context';
import { createPool } from './lib/db';
import { machineFacts, settingFacts, versionFacts, type Facts } from './lib/environment';
import { summarise, summarisePeer, type Figure, type PeerFigure } from './lib/figures';
import { prepareFixtures } from './lib/fixtures';
import { renderReport, type ReportInput } from './lib/report';
import { FIRST_SERVER_ONLY, SERVER_PASSES, TWO_WORKER_BENCHES, passKey, type ServerPass } from './lib/servers';
import { ROOT, benchSlot, startBenchStack, type BenchStack, type StackSettings } from './lib/stack';

const STACK_BENCHES = [
  'lifecycle',
  'deadline',
  'backup',
  'inbox',
  'assessment',
  'intake',
  'materials',
  'notices',
  'migration',
  'multi-instance',
  'flowable',
] as const;
const ALL = ['compiler', 'designer', 'result-pdf', ...STACK_BENCHES] as const;
type BenchName = (typeof ALL)[number];

function parseArgs(argv: string[]) {
  const value = (name: string) =>
    argv
      .find((a) => a.startsWith(`--${name}=`))
      ?.split('=')
      .slice(1)
      .join('=');
  const quick = argv.includes('--quick');
  const only = value('only')?.split(',').filter(Boolean) as BenchName[] | undefined;
  const unknown = only?.filter((o) => !(ALL as readonly string[]).includes(o));
  if (unknown?.length) throw new Error(`unknown bench ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
  const pragmas = argv.filter((a) => a.startsWith('--pragma=')).map((a) => a.slice('--pragma='.length));
  const servers = value('servers') ?? 'one';
  if (servers !== 'one' && servers !== 'both') throw new Error(`--servers=${servers}: use one or both`);
  const temporalDb = (value('temporal-db') ?? 'file') as StackSettings['temporalDb'];
  if (servers === 'both' && temporalDb === 'cluster')
    throw new Error(
      '--servers=both runs the cluster-grade server second: choose the first with --temporal-db=file|memory',
    );
  return {
    quick,
    render: argv.includes('--render'),
    merge: argv.includes('--merge'),
    only: only ?? [...ALL],
    runs: Number(value('runs') ?? 3),
    deadlineMatters: value('deadline-matters') ? Number(value('deadline-matters')) : undefined,
    out: value('out'),
    bothServers: servers === 'both',
    settings: {
      temporalDb,
      // --pragma=none: the dev server's own defaults
      sqlitePragmas: pragmas.length ? pragmas.filter((p) => p !== 'none') : [...TEMPORAL_SQLITE_PRAGMAS],
    } satisfies StackSettings,
  };
}

interface Tagged {
  bench: string;
  server?: ServerPass;
  text: string;
}
interface SavedResults {
  mode: string;
  startedAt: string;
  minutes: number;
  machine: Facts;
  versions: Facts;
  settings: Facts;
  figures: Figure[];
  /** another engine's figures (the flowable bench), set beside the product's */
  peers?: PeerFigure[];
  notes: Tagged[];
  failures: Tagged[];
  /** the versions and settings of the --servers=both passes after the first */
  servers?: Partial<Record<ServerPass, { versions: Facts; settings: Facts }>>;
  /** when each bench last ran, by passKey (a --merge run replaces some) */
  measuredAt: Record<string, string>;
  /** minutes each bench took */
  durations: Record<string, number>;
}

const toReport = (r: SavedResults, commentaryFile: string): ReportInput => ({
  ...r,
  startedAt: new Date(r.startedAt),
  notes: r.notes.map((n) => n.text),
  failures: r.failures.map((f) => f.text),
  commentaryFile,
});

/**
 * Ctrl-C or a kill still stops the stack's servers (PostgreSQL runs detached under pg_ctl), and writes no results:
 * the bench cut off would otherwise be recorded as failed and replace its last figures in a --merge run.
 */
let stopStack: (() => Promise<void>) | undefined;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = true;
    log.warn(`${signal}: stopping the bench stack`);
    void (stopStack?.() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

/**
 * --merge: this run's facts replace the kept ones of the same name, and the kept ones it did not measure stay (a run
 * without the stack knows no Temporal server or PostgreSQL, yet the figures kept from the last one were measured on them).
 */
function keepUnmeasured(current: Facts, kept?: Facts): Facts {
  // a Map keeps a name where it was first set and takes its last value
  return kept ? [...new Map([...kept, ...current])] : current;
}

/** One stack's benches: the first server's, or one of the --servers=both passes after it. */
interface StackPass {
  server?: ServerPass;
  settings: StackSettings;
  benches: BenchName[];
}

function stackPasses(args: ReturnType<typeof parseArgs>): StackPass[] {
  const stackBenches = STACK_BENCHES.filter((b) => args.only.includes(b));
  if (!stackBenches.length) return [];
  const first: StackPass = { settings: args.settings, benches: stackBenches };
  if (!args.bothServers) return [first];
  const cluster = { ...args.settings, temporalDb: 'cluster' as const };
  const passes: StackPass[] = [
    first,
    { server: 'cluster', settings: cluster, benches: stackBenches.filter((b) => !FIRST_SERVER_ONLY.includes(b)) },
    {
      server: 'cluster-2-workers',
      settings: { ...cluster, workers: SERVER_PASSES['cluster-2-workers'].workers },
      benches: stackBenches.filter((b) => TWO_WORKER_BENCHES.includes(b)),
    },
  ];
  return passes.filter((p) => p.benches.length);
}

const describeTemporalDb = (db: StackSettings['temporalDb']) =>
  db === 'cluster'
    ? 'cluster-grade server on PostgreSQL (one process, 4 history shards)'
    : db === 'file'
      ? 'SQLite file (as npm start runs it)'
      : 'SQLite in memory';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const slot = benchSlot();
  const dataDir = path.join(ROOT, 'data', `bench-${slot}`);
  mkdirSync(dataDir, { recursive: true });
  const out =
    args.out ?? (args.quick ? path.join(dataDir, 'performance-quick.md') : path.join(ROOT, 'docs', 'performance.md'));
  const resultsFile = out.replace(/(\.md)?$/, '.json');
  const commentaryFile = path.join(__dirname, 'commentary.md');
  const saved = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as SavedResults) : undefined;
  if (args.render) {
    if (!saved) throw new Error(`no results to render: ${resultsFile} is missing, run the bench first`);
    writeFileSync(out, renderReport(toReport(saved, commentaryFile)));
    log.ok(`wrote ${path.relative(ROOT, out)} from ${path.relative(ROOT, resultsFile)}`);
    return;
  }
  const passes = stackPasses(args);
  const serversRun = new Set<ServerPass | undefined>([undefined, ...passes.map((p) => p.server)]);
  /** whether this run measures what `x` holds (a bench on a server), so that --merge replaces it */
  const measuredNow = (x: { bench?: string; server?: ServerPass }) =>
    args.only.includes(x.bench as BenchName) && serversRun.has(x.server);
  const sameAs = (bench: string, server?: ServerPass) => (x: { bench?: string; server?: ServerPass }) =>
    x.bench === bench && x.server === server;
  // --merge: the benches run now replace theirs in the last results; the others are kept as they were measured
  const kept = args.merge && saved ? saved : undefined;
  const figures: Figure[] = kept ? kept.figures.filter((f) => !measuredNow(f)) : [];
  const peers: PeerFigure[] = kept?.peers?.filter((p) => !measuredNow(p)) ?? [];
  const notes: Tagged[] = kept ? kept.notes.filter((n) => !measuredNow(n)) : [];
  const failures: Tagged[] = kept ? kept.failures.filter((n) => !measuredNow(n)) : [];
  const measuredAt: Record<string, string> = { ...(kept?.measuredAt ?? {}) };
  const durations: Record<string, number> = { ...(kept?.durations ?? {}) };
  const servers: NonNullable<SavedResults['servers']> = { ...(kept?.servers ?? {}) };
  const say = (m: string) => log.info(m);
  const attempt = async (
    name: BenchName,
    fn: (notes: string[]) => Promise<Figure[]> | Figure[],
    server?: ServerPass,
  ) => {
    const key = passKey(name, server);
    log.stage(`Bench: ${key}`);
    measuredAt[key] = new Date().toISOString();
    const said: string[] = [];
    const t0 = Date.now();
    const tag = <T extends object>(x: T) => ({ ...x, bench: name, ...(server ? { server } : {}) });
    try {
      figures.push(...(await fn(said)).map(tag));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      log.fail(`${key} failed: ${e instanceof Error ? e.stack : e}`);
      const last = kept?.figures.filter(sameAs(name, server)) ?? [];
      const lastPeers = kept?.peers?.filter(sameAs(name, server)) ?? [];
      if (kept && (last.length || lastPeers.length)) {
        // a failed re-measure keeps the figures it was to replace, and says so
        failures.push(
          tag({
            text: `${key}: re-measuring failed on ${measuredAt[key]} (${reason}); the figures shown are the last ones, measured ${kept.measuredAt[key]}`,
          }),
        );
        figures.push(...last);
        peers.push(...lastPeers);
        notes.push(...kept.notes.filter(sameAs(name, server)));
        measuredAt[key] = kept.measuredAt[key];
        durations[key] = kept.durations[key];
        return;
      }
      failures.push(tag({ text: `${key}: ${reason}` }));
    }
    durations[key] = (Date.now() - t0) / 60_000;
    const on = server ? `On the ${SERVER_PASSES[server].label}: ` : '';
    notes.push(...said.map((text) => tag({ text: `${on}${text}` })));
  };

  const machine = machineFacts();
  log.stage('Machine');
  for (const [k, v] of machine) say(`${k}: ${v}`);

  if (args.only.includes('compiler')) await attempt('compiler', () => benchCompiler(args.runs, args.quick, say));
  if (args.only.includes('result-pdf')) await attempt('result-pdf', () => benchResultPdf(args.runs, args.quick, say));
  if (args.only.includes('designer')) {
    await attempt('designer', () => {
      // as npm test finds it: Debian's chromium, installed by apt-get on a fresh machine (the versions table names it)
      process.env.CHROMIUM_PATH = ensureChromium(process.env.CHROMIUM_PATH);
      return benchDesigner(args.runs, args.quick, path.join(dataDir, 'designer-page'), say);
    });
  }

  let versions: Facts = await versionFacts({});
  let settings: Facts = await settingFacts({});
  for (const pass of passes) {
    if (interrupted) break;
    let stack: BenchStack;
    try {
      stack = await startBenchStack(pass.settings);
    } catch (e) {
      // what the earlier passes measured is kept: this pass's benches are recorded as failed (or keep their last figures)
      for (const name of pass.benches) await attempt(name, () => Promise.reject(e), pass.server);
      continue;
    }
    stopStack = stack.stop;
    const pool = createPool(stack.databaseUrl, 4);
    const connection = await Connection.connect({ address: stack.temporalAddress });
    const temporal = new Client({ connection });
    try {
      const passVersions = await versionFacts({
        temporalCli: stack.env.TEMPORAL_CLI,
        temporalAddress: stack.temporalAddress,
        pool,
      });
      const passSettings = await settingFacts({
        temporalDb: describeTemporalDb(pass.settings.temporalDb),
        pragmas: pass.settings.temporalDb === 'cluster' ? undefined : pass.settings.sqlitePragmas,
        pool,
        workers: pass.settings.workers,
      });
      if (pass.server) servers[pass.server] = { versions: passVersions, settings: passSettings };
      else [versions, settings] = [passVersions, passSettings];
      log.stage(`Versions and settings${pass.server ? ` (${SERVER_PASSES[pass.server].label})` : ''}`);
      for (const [k, v] of [...passVersions, ...passSettings]) say(`${k}: ${v}`);
      const sessions = new Map<string, Promise<ApiSession>>();
      const session = (username: string) => {
        if (!sessions.has(username)) sessions.set(username, mintSession(pool, stack.apiUrl, username));
        return sessions.get(username)!;
      };
      const base = {
        stack,
        pool,
        temporal,
        session,
        quick: args.quick,
        runs: args.runs,
        deadlineMatters: args.deadlineMatters,
        log: say,
        fixtures: await prepareFixtures(pool, await session('designer')),
      };
      const ctx = (said: string[]): BenchContext => ({ ...base, notes: said });
      const run = (name: BenchName, fn: (ctx: BenchContext) => Promise<Figure[]>) =>
        pass.benches.includes(name) ? attempt(name, (said) => fn(ctx(said)), pass.server) : undefined;
      await run('lifecycle', benchLifecycle);
      await run('deadline', benchDeadlines);
      // before the inbox's million rows: the backup measures a database of matters that have workflows
      await run('backup', benchBackup);
      // the inbox before the intake: the worker, stopped while the intake measures, has thousands of new matters to
      // catch up on afterwards, and that would load the machine under the inbox's figures
      await run('inbox', benchInbox);
      await run('assessment', benchAssessment);
      await run('materials', benchMaterials);
      await run('intake', benchIntake);
      await run('notices', benchNotices);
      await run('migration', benchMigration);
      await run('multi-instance', benchMultiInstance);
      // last: its JVM and its million rows (a database of its own) then weigh on nothing measured after them
      await run('flowable', async (c) => {
        peers.push(...(await benchFlowable(c)).map((p) => ({ ...p, bench: 'flowable' })));
        return [];
      });
    } finally {
      await connection.close();
      await pool.end();
      await stack.stop();
    }
  }

  if (interrupted) return; // the signal handler exits once the stack has stopped
  const minutes = (Date.now() - startedAt.getTime()) / 60_000;
  machine.push([
    'Load average at the end (1, 5, 15 min)',
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(', '),
  ]);
  const results: SavedResults = {
    mode: args.quick ? 'quick' : 'full',
    startedAt: startedAt.toISOString(),
    minutes: kept ? kept.minutes : minutes,
    machine,
    versions: keepUnmeasured(versions, kept?.versions),
    settings: keepUnmeasured(settings, kept?.settings),
    figures,
    peers,
    notes,
    failures,
    ...(Object.keys(servers).length ? { servers } : {}),
    measuredAt,
    durations,
  };
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  const report = renderReport(toReport(results, commentaryFile));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, report);
  log.stage('Summary');
  for (const f of figures) {
    const s = summarise(f);
    say(
      `${f.server ? `[${SERVER_PASSES[f.server].label}] ` : ''}${f.section} — ${f.name}: ${s.value.toFixed(2)} ${f.unit} vs ${s.baseline.toFixed(2)} (ratio ${s.ratio.toFixed(2)})${s.pass === undefined ? '' : s.pass ? ' pass' : ' FAIL'}`,
    );
  }
  for (const p of peers) {
    const s = summarisePeer(
      p,
      figures.filter((f) => !f.server),
    );
    say(
      `${p.peer} — ${p.name}: ${s.peerValue.toFixed(2)} ${p.unit}${s.ratio === undefined ? '' : `; OneWindow ÷ ${p.peer.split(' ')[0]} ${s.ratio.toFixed(2)}${s.pass === undefined ? '' : s.pass ? ' pass' : ' FAIL'}`}`,
    );
  }
  log.ok(`wrote ${path.relative(ROOT, out)} (${minutes.toFixed(1)} min)`);
  process.exit(failures.some(measuredNow) ? 1 : 0);
}

main().catch((e) => {
  log.fail(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
