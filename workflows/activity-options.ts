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
