export const INCIDENT_KINDS = [
  'SERVICE_FAILED',
  'SERVICE_REFUSED',
  'NO_WAY_OUT',
  'BPMN_ERROR',
  'DATA_INVALID',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** A row of GET /incidents. */
export interface Incident {
  id: string;
  matterId: string;
  receiptNo: string;
  itemName: string;
  nodeId: string;
  nodeName: string;
  kind: IncidentKind;
  causeZh: string;
  causeEn: string;
  attempts: number;
  raisedAt: string;
  resolvedAt: string | null;
  resolution: 'RETRIED' | 'MOVED' | 'CANCELLED' | null;
  resolvedByName: string | null;
  resolutionNote: string | null;
  movedToNodeId: string | null;
  targets: Array<{ nodeId: string; name: string; type: string }>;
}
