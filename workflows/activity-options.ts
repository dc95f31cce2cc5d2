import type { ActivityOptions } from '@temporalio/workflow';

/**
 * Every activity is idempotent by its key, so retrying without limit (no maximumAttempts) is safe; a ValidationError
 * will not heal by retrying. Plain data with a type-only import: the bench's settings table reads it without the SDK.
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
