/**
 * `npm test`: lint, type-check, then every jest project (unit, integration, browser) against one real test
 * stack (Temporal dev server, PostgreSQL, worker, API). Prints a summary; exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { log } from './lib/log';
import { ensureChromium } from './lib/chromium';
import { startTestStack, type TestStack } from '../tests/support/stack';
import { leaksInLogs, leaksInTemporal } from '../tests/support/pii-scan';

const root = path.resolve(__dirname, '..');
const bin = (pkg: string, rel: string) => path.join(root, 'node_modules', pkg, rel);
const TESTS = 'Tests (jest: unit, integration, browser)';
const checks: Array<{ name: string; ok: boolean }> = [];

function check(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  log.stage(name);
  const ok = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env }).status === 0;
  checks.push({ name, ok });
  (ok ? log.ok : log.fail)(`${name}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

interface JestResults { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTotalTestSuites: number; numFailedTestSuites: number; numRuntimeErrorTestSuites: number }

/** After the whole run: no valid ID number in any log or Temporal history, and no mobile number in any history (PIPL). */
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

async function main() {
  const jestArgs = process.argv.slice(2);
  check('Lint (eslint)', process.execPath, [bin('eslint', 'bin/eslint.js'), '.']);
  check('Type-check (tsc --noEmit)', process.execPath, [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);

  log.stage('Browser for the console tests');
  const chromium = ensureChromium(process.env.CHROMIUM_PATH);
  log.ok(`chromium: ${chromium}`);

  let stack: TestStack | undefined;
  let jest: JestResults | undefined;
  try {
    stack = await startTestStack();
    const resultsFile = path.join(root, 'data', 'test', 'jest-results.json');
    rmSync(resultsFile, { force: true });
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    check(TESTS, process.execPath,
      [bin('jest', 'bin/jest.js'), '--maxWorkers=2', '--json', `--outputFile=${resultsFile}`, ...jestArgs],
      { ...process.env, ...stack.env, CHROMIUM_PATH: chromium });
    if (existsSync(resultsFile)) jest = JSON.parse(readFileSync(resultsFile, 'utf8'));
    await scanForPersonalData(stack.env);
  } finally {
    await stack?.stop();
  }

  log.stage('Summary');
  for (const c of checks) console.log(`  ${c.ok ? '✔' : '✘'} ${c.name}`);
  if (jest) {
    console.log(`  jest: ${jest.numPassedTests} passed, ${jest.numFailedTests} failed, ${jest.numPendingTests} skipped in ${jest.numTotalTestSuites} suites (${jest.numRuntimeErrorTestSuites} suites could not run)`);
  }
  // Lint and type-check count as one check each; jest's own counts stand for the test run when it reported them.
  const counted = checks.filter((c) => c.name !== TESTS || !jest);
  const passed = (jest?.numPassedTests ?? 0) + counted.filter((c) => c.ok).length;
  const failed = (jest?.numFailedTests ?? 0) + (jest?.numRuntimeErrorTestSuites ?? 0) + counted.filter((c) => !c.ok).length;
  const noTests = !jest || jest.numPassedTests === 0;
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || noTests ? 1 : 0);
}

main().catch((err) => {
  log.fail(err instanceof Error ? err.message : String(err));
  console.log('\n0 passed, 1 failed');
  process.exit(1);
});
