import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { recreateDatabase, withDatabase } from '../scripts/lib/postgres';
import { intakeCount } from './intake.bench';
import { lifecycleLoad } from './lifecycle.bench';
import type { BenchContext } from './lib/context';
import type { Goal, PeerFigure } from './lib/figures';

export const FLOWABLE = 'Flowable 7.1.0';
const PROJECT = path.join(__dirname, 'flowable');
const CLASSPATH_FILE = path.join(PROJECT, 'target', 'classpath.txt');
/** touched after each successful build (Maven leaves an unchanged classpath file as it was) */
const BUILT_MARK = path.join(PROJECT, 'target', 'built');
/** Open tasks the inbox is measured at; the million only in the full run (seeding it takes many minutes) */
const inboxSizes = (quick: boolean) => (quick ? [100_000] : [100_000, 1_000_000]);
/** instances driven per run: 200 as the issue measured Flowable, at the lifecycle bench's concurrency */
const lifecycleInstances = (quick: boolean) => (quick ? 48 : 200);
const START_THREADS = 8;

interface LoadJson {
  perSecond: number;
  p50: number;
  p99: number;
}
interface PeerResults {
  flowable: string;
  java: string;
  starts: LoadJson[];
  lifecycle: Array<LoadJson & { claimP50: number; completeP50: number }>;
  inbox: Array<{ open: number; seeded: number; seedSeconds: number; runs: Array<{ p50: number; p99: number }> }>;
}

const onPath = (command: string, versionFlag: string) => {
  const probe = spawnSync(command, [versionFlag], { stdio: 'ignore' });
  return !probe.error && probe.status === 0;
};

const newestSource = (dir: string): number =>
  Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestSource(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs,
    ),
  );

/** `mvn package` once; again only when the pom or a source is newer than the build (target/ and ~/.m2 are the cache). */
function build(log: (m: string) => void): void {
  const newest = Math.max(statSync(path.join(PROJECT, 'pom.xml')).mtimeMs, newestSource(path.join(PROJECT, 'src')));
  if (existsSync(BUILT_MARK) && statSync(BUILT_MARK).mtimeMs > newest) return;
  log('flowable: building bench/flowable with Maven (the first build downloads Flowable into ~/.m2)');
  const mvn = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: PROJECT, encoding: 'utf8' });
  if (mvn.status !== 0)
    throw new Error(`mvn package failed in bench/flowable: ${`${mvn.stdout}${mvn.stderr}`.trim().slice(-2000)}`);
  writeFileSync(BUILT_MARK, new Date().toISOString());
}

/** The bench's PostgreSQL over TCP (the JDBC driver has no Unix sockets), in a database of Flowable's own. */
async function flowableDatabase(databaseUrl: string): Promise<Record<string, string>> {
  const url = withDatabase(databaseUrl, 'flowable_bench');
  await recreateDatabase(url);
  const u = new URL(url);
  return {
    FLOWABLE_JDBC_URL: `jdbc:postgresql://127.0.0.1:${u.port}/flowable_bench`,
    FLOWABLE_DB_USER: decodeURIComponent(u.username),
    FLOWABLE_DB_PASSWORD: decodeURIComponent(u.password),
  };
}

