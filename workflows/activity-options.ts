import type { ActivityOptions, LocalActivityOptions } from '@temporalio/workflow';
import type { ServiceRetryBudget } from './incident-contract';

/**
 * Every activity is idempotent by its key, so retrying without limit (no maximumAttempts) is safe; a ValidationError
 * will not heal by retrying. A service task's activity has a budget instead (serviceActivityOptions). Plain data with a type-only import: the bench's settings table reads it without the SDK.
 */
export const ACTIVITY_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: ['ValidationError'],
  },
};

/**
 * The same for the writes of a person's step (an Update): a write the database refuses for what it holds
 * (`WriteRefused`, activities/refused-writes.ts) fails at once, so the step is rolled back and refused
 * (workflows/step-rollback.ts) instead of waiting for ever. Elsewhere (a timer, a signal) it keeps retrying.
 */
export const STEP_ACTIVITY_OPTIONS: ActivityOptions = {
  ...ACTIVITY_OPTIONS,
  retry: { ...ACTIVITY_OPTIONS.retry, nonRetryableErrorTypes: ['ValidationError', 'WriteRefused'] },
};

/**
 * The same writes run as local activities inside the step's own workflow task (STEP_WRITES_LOCAL): no activity task to
 * schedule, poll and report, and no second workflow task to finish the Update. A write takes milliseconds; an attempt
 * that hangs is cut at 10 s and tried again, without limit as above (the step waits for the database, it is not
 * refused for being slow). While they run the worker heartbeats the workflow task, so a step longer than the task's
 * timeout keeps its task; a worker that dies re-runs them on the retried task, idempotent by key.
 */
export const STEP_LOCAL_ACTIVITY_OPTIONS: LocalActivityOptions = {
  startToCloseTimeout: '10 seconds',
  retry: STEP_ACTIVITY_OPTIONS.retry,
};

/**
 * A service task's call: a few attempts with backoff, then an incident a person resolves (workflows/incidents.ts),
 * rather than retrying for ever with nobody told. The writes the engine itself makes keep ACTIVITY_OPTIONS.
 */
export function serviceActivityOptions(budget: ServiceRetryBudget): ActivityOptions {
  return {
    ...ACTIVITY_OPTIONS,
    retry: {
      ...ACTIVITY_OPTIONS.retry,
      maximumAttempts: budget.maximumAttempts,
      initialInterval: `${budget.initialIntervalSeconds} seconds`,
      maximumInterval: `${budget.maximumIntervalSeconds} seconds`,
    },
  };
}
