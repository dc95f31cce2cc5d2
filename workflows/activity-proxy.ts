import { proxyActivities } from '@temporalio/workflow';
import type { ProcedureActivities } from '../activities/activity-types';
import { ACTIVITY_OPTIONS, STEP_ACTIVITY_OPTIONS } from './activity-options';

export const activities = proxyActivities<ProcedureActivities>(ACTIVITY_OPTIONS);
/** for a person's step: a refused write fails at once (ProcedureRuntime.io) */
export const stepActivities = proxyActivities<ProcedureActivities>(STEP_ACTIVITY_OPTIONS);
