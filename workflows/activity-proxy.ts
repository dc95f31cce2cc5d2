import { proxyActivities, type ActivityOptions } from '@temporalio/workflow';
// eslint-disable-next-line no-restricted-imports -- type-only: erased from the bundle, it is the activities' contract
import type { ProcedureActivities } from '../activities/activity-types';

/** Every activity is idempotent by its key, so retrying without limit (no maximumAttempts) is safe; a ValidationError will not heal by retrying. */
export const ACTIVITY_OPTIONS = {
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: ['ValidationError'],
  },
} satisfies ActivityOptions;

export const activities = proxyActivities<ProcedureActivities>(ACTIVITY_OPTIONS);
