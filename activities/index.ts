import { createCalendarSource } from '../platform/calendar-source';
import type { ProcedureActivities } from './activity-types';
import { deadlineActivities } from './deadline.activities';
import type { ActivityDeps } from './deps';
import { matterActivities } from './matter.activities';
import { taskActivities } from './task.activities';

export function createActivities(deps: ActivityDeps): ProcedureActivities {
  return {
    ...deadlineActivities(deps, createCalendarSource(deps.db, deps.notices)),
    ...taskActivities(deps),
    ...matterActivities(deps),
  };
}
