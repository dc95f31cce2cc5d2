/**
 * `npm test`: lint, type-check, then every jest project (unit, integration, browser) against one real test
 * stack (Temporal dev server, PostgreSQL, worker, API), then the API fuzz stage (scripts/api-fuzz.ts, `npm run
 * test:fuzz`), then the fault tests on a stack of their own (as `npm run test:faults`), then the cluster stage (scripts/lib/cluster-stage.ts); the last two not when jest is given
 * arguments, e.g. one file (nor the fuzz stage). Prints a summary; exits non-zero on any failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { log } from './lib/log';
import { ensureChromium, ensurePdfRenderer } from './lib/debian-tools';
import { startTestStack, type TestStack } from '../tests/support/stack';
import { leaksInLogs, leaksInTemporal } from '../tests/support/pii-scan';
import { CLUSTER_FAULT_TESTS, CLUSTER_INTEGRATION_TESTS, clusterStageEnv } from './lib/cluster-stage';
import { summaryOf, type FuzzResults } from './lib/api-fuzz-plan';
import { buildWorkflowBundle } from './workflow-bundle';

const root = path.resolve(__dirname, '..');
const bin = (pkg: string, rel: string) => path.join(root, 'node_modules', pkg, rel);
const TESTS = 'Tests (jest: unit, integration, browser)';
const FAULTS =
  'Fault tests (worker SIGKILL, Temporal restart, PostgreSQL outage, idempotency, replay, notice dispatch)';
const FUZZ = 'API fuzz (schemathesis on /api/openapi.json as anonymous, clerk, approver, admin)';
const CLUSTER = 'Cluster stage: integration (matters, platform) on the cluster-grade Temporal, 2 workers, 2 APIs';
const CLUSTER_FAULTS = 'Cluster stage: faults (worker SIGKILL, restart, PostgreSQL outage, history service killed)';
/** the jest stages, with the label of their counts in the summary and the file jest writes them to */
const JEST_STAGES = [
  { name: TESTS, label: 'jest', results: 'jest-results.json' },
  { name: FAULTS, label: 'faults', results: 'jest-results-faults.json' },
  { name: CLUSTER, label: 'cluster', results: 'jest-results-cluster.json' },
  { name: CLUSTER_FAULTS, label: 'cluster faults', results: 'jest-results-cluster-faults.json' },
];
const checks: Array<{ name: string; ok: boolean }> = [];

function check(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  log.stage(name);
  const ok = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env }).status === 0;
  checks.push({ name, ok });
  (ok ? log.ok : log.fail)(`${name}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

interface JestResults {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTotalTestSuites: number;
  numFailedTestSuites: number;
  numRuntimeErrorTestSuites: number;
}

/** A jest stage; its counts when jest wrote them. */
function runJest(name: string, args: string[], env: NodeJS.ProcessEnv): JestResults | undefined {
  const resultsFile = path.join(root, 'data', 'test', JEST_STAGES.find((s) => s.name === name)!.results);
  rmSync(resultsFile, { force: true });
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  check(name, process.execPath, [bin('jest', 'bin/jest.js'), '--json', `--outputFile=${resultsFile}`, ...args], env);
  return existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
}

/**
 * After the whole run: no valid ID number and no typed form text (the tests' marker) in any log or Temporal history,
 * and no mobile number in any history (PIPL).
 */
async function scanForPersonalData(env: Record<string, string>) {
  const name = 'Personal data scan (logs, Temporal histories)';
  log.stage(name);
  const temporal = await leaksInTemporal(env.TEMPORAL_ADDRESS);
  const logs = leaksInLogs(path.join(env.DATA_DIR, 'logs'));
  // masked, so the report itself does not repeat what it found
  const masked = (values: string[]) => values.map((v) => `${v.slice(0, 3)}…${v.slice(-2)}`).join(', ');
  for (const t of temporal) log.fail(`personal data in plain text in workflow ${t.workflowId}: ${masked(t.ids)}`);
  for (const l of logs) log.fail(`personal data in plain text in log ${l.file}: ${masked(l.ids)}`);
  const ok = temporal.length === 0 && logs.length === 0;
  checks.push({ name, ok });
  (ok ? log.ok : log.fail)(`${name}: ${ok ? 'passed' : 'FAILED'}`);
}

/**
 * Starts scripts/prepare-tools.ts for one group in the background (its output in data/test/tools-<group>.log), at
 * low priority when other stages run beside it; resolves when it is done. Never fails the run: a tool missing
 * afterwards is built, or reported, where it is used.
 */
function prepareTools(group: 'jest' | 'later', lowPriority: boolean): Promise<void> {
  const logFile = path.join(root, 'data', 'test', `tools-${group}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const out = openSync(logFile, 'w');
  const script = [bin('tsx', 'dist/cli.mjs'), path.join('scripts', 'prepare-tools.ts'), group];
  const [cmd, ...args] = lowPriority
    ? ['nice', '-n', '19', process.execPath, ...script]
    : [process.execPath, ...script];
  const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', out, out] });
  return new Promise((resolve) => {
    child.on('error', () => resolve());
    child.on('exit', (code) => {
      if (code !== 0) log.warn(`preparing the ${group} tools failed: see ${path.relative(root, logFile)}`);
      resolve();
    });
  });
}

