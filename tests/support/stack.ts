import { rmSync } from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { ensureTemporalCli, startTemporalDevServer, stopChild } from '../../scripts/lib/temporal-server';
import { recreateDatabase, startEmbeddedPostgres, withDatabase } from '../../scripts/lib/postgres';
import { migrate, seedDemoData } from '../../scripts/lib/database';
import { spawnService, waitForHealthy } from '../../scripts/lib/services';
import { DEFAULT_CONSOLE_DIR, buildConsoleIfStale } from '../../scripts/lib/console-build';
import { log } from '../../scripts/lib/log';
import { slotPorts } from '../../scripts/lib/slot-ports';
import { TEST_PROXY_ADDRESS } from './api-client';
import {
  ensureMailpit,
  mailpitOptionsEnv,
  startMailpit,
  stopMailpit,
  type MailpitOptions,
} from '../../scripts/lib/mailpit';
import { CLUSTER_CONNECTIONS, raiseConnectionLimit } from '../../scripts/lib/temporal-cluster';
import { startRoundRobinProxy } from '../../scripts/lib/round-robin-proxy';
import { clusterDir, stackApiPorts, stackProcesses, startTestCluster, testTemporalKind } from './stack-cluster';

/** OW_TEST_SLOT (0-9) lets parallel stacks coexist. */
const SLOT = Number(process.env.OW_TEST_SLOT ?? 0);
export const TEST_PORTS = slotPorts(SLOT);
/** OW_TEST_TEMPORAL: the dev server in memory (default), or the cluster-grade server (stack-cluster.ts) */
const TEMPORAL_KIND = testTemporalKind();
const root = path.resolve(__dirname, '..', '..');
const dataDir = path.join(root, 'data', SLOT ? `test-${SLOT}` : 'test');
const TEST_PII_KEY = 'a'.repeat(64);

