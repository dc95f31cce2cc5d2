import { proxyActivities } from '@temporalio/workflow';
import type { ProcedureActivities } from '../activities/activity-types';
import { ACTIVITY_OPTIONS } from './activity-options';

export const activities = proxyActivities<ProcedureActivities>(ACTIVITY_OPTIONS);
