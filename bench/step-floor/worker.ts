import { runWorkerProcess } from '../../worker/run-worker';
import { STEP_FLOOR_TASK_QUEUE } from './contract';

/** worker/main.ts with the same defaults, on its own task queue, running the step floor's workflow alone. */
runWorkerProcess({
  name: 'step-floor-worker',
  taskQueue: STEP_FLOOR_TASK_QUEUE,
  workflowsPath: require.resolve('./workflows'),
});
