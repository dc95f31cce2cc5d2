import { createCalendarSource } from '../platform/calendar-source';
import type { ProcedureActivities } from './activity-types';
import { calledProcedureActivities } from './called-procedure.activities';
import { deadlineActivities } from './deadline.activities';
import type { ActivityDeps } from './deps';
import { incidentActivities } from './incident.activities';
import { matterActivities } from './matter.activities';
import { matterVersionActivities } from './matter-version.activities';
import { readSideActivities } from './read-side.activities';
import { failFastOnRefusedWrites } from './refused-writes';
import { taskActivities } from './task.activities';

export function createActivities(deps: ActivityDeps): ProcedureActivities {
  return failFastOnRefusedWrites({
    ...deadlineActivities(deps, createCalendarSource(deps.db, deps.notices)),
    ...taskActivities(deps),
    ...matterActivities(deps),
    ...readSideActivities(deps),
    ...incidentActivities(deps),
    ...matterVersionActivities(deps),
    ...calledProcedureActivities(deps),
  });
}