/** The fuzz stage, on a stack of its own (slot 8 unless OW_TEST_SLOT says otherwise); its counts and time. */
function runFuzz(): FuzzResults | undefined {
  const resultsFile = path.join(root, 'data', 'test', 'fuzz-results.json');
  rmSync(resultsFile, { force: true });
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  check(FUZZ, process.execPath, [bin('tsx', 'dist/cli.mjs'), path.join('scripts', 'api-fuzz.ts')], {
    ...process.env,
    OW_SKIP_CONSOLE_BUILD: '1',
    OW_TEST_SLOT: process.env.OW_TEST_SLOT ?? '8',
    FUZZ_RESULTS: resultsFile,
  });
  return existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as FuzzResults) : undefined;
}

async function main() {
  const jestArgs = process.argv.slice(2);
  const jestTools = prepareTools('jest', false);
  check('Lint (eslint)', process.execPath, [bin('eslint', 'bin/eslint.js'), '.']);
  check('Format (prettier --check)', process.execPath, [bin('prettier', 'bin/prettier.cjs'), '--check', '.']);
  check('Type-check (tsc --noEmit)', process.execPath, [
    bin('typescript', 'bin/tsc'),
    '--noEmit',
    '-p',
    'tsconfig.json',
  ]);

  // one bundle of the workflows for the whole run: every worker start (fault tests restart workers dozens of times)
  // and every workflow test bed loads it instead of bundling again
  log.stage('Workflow bundle (every worker and workflow test bed of this run loads it)');
  try {
    process.env.WORKFLOW_BUNDLE = await buildWorkflowBundle(path.join(root, 'data', 'test', 'workflow-bundle.js'));
    log.ok(`workflow bundle: ${path.relative(root, process.env.WORKFLOW_BUNDLE)}`);
  } catch (err) {
    log.warn(`no workflow bundle, each worker bundles its own: ${err instanceof Error ? err.message : String(err)}`);
  }

  log.stage('Browser for the console tests, PDF renderer for the results test (Debian packages)');
  const chromium = ensureChromium(process.env.CHROMIUM_PATH);
  log.ok(`chromium: ${chromium}, pdftoppm: ${ensurePdfRenderer()}`);

  log.stage('Tools (Temporal CLI, Mailpit, S3 test server: built from the Go module proxy the first time)');
  await jestTools;
  const laterTools = jestArgs.length === 0 ? prepareTools('later', true) : Promise.resolve();

  let stack: TestStack | undefined;
  const jest: Partial<Record<string, JestResults>> = {};
  try {
    stack = await startTestStack();
    jest[TESTS] = runJest(TESTS, ['--maxWorkers=2', ...jestArgs], {
      ...process.env,
      ...stack.env,
      CHROMIUM_PATH: chromium,
    });
    await scanForPersonalData(stack.env).catch((err: unknown) => {
      log.fail(`personal data scan could not run: ${err instanceof Error ? err.message : String(err)}`);
      checks.push({ name: 'Personal data scan (logs, Temporal histories)', ok: false });
    });
  } finally {
    await stack?.stop();
  }
  let fuzz: FuzzResults | undefined;
  if (jestArgs.length === 0) {
    await laterTools;
    fuzz = runFuzz();
    // their global setup starts a stack of their own, on slot 9 unless OW_TEST_SLOT says otherwise
    jest[FAULTS] = runJest(FAULTS, ['--selectProjects', 'faults', '--runInBand'], {
      ...process.env,
      OW_FAULTS: '1',
      OW_SKIP_CONSOLE_BUILD: '1',
      OW_TEST_SLOT: process.env.OW_TEST_SLOT ?? '9',
    });
    // the same product on the cluster-grade server; OW_CLUSTER_STAGE=0 leaves it out (a quick local run)
    if (process.env.OW_CLUSTER_STAGE !== '0') {
      const integration = [...CLUSTER_INTEGRATION_TESTS, '--selectProjects', 'integration', '--runInBand'];
      jest[CLUSTER] = runJest(CLUSTER, integration, clusterStageEnv(process.env, false));
      const faults = [...CLUSTER_FAULT_TESTS, '--selectProjects', 'faults', '--runInBand'];
      jest[CLUSTER_FAULTS] = runJest(CLUSTER_FAULTS, faults, clusterStageEnv(process.env, true));
    }
  }

  log.stage('Summary');
  for (const c of checks) console.log(`  ${c.ok ? '✔' : '✘'} ${c.name}`);
  const reports = JEST_STAGES.flatMap(({ name }) => (jest[name] ? [jest[name]!] : []));
  for (const { name, label } of JEST_STAGES) {
    const r = jest[name];
    if (r)
      console.log(
        `  ${label}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped in ${r.numTotalTestSuites} suites (${r.numRuntimeErrorTestSuites} suites could not run)`,
      );
  }
  if (fuzz) console.log(`  ${summaryOf(fuzz)}`);
  // Lint and type-check count as one check each; jest's own counts stand for a jest stage when it reported them.
  const counted = checks.filter((c) => !jest[c.name]);
  const sum = (key: keyof JestResults) => reports.reduce((n, r) => n + r[key], 0);
  const passed = sum('numPassedTests') + counted.filter((c) => c.ok).length;
  const failed = sum('numFailedTests') + sum('numRuntimeErrorTestSuites') + counted.filter((c) => !c.ok).length;
  const noTests = !jest[TESTS] || jest[TESTS].numPassedTests === 0;
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || noTests ? 1 : 0);
}

main().catch((err) => {
  log.fail(err instanceof Error ? err.message : String(err));
  console.log('\n0 passed, 1 failed');
  process.exit(1);
});
