/**
 * `npm test`'s API fuzz stage (`npm run test:fuzz` alone): a test stack of its own (tests/support/stack.ts, a fresh
 * database on its slot), then schemathesis against /api/openapi.json as anonymous, clerk, approver and admin
 * (scripts/lib/api-fuzz-plan.ts). Reports in data/test[-slot]/fuzz/<user>/; exits 1 on any finding.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { log } from './lib/log';
import { ensureSchemathesis } from './lib/schemathesis';
import {
  FUZZ_CHECKS,
  FUZZ_EXCLUDED,
  FUZZ_MAX_EXAMPLES,
  FUZZ_PHASES,
  FUZZ_SEED,
  FUZZ_USERS,
  summaryOf,
  type FuzzRun,
} from './lib/api-fuzz-plan';
import { startTestStack, type TestStack } from '../tests/support/stack';
import { ApiClient } from '../tests/support/api-client';

/** The JUnit report's totals (one test case per operation; a failed one holds each distinct finding). */
function countsOf(junitFile: string): { operations: number; failures: number } {
  if (!existsSync(junitFile)) return { operations: 0, failures: 0 };
  const xml = readFileSync(junitFile, 'utf8');
  const attribute = (name: string) => Number(new RegExp(`<testsuite [^>]*\\b${name}="(\\d+)"`).exec(xml)?.[1] ?? 0);
  return { operations: attribute('tests'), failures: attribute('failures') + attribute('errors') };
}

/**
 * Logs in, once more after a dropped connection: schemathesis runs synchronously, so while it does, fetch's pool
 * cannot retire its idle connections, and the first request after a long run may go out on one the API has closed.
 */
async function loginRetried(username: string, apiUrl: string): Promise<ApiClient> {
  try {
    return await ApiClient.login(username, undefined, apiUrl);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e; // fetch failed: the connection, not the answer
    return ApiClient.login(username, undefined, apiUrl);
  }
}

/** The headers a logged-in user sends: the session cookie, and the CSRF token every write needs. */
async function headersOf(apiUrl: string, username: string | undefined): Promise<string[]> {
  if (!username) return [];
  const client = await loginRetried(username, apiUrl);
  return ['-H', `Cookie: ${client.cookieHeader}`, '-H', `x-csrf-token: ${client.csrf}`];
}

function runSchemathesis(
  binary: string,
  apiUrl: string,
  user: (typeof FUZZ_USERS)[number],
  headers: string[],
  reportDir: string,
): number | null {
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  const args = [
    'run',
    `${apiUrl}/api/openapi.json`,
    '--url',
    apiUrl,
    '--checks',
    FUZZ_CHECKS.join(','),
    '--phases',
    process.env.FUZZ_PHASES ?? FUZZ_PHASES,
    '--max-examples',
    process.env.FUZZ_MAX_EXAMPLES ?? String(FUZZ_MAX_EXAMPLES),
    '--seed',
    process.env.FUZZ_SEED ?? String(FUZZ_SEED),
    // one worker: with two threads, Python 3.11.7's compile() fails now and then ("AST constructor recursion depth
    // mismatch", a CPython bug of compile() in threads) inside hypothesis and anyio: an error of the fuzzer, no finding
    '--workers',
    '1',
    '--continue-on-failure',
    // a finding is reported with the case that found it: shrinking it costs more requests than the whole run
    '--no-shrink',
    '--report',
    'junit,ndjson',
    '--report-junit-path',
    path.join(reportDir, 'junit.xml'),
    '--report-ndjson-path',
    path.join(reportDir, 'events.ndjson'),
    ...FUZZ_EXCLUDED.flatMap((e) => ['--exclude-name', `${e.method} ${e.path}`]),
    ...(user.onlyPaths ? ['--include-path-regex', user.onlyPaths] : []),
    ...headers,
  ];
  // in the report folder, emptied above: schemathesis keeps a cache of past crashes (.schemathesis/) in its working
  // folder and replays them first, which would make a run depend on the runs before it
  const result = spawnSync(binary, args, { cwd: reportDir, stdio: 'inherit', env: { ...process.env, NO_COLOR: '1' } });
  // Ctrl-C or a kill reaches schemathesis first: stop here, and the stack with it
  if (result.signal) throw new Error(`schemathesis was stopped (${result.signal})`);
  return result.status;
}

async function main() {
  // Ctrl-C or a kill of the process group: schemathesis ends with it, and the run below stops the stack it started
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      stopping = true;
      log.warn(`${signal}: stopping the fuzz stage and its stack`);
    });
  const started = Date.now();
  const binary = ensureSchemathesis(process.env.SCHEMATHESIS);
  let stack: TestStack | undefined;
  const runs: FuzzRun[] = [];
  try {
    stack = await startTestStack();
    const apiUrl = stack.env.TEST_API_URL;
    for (const user of FUZZ_USERS) {
      if (stopping) throw new Error('the fuzz stage was stopped');
      log.stage(`API fuzz as ${user.label}`);
      const reportDir = path.join(stack.env.DATA_DIR, 'fuzz', user.label);
      const status = runSchemathesis(binary, apiUrl, user, await headersOf(apiUrl, user.username), reportDir);
      const { operations, failures } = countsOf(path.join(reportDir, 'junit.xml'));
      runs.push({ label: user.label, operations, failures, ok: status === 0 && operations > 0 });
    }
  } finally {
    await stack?.stop();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  for (const r of runs)
    (r.ok ? log.ok : log.fail)(`${r.label}: ${r.operations} operations, ${r.failures} with findings`);
  const ok = runs.length === FUZZ_USERS.length && runs.every((r) => r.ok);
  console.log(summaryOf({ runs, seconds, ok }));
  if (process.env.FUZZ_RESULTS) writeFileSync(process.env.FUZZ_RESULTS, JSON.stringify({ runs, seconds, ok }));
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  log.fail(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
