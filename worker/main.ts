import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { loadConfig } from '../platform/config';
import { createDb } from '../platform/db';
import { createChangeNotices } from '../platform/change-notices';
import { connectClient, connectWorker, workerTuning } from '../platform/temporal';
import { createLogger } from '../platform/logger';
import { createActivities } from '../activities';

/** Wiring only: dependencies → activities → a worker polling the task queue. Run as many as you like. */
async function main() {
  const config = loadConfig();
  // The SDK's INFO level prints the whole webpack report of the workflow bundle; warnings are what operators need.
  Runtime.install({ logger: new DefaultLogger(config.LOG_LEVEL === 'debug' ? 'DEBUG' : 'WARN') });
  const logger = createLogger('worker', config.LOG_LEVEL);
  const db = createDb(config.DATABASE_URL);
  const temporal = connectClient(config);
  const notices = createChangeNotices(config.DATABASE_URL);
  const connection = await connectWorker(config);
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    ...workerTuning(config),
    workflowsPath: require.resolve('../workflows'),
    activities: createActivities({ db, temporal, config, logger, now: () => new Date(), notices }),
  });
  logger.info('worker polling', { taskQueue: config.TEMPORAL_TASK_QUEUE });
  await worker.run();
  await Promise.all([notices.close(), db.$disconnect(), connection.close(), temporal.connection.close()]);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
