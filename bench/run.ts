/**
 * `npm run bench [-- --quick] [-- --only=intake,inbox] [-- --runs=3] [-- --out=file]`: the benchmarks of issue 7,
 * each against its raw baseline in the same run, on a dedicated stack (OW_TEST_SLOT, default 8). The full run
 * writes docs/performance.md; quick mode (small N) writes under data/bench-<slot>/ unless --out says otherwise.
 * The results behind a report are written beside it (docs/performance.json, committed with it, so a fresh clone
 * can merge and render too). `--render` writes the report again from them, e.g. after editing
 * bench/commentary.md; `--merge` keeps the last results of the benches not run this time.
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
import { ROOT, benchSlot, startBenchStack, type StackSettings } from './lib/stack';

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
  return {
    quick,
    render: argv.includes('--render'),
    merge: argv.includes('--merge'),
    only: only ?? [...ALL],
    runs: Number(value('runs') ?? 3),
    deadlineMatters: value('deadline-matters') ? Number(value('deadline-matters')) : undefined,
    out: value('out'),
    settings: {
      temporalDb: (value('temporal-db') ?? 'file') as StackSettings['temporalDb'],
      // --pragma=none: the dev server's own defaults
      sqlitePragmas: pragmas.length ? pragmas.filter((p) => p !== 'none') : [...TEMPORAL_SQLITE_PRAGMAS],
    } satisfies StackSettings,
  };
}

interface Tagged {
  bench: string;
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
  /** when each bench last ran (a --merge run replaces some) */
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
  // --merge: the benches run now replace theirs in the last results; the others are kept as they were measured
  const kept = args.merge && saved ? saved : undefined;
  const figures: Figure[] = kept ? kept.figures.filter((f) => !args.only.includes(f.bench as BenchName)) : [];
  const peers: PeerFigure[] = kept?.peers?.filter((p) => !args.only.includes(p.bench as BenchName)) ?? [];
  const notes: Tagged[] = kept ? kept.notes.filter((n) => !args.only.includes(n.bench as BenchName)) : [];
  const failures: Tagged[] = kept ? kept.failures.filter((n) => !args.only.includes(n.bench as BenchName)) : [];
  const measuredAt: Record<string, string> = { ...(kept?.measuredAt ?? {}) };
  const durations: Record<string, number> = { ...(kept?.durations ?? {}) };
  const say = (m: string) => log.info(m);
  const attempt = async (name: BenchName, fn: (notes: string[]) => Promise<Figure[]> | Figure[]) => {
    log.stage(`Bench: ${name}`);
    measuredAt[name] = new Date().toISOString();
    const said: string[] = [];
    const t0 = Date.now();
    try {
      figures.push(...(await fn(said)).map((f) => ({ ...f, bench: name })));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      log.fail(`${name} failed: ${e instanceof Error ? e.stack : e}`);
      const last = kept?.figures.filter((f) => f.bench === name) ?? [];
      const lastPeers = kept?.peers?.filter((p) => p.bench === name) ?? [];
      if (kept && (last.length || lastPeers.length)) {
        // a failed re-measure keeps the figures it was to replace, and says so
        failures.push({
          bench: name,
          text: `${name}: re-measuring failed on ${measuredAt[name]} (${reason}); the figures shown are the last ones, measured ${kept.measuredAt[name]}`,
        });
        figures.push(...last);
        peers.push(...lastPeers);
        notes.push(...kept.notes.filter((n) => n.bench === name));
        measuredAt[name] = kept.measuredAt[name];
        durations[name] = kept.durations[name];
        return;
      }
      failures.push({ bench: name, text: `${name}: ${reason}` });
    }
    durations[name] = (Date.now() - t0) / 60_000;
    notes.push(...said.map((text) => ({ bench: name, text })));
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
  if (STACK_BENCHES.some((b) => args.only.includes(b))) {
    const stack = await startBenchStack(args.settings);
    stopStack = stack.stop;
    const pool = createPool(stack.databaseUrl, 4);
    const connection = await Connection.connect({ address: stack.temporalAddress });
    const temporal = new Client({ connection });
    try {
      versions = await versionFacts({
        temporalCli: stack.env.TEMPORAL_CLI,
        temporalAddress: stack.temporalAddress,
        pool,
      });
      settings = await settingFacts({
        temporalDb:
          args.settings.temporalDb === 'cluster'
            ? 'cluster-grade server on PostgreSQL (one process, 4 history shards)'
            : args.settings.temporalDb === 'file'
              ? 'SQLite file (as npm start runs it)'
              : 'SQLite in memory',
        pragmas: args.settings.sqlitePragmas,
        pool,
      });
      log.stage('Versions and settings');
      for (const [k, v] of [...versions, ...settings]) say(`${k}: ${v}`);
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
      if (args.only.includes('lifecycle')) await attempt('lifecycle', (said) => benchLifecycle(ctx(said)));
      if (args.only.includes('deadline')) await attempt('deadline', (said) => benchDeadlines(ctx(said)));
      // before the inbox's million rows: the backup measures a database of matters that have workflows
      if (args.only.includes('backup')) await attempt('backup', (said) => benchBackup(ctx(said)));
      // the inbox before the intake: the worker, stopped while the intake measures, has thousands of new matters to
      // catch up on afterwards, and that would load the machine under the inbox's figures
      if (args.only.includes('inbox')) await attempt('inbox', (said) => benchInbox(ctx(said)));
      if (args.only.includes('assessment')) await attempt('assessment', (said) => benchAssessment(ctx(said)));
      if (args.only.includes('materials')) await attempt('materials', (said) => benchMaterials(ctx(said)));
      if (args.only.includes('intake')) await attempt('intake', (said) => benchIntake(ctx(said)));
      if (args.only.includes('notices')) await attempt('notices', (said) => benchNotices(ctx(said)));
      if (args.only.includes('migration')) await attempt('migration', (said) => benchMigration(ctx(said)));
      if (args.only.includes('multi-instance'))
        await attempt('multi-instance', (said) => benchMultiInstance(ctx(said)));
      // last: its JVM and its million rows (a database of its own) then weigh on nothing measured after them
      if (args.only.includes('flowable'))
        await attempt('flowable', async (said) => {
          peers.push(...(await benchFlowable(ctx(said))).map((p) => ({ ...p, bench: 'flowable' })));
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
      `${f.section} — ${f.name}: ${s.value.toFixed(2)} ${f.unit} vs ${s.baseline.toFixed(2)} (ratio ${s.ratio.toFixed(2)})${s.pass === undefined ? '' : s.pass ? ' pass' : ' FAIL'}`,
    );
  }
  for (const p of peers) {
    const s = summarisePeer(p, figures);
    say(
      `${p.peer} — ${p.name}: ${s.peerValue.toFixed(2)} ${p.unit}${s.ratio === undefined ? '' : `; OneWindow ÷ ${p.peer.split(' ')[0]} ${s.ratio.toFixed(2)}${s.pass === undefined ? '' : s.pass ? ' pass' : ' FAIL'}`}`,
    );
  }
  log.ok(`wrote ${path.relative(ROOT, out)} (${minutes.toFixed(1)} min)`);
  process.exit(failures.some((f) => args.only.includes(f.bench as BenchName)) ? 1 : 0);
}

main().catch((e) => {
  log.fail(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
