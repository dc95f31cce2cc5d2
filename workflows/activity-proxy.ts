import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { ProcedureActivities } from '../activities/activity-types';
import { ACTIVITY_OPTIONS, STEP_ACTIVITY_OPTIONS, serviceActivityOptions } from './activity-options';
import type { ServiceRetryBudget } from './incident-contract';

export const activities = proxyActivities<ProcedureActivities>(ACTIVITY_OPTIONS);
/** for a person's step: a refused write fails at once (ProcedureRuntime.io) */
export const stepActivities = proxyActivities<ProcedureActivities>(STEP_ACTIVITY_OPTIONS);
/** the same run in the workflow task that asked for them (a migration's writes, patch migration-local-writes) */
export const localStepActivities = proxyLocalActivities<ProcedureActivities>(STEP_ACTIVITY_OPTIONS);
/** for a service task: within its retry budget, then an incident (workflows/incidents.ts) */
export const serviceActivities = (budget: ServiceRetryBudget) =>
  proxyActivities<ProcedureActivities>(serviceActivityOptions(budget));
