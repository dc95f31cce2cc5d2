import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { existsSync } from 'node:fs';
import { workflowCode } from './workflow-code';
import { loadConfig, type Config } from '../platform/config';
import { createDb } from '../platform/db';
import { createChangeNotices } from '../platform/change-notices';
import { createFileStore } from '../platform/file-store';
import { checkTemporalNamespace, connectClient, connectWorker } from '../platform/temporal';
import { TemporalNamespaceError } from '../platform/temporal-namespace-check';
import { workerTuning } from '../platform/worker-tuning';
import { createLogger } from '../platform/logger';
import { createActivities } from '../activities';
import type { ActivityDeps } from '../activities/deps';

export interface WorkerSetup {
  /** the logger's name */
  name: string;
  workflowsPath: string;
  /** a prebuilt bundle of the same workflows to load instead of bundling workflowsPath (the product's: WORKFLOW_BUNDLE) */
  prebuiltBundle?: (config: Config) => string | undefined;
  /** config.TEMPORAL_TASK_QUEUE unless given */
  taskQueue?: string;
  /** activities that join (or replace) the product's */
  moreActivities?: (deps: ActivityDeps) => object;
  /** work the process does beside the worker (the notice dispatcher), started first and stopped before the pool closes */
  alongside?: (deps: ActivityDeps) => { start(): void; stop(): Promise<void> } | undefined;
  /** once the worker polls: work that needs it running (e.g. the maintenance schedule); a failure is logged */
  afterStart?: (deps: ActivityDeps) => Promise<void>;
}

/** Wiring only: dependencies → activities → a worker polling its task queue until shut down, then closes what it opened. */
async function runWorker(setup: WorkerSetup): Promise<void> {
  const config = loadConfig();
  const bundle = setup.prebuiltBundle?.(config);
  if (bundle && !existsSync(bundle))
    throw new Error(
      `WORKFLOW_BUNDLE points at ${bundle}, which does not exist: build it with npm run workflows:bundle`,
    );
  // The SDK's INFO level prints the whole webpack report of the workflow bundle; warnings are what operators need.
  Runtime.install({ logger: new DefaultLogger(config.LOG_LEVEL === 'debug' ? 'DEBUG' : 'WARN') });
  const logger = createLogger(setup.name, config.LOG_LEVEL);
  const db = createDb(config.DATABASE_URL);
  const temporal = connectClient(config);
  const notices = createChangeNotices(config.DATABASE_URL);
  const connection = await connectWorker(config);
  await checkTemporalNamespace(config, temporal.connection, logger, { whenUnreachable: 'throw' });
  const files = createFileStore(config, config.PII_KEY);
  const deps: ActivityDeps = { db, temporal, config, logger, now: () => new Date(), notices, files };
  const beside = setup.alongside?.(deps);
  beside?.start();
  const taskQueue = setup.taskQueue ?? config.TEMPORAL_TASK_QUEUE;
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue,
    ...workerTuning(config),
    ...workflowCode(bundle, setup.workflowsPath),
    activities: { ...createActivities(deps), ...setup.moreActivities?.(deps) },
  });
  logger.info('worker polling', { taskQueue });
  const running = worker.run();
  await setup.afterStart?.(deps).catch((e: unknown) => logger.error('after-start work failed', { error: String(e) }));
  await running;
  await beside?.stop();
  await Promise.all([notices.close(), db.$disconnect(), connection.close(), temporal.connection.close()]);
}

/** A worker process's entry: a failure to start or run ends the process with its stack. */
export function runWorkerProcess(setup: WorkerSetup): void {
  runWorker(setup).catch((err) => {
    // an unfit namespace is the operator's to fix: its message says how, a stack would only bury it
    console.error(err instanceof TemporalNamespaceError ? err.message : err instanceof Error ? err.stack : err);
    process.exit(1);
  });
}
