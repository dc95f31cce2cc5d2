import {
  ActivityFailure,
  CancelledFailure,
  proxyActivities,
  proxyLocalActivities,
  TemporalFailure,
} from '@temporalio/workflow';
import { RetryState } from '@temporalio/common';
import type { ProcedureActivities } from '../activities/activity-types';
import {
  ACTIVITY_OPTIONS,
  STEP_ACTIVITY_OPTIONS,
  STEP_LOCAL_ACTIVITY_OPTIONS,
  serviceActivityOptions,
} from './activity-options';
import type { ServiceRetryBudget } from './incident-contract';

export const activities = proxyActivities<ProcedureActivities>(ACTIVITY_OPTIONS);
/** for a person's step: a refused write fails at once (ProcedureRuntime.io) */
export const stepActivities = proxyActivities<ProcedureActivities>(STEP_ACTIVITY_OPTIONS);
/** the same, run in the step's own workflow task (STEP_WRITES_LOCAL) */
export const stepLocalActivities = failingAsActivities(
  proxyLocalActivities<ProcedureActivities>(STEP_LOCAL_ACTIVITY_OPTIONS),
);
/** for a service task: within its retry budget, then an incident (workflows/incidents.ts) */
export const serviceActivities = (budget: ServiceRetryBudget) =>
  proxyActivities<ProcedureActivities>(serviceActivityOptions(budget));

/**
 * A local activity's failure reaches the workflow bare (the SDK's core does not wrap it as it wraps a regular
 * activity's), so it is wrapped here: atomicStep rolls a step back on an ActivityFailure, never on a refusal the
 * workflow throws itself.
 */
function failingAsActivities(local: ProcedureActivities): ProcedureActivities {
  return new Proxy(local, {
    get: (target, name: keyof ProcedureActivities) => {
      const call = target[name] as (...args: unknown[]) => Promise<unknown>;
      return async (...args: unknown[]) => {
        try {
          return await call(...args);
        } catch (error) {
          if (!(error instanceof TemporalFailure) || error instanceof ActivityFailure) throw error;
          // retried without limit and no scheduleToClose: it ends only when refused for good or cancelled
          const retryState =
            error instanceof CancelledFailure ? RetryState.CANCEL_REQUESTED : RetryState.NON_RETRYABLE_FAILURE;
          throw new ActivityFailure(error.message, name, undefined, retryState, undefined, error);
        }
      };
    },
  });
}
