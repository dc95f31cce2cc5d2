import type { WorkerOptions } from '@temporalio/worker';
import type { Config } from './config';

type TuningConfig = Pick<Config, 'WORKER_MAX_CACHED_WORKFLOWS' | 'WORKER_STICKY_TIMEOUT_SECONDS'>;

/**
 * The worker options the configuration tunes, for every worker process (the product's and the deadline bench's);
 * the bench's settings table reads them from here too. Type-only imports: the bench loads this without the worker SDK.
 */
export function workerTuning(
  config: TuningConfig,
): Pick<WorkerOptions, 'maxCachedWorkflows' | 'stickyQueueScheduleToStartTimeout'> {
  return {
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    stickyQueueScheduleToStartTimeout: `${config.WORKER_STICKY_TIMEOUT_SECONDS}s`,
  };
}
