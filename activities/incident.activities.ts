import { incidentRowOf } from '../platform/incident-row';
import type { ProcedureActivities } from './activity-types';
import type { ActivityDeps } from './deps';

type IncidentActivities = Pick<ProcedureActivities, 'recordIncident' | 'resolveIncident'>;

/** The Incident rows: written once by id, closed once (a retried or replayed write changes nothing). */
export function incidentActivities({ db }: ActivityDeps): IncidentActivities {
  return {
    async recordIncident({ matterId, incident }) {
      await db.incident.createMany({ data: [incidentRowOf(matterId, incident)], skipDuplicates: true });
    },

    async resolveIncident({ incidentId, resolution, actorId, atIso, note, toNodeId }) {
      await db.incident.updateMany({
        where: { id: incidentId, resolvedAt: null },
        data: {
          resolvedAt: new Date(atIso),
          resolution,
          resolvedById: actorId,
          resolutionNote: note ?? null,
          movedToNodeId: toNodeId ?? null,
        },
      });
    },
  };
}
