import type { OpenIncident } from '../workflows/incident-contract';

/** An open incident's row as the workflow raised it (the activity writes it, reconcile writes it back). */
export function incidentRowOf(matterId: string, incident: OpenIncident) {
  return {
    id: incident.incidentId,
    matterId,
    tokenId: incident.tokenId,
    nodeId: incident.nodeId,
    nodeName: incident.nodeName,
    kind: incident.kind,
    causeZh: incident.zh,
    causeEn: incident.en,
    attempts: incident.attempts,
    targets: incident.targets.map((target) => ({ ...target })),
    raisedAt: new Date(incident.since),
  };
}

/** What an open row carries in the resolution's columns. */
export const UNRESOLVED = {
  resolvedAt: null,
  resolution: null,
  resolvedById: null,
  resolutionNote: null,
  movedToNodeId: null,
} as const;
