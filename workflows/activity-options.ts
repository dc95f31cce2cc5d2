import type { ActivityOptions } from '@temporalio/workflow';
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