export interface TestStack {
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Real servers for integration and browser tests: an in-memory Temporal dev server (or the cluster-grade server on
 * the stack's PostgreSQL: OW_TEST_TEMPORAL, stack-cluster.ts), Mailpit (a fresh message store), PostgreSQL with a
 * fresh database (DATABASE_URL's server if TEST_DATABASE_URL is given), migrations, demo data, worker and API.
 */
export async function startTestStack(): Promise<TestStack> {
  const stoppers: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stoppers.reverse()) await s().catch(() => undefined);
  };
  try {
    const cli = ensureTemporalCli(process.env.TEMPORAL_CLI);
    let temporalAddress: string;
    if (TEMPORAL_KIND === 'dev') {
      log.stage('Test stack: Temporal dev server (in memory)');
      const temporal = await startTemporalDevServer({
        cli,
        port: TEST_PORTS.temporal,
        logFile: path.join(dataDir, 'logs', 'temporal.log'),
      });
      stoppers.push(temporal.stop);
      temporalAddress = temporal.address;
    }

    log.stage('Test stack: Mailpit (the SMTP server notices go to)');
    const mailpitOptions: MailpitOptions = {
      binary: ensureMailpit(process.env.MAILPIT),
      smtpPort: TEST_PORTS.api + 1,
      httpPort: TEST_PORTS.api + 2,
      dbFile: path.join(dataDir, 'mailpit', 'mailpit.db'),
      logFile: path.join(dataDir, 'logs', 'mailpit.log'),
      pidFile: path.join(dataDir, 'mailpit.pid'),
    };
    // a run cut off before its end may have left its Mailpit running, and its messages
    await stopMailpit(mailpitOptions.pidFile);
    rmSync(path.dirname(mailpitOptions.dbFile), { recursive: true, force: true });
    const mailpit = await startMailpit(mailpitOptions);
    stoppers.push(mailpit.stop);

    log.stage('Test stack: PostgreSQL (fresh database onewindow_test)');
    let databaseUrl = process.env.TEST_DATABASE_URL;
    if (!databaseUrl) {
      const pgDir = path.join(dataDir, 'postgres');
      let pgServer = await startEmbeddedPostgres(pgDir, TEST_PORTS.postgres, 'postgres');
      // the cluster's own connection pools come on top of the stack's
      if (TEMPORAL_KIND !== 'dev' && (await raiseConnectionLimit(pgServer.url, CLUSTER_CONNECTIONS))) {
        await pgServer.stop();
        pgServer = await startEmbeddedPostgres(pgDir, TEST_PORTS.postgres, 'postgres');
      }
      stoppers.push(pgServer.stop);
      databaseUrl = withDatabase(pgServer.url, 'onewindow_test');
    }
    if (TEMPORAL_KIND !== 'dev') {
      log.stage(`Test stack: cluster-grade Temporal server (${TEMPORAL_KIND}, on this PostgreSQL)`);
      const cluster = await startTestCluster({ kind: TEMPORAL_KIND, databaseUrl, dataDir, slot: SLOT });
      stoppers.push(() => cluster.stop());
      temporalAddress = cluster.address;
    }
    await recreateDatabase(databaseUrl);
    await migrate(databaseUrl);
    await seedDemoData(databaseUrl);
    log.ok('database migrated and seeded');

    // API-only runs (OW_SKIP_CONSOLE_BUILD=1) need no console; browser tests do
    const consoleDir = SLOT ? path.join(dataDir, 'console') : DEFAULT_CONSOLE_DIR;
    if (process.env.OW_SKIP_CONSOLE_BUILD !== '1') buildConsoleIfStale(log.info, consoleDir);
    const env: Record<string, string> = {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress!,
      TEMPORAL_TASK_QUEUE: 'onewindow-test',
      TEMPORAL_CLI: cli,
      PORT: String(TEST_PORTS.api),
      HOST: '127.0.0.1',
      PII_KEY: TEST_PII_KEY,
      DATA_DIR: dataDir,
      TEST_API_URL: `http://127.0.0.1:${TEST_PORTS.api}`,
      CONSOLE_DIR: consoleDir,
      TEST_STACK_READY: '1',
      LOG_LEVEL: 'warn',
      // many test users log in from one address; the limits themselves are tested with their own low values
      LOGIN_RATE_LIMIT: '1000',
      PUBLIC_RATE_LIMIT: '1000',
      PENDING_START_SWEEP_SECONDS: '2',
      // a service task gives up after seconds, so incident tests wait for no backoff of minutes
      SERVICE_RETRY_MAX_ATTEMPTS: '3',
      SERVICE_RETRY_INITIAL_SECONDS: '1',
      SERVICE_RETRY_MAX_SECONDS: '2',
      // tests that need clients of their own send through this address as a proxy would (forwardedRequest)
      TRUST_PROXY: TEST_PROXY_ADDRESS,
      SMTP_HOST: mailpit.smtpHost,
      SMTP_PORT: String(mailpit.smtpPort),
      MAILPIT_URL: mailpit.httpUrl,
      MAILPIT_OPTIONS: mailpitOptionsEnv(mailpitOptions),
      // notices go out at once and, after a failure, come back within seconds
      NOTICE_POLL_MS: '200',
      NOTICE_RETRY_BASE_SECONDS: '1',
      NOTICE_RETRY_MAX_SECONDS: '2',
      NOTICE_REMINDER_SWEEP_SECONDS: '2',
      // fault tests stop and start the cluster's processes through it (clusterControl)
      ...(TEMPORAL_KIND === 'dev' ? {} : { OW_TEMPORAL_CLUSTER_DIR: clusterDir(dataDir) }),
    };
    const count = stackProcesses(TEMPORAL_KIND);
    log.stage(count === 1 ? 'Test stack: worker and API' : `Test stack: ${count} workers and ${count} APIs`);
    const children: ChildProcess[] = [];
    const apiPorts = stackApiPorts(SLOT, count);
    const services = [
      ...apiPorts.map((port, i) => ({ name: i ? `worker-${i + 1}` : 'worker', entry: 'worker/main.ts', port })),
      ...apiPorts.map((port, i) => ({ name: i ? `api-${i + 1}` : 'api', entry: 'api/main.ts', port })),
    ];
    for (const { name, entry, port } of services) {
      const child = spawnService(
        name,
        entry,
        { ...process.env, ...env, PORT: String(port) },
        path.join(dataDir, 'logs', `${name}.log`),
        false,
      );
      children.push(child);
      stoppers.push(() => stopChild(child));
    }
    if (count > 1) {
      const balancer = await startRoundRobinProxy(TEST_PORTS.api, apiPorts);
      stoppers.push(balancer.stop);
      for (const port of apiPorts) await waitForHealthy(`http://127.0.0.1:${port}/api/health`, children);
    }
    await waitForHealthy(`${env.TEST_API_URL}/api/health`, children);
    log.ok(`test stack ready (API ${env.TEST_API_URL}, logs in data/test/logs)`);
    return { env, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