function runPeer(args: string[], env: Record<string, string>, log: (m: string) => void): Promise<PeerResults> {
  const classpath = `${path.join(PROJECT, 'target', 'classes')}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  const child = spawn('java', ['-cp', classpath, 'onewindow.bench.Main', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopChild = () => child.kill();
  process.once('exit', stopChild);
  let stdout = '';
  const errors: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (line.startsWith('flowable: ')) log(line);
    else if (!line.startsWith('SLF4J')) errors.push(line);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      process.off('exit', stopChild);
      if (code !== 0) reject(new Error(`the Flowable peer exited with ${code}: ${errors.slice(0, 20).join('\n')}`));
      else resolve(JSON.parse(stdout) as PeerResults);
    });
  });
}

/**
 * The lifecycle bench's procedure on Flowable embedded (bench/flowable), in the same run on the same PostgreSQL:
 * start rate at 8 threads, the lifecycle (find the open task, claim, complete, three times) with each claim and
 * complete timed, and the inbox's first pages with 100,000 and 1,000,000 tasks open. Each figure is set beside
 * the product's figure of the same key. Without java or mvn the section is skipped, and says so.
 */
export async function benchFlowable(ctx: BenchContext): Promise<PeerFigure[]> {
  const missing = [onPath('java', '-version') ? '' : 'java', onPath('mvn', '-v') ? '' : 'mvn'].filter(Boolean);
  if (missing.length) {
    const said = `Side by side with ${FLOWABLE}: skipped, ${missing.join(' and ')} not on PATH (Java 17 and Maven 3.8 run it).`;
    ctx.log(said);
    ctx.notes.push(said);
    return [];
  }
  build(ctx.log);
  const { concurrency } = lifecycleLoad(ctx.quick);
  const instances = lifecycleInstances(ctx.quick);
  const sizes = inboxSizes(ctx.quick);
  const starts = intakeCount(ctx.quick);
  const inboxSeconds = ctx.quick ? 3 : 10;
  const results = await runPeer(
    [
      `--runs=${ctx.runs}`,
      `--starts=${starts}`,
      `--start-threads=${START_THREADS}`,
      `--instances=${instances}`,
      `--in-flight=${concurrency}`,
      `--inbox=${sizes.join(',')}`,
      `--inbox-seconds=${inboxSeconds}`,
    ],
    await flowableDatabase(ctx.stack.databaseUrl),
    ctx.log,
  );
  for (const size of results.inbox)
    ctx.notes.push(
      `${FLOWABLE}: ${size.seeded.toLocaleString('en-US')} open tasks seeded in ${size.seedSeconds.toFixed(0)} s (copies of one instance the engine started, by INSERT … SELECT generate_series) to reach ${size.open.toLocaleString('en-US')} open.`,
    );
  const peer = (key: string, name: string, unit: string, runs: number[], note: string, goal?: Goal): PeerFigure => ({
    peer: FLOWABLE,
    key,
    name,
    unit,
    runs,
    note,
    ...(goal ? { goal } : {}),
  });
  const lifecycleNote = `${instances} instances per run, ${concurrency} in flight, embedded (no HTTP)`;
  return [
    peer(
      `starts.perSecond.${START_THREADS}`,
      `starts per second, ${START_THREADS} threads`,
      'instances/s',
      results.starts.map((r) => r.perSecond),
      `${starts} per run`,
      { kind: 'atLeast', ratio: 0.5 },
    ),
    peer(
      `starts.p50.${START_THREADS}`,
      `p50 of one start, ${START_THREADS} threads`,
      'ms',
      results.starts.map((r) => r.p50),
      `${starts} per run`,
    ),
    peer(
      'lifecycle.perSecond',
      'completed instances per second (3 tasks claimed and completed)',
      'instances/s',
      results.lifecycle.map((r) => r.perSecond),
      lifecycleNote,
      { kind: 'atLeast', ratio: 0.5 },
    ),
    peer(
      'lifecycle.p50',
      'p50 time to drive one instance (3 steps)',
      'ms',
      results.lifecycle.map((r) => r.p50),
      lifecycleNote,
    ),
    peer(
      'step.claim.p50',
      'p50 of one claim',
      'ms',
      results.lifecycle.map((r) => r.claimP50),
      lifecycleNote,
      {
        kind: 'atMost',
        ratio: 2,
      },
    ),
    peer(
      'step.complete.p50',
      'p50 of one complete',
      'ms',
      results.lifecycle.map((r) => r.completeP50),
      lifecycleNote,
      {
        kind: 'atMost',
        ratio: 2,
      },
    ),
    ...results.inbox.flatMap((size) => {
      const label = `${size.open.toLocaleString('en-US')} open tasks`;
      const note = `20 users, ${inboxSeconds} s per run, task query in process (no HTTP, session or scope)`;
      return [
        peer(
          `inbox.p99.${size.open}`,
          `inbox p99, ${label}`,
          'ms',
          size.runs.map((r) => r.p99),
          note,
          size.open === 1_000_000 ? { kind: 'atMost', ratio: 5 } : undefined,
        ),
        peer(
          `inbox.p50.${size.open}`,
          `inbox p50, ${label}`,
          'ms',
          size.runs.map((r) => r.p50),
          note,
        ),
      ];
    }),
  ];
}
