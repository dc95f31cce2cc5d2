import { runWorkerProcess } from '../../worker/run-worker';
import { DEADLINE_TASK_QUEUE, benchDeadlineActivities, benchRefreshDeadline } from './activities';

/** worker/main.ts with the same defaults, on its own task queue, with the bench's deadline stand-in and baseline. */
runWorkerProcess({
  name: 'bench-worker',
  taskQueue: DEADLINE_TASK_QUEUE,
  workflowsPath: require.resolve('./workflows'),
  moreActivities: ({ db }) => ({ refreshDeadline: benchRefreshDeadline(db), ...benchDeadlineActivities(db) }),
});
