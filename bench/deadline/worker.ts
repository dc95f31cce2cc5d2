import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { loadConfig } from '../../platform/config';
import { createDb } from '../../platform/db';
import { createChangeNotices } from '../../platform/change-notices';
import { connectClient, connectWorker, workerTuning } from '../../platform/temporal';
import { createLogger } from '../../platform/logger';
import { createActivities } from '../../activities';
import { DEADLINE_TASK_QUEUE, benchDeadlineActivities, benchRefreshDeadline } from './activities';

/** worker/main.ts with the same defaults, on its own task queue, with the bench's deadline stand-in and baseline. */
async function main() {
  const config = loadConfig();
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const db = createDb(config.DATABASE_URL);
  const temporal = connectClient(config);
  const notices = createChangeNotices(config.DATABASE_URL);
  const connection = await connectWorker(config);
  const activities = createActivities({ db, temporal, config, logger: createLogger('bench-worker', config.LOG_LEVEL), now: () => new Date(), notices });
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: DEADLINE_TASK_QUEUE,
    ...workerTuning(config),
    workflowsPath: require.resolve('./workflows'),
    activities: { ...activities, refreshDeadline: benchRefreshDeadline(db), ...benchDeadlineActivities(db) },
  });
  console.log('bench deadline worker polling');
  await worker.run();
  await Promise.all([notices.close(), db.$disconnect(), connection.close(), temporal.connection.close()]);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
