import { proxyActivities } from '@temporalio/workflow';
// eslint-disable-next-line no-restricted-imports -- type-only: erased from the bundle, it is the activities' contract
import type { ProcedureActivities } from '../activities/activity-types';
import { ACTIVITY_OPTIONS } from './activity-options';

export const activities = proxyActivities<ProcedureActivities>(ACTIVITY_OPTIONS);
