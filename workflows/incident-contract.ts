/**
 * Incidents (as Camunda Operate has them): a token that cannot go on by itself (a service failing beyond its retry
 * budget or refusing its input, a gateway with no way out, a BPMN error nobody catches) stays where it is, the
 * incident is recorded, and the matter waits for a person to retry, move or cancel. Deterministic code only.
 */
import { defineUpdate } from '@temporalio/workflow';
import type { Actor, ProcedureState } from './procedure-contract';

export const INCIDENT_KINDS = [
  'SERVICE_FAILED',
  'SERVICE_REFUSED',
  'NO_WAY_OUT',
  'BPMN_ERROR',
  'DATA_INVALID',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** Why the token cannot go on: a kind, the reason in Chinese and English, how often the element was tried. */
export interface IncidentCause {
  kind: IncidentKind;
  zh: string;
  en: string;
  /** attempts made before giving up (1 for what no retry can change) */
  attempts: number;
}

/** An element of the incident's scope its token may be moved to. */
export interface MoveTarget {
  nodeId: string;
  name: string;
  type: string;
}

/** An incident still waiting for a person (ProcedureState.incidents). */
export interface OpenIncident extends IncidentCause {
  /** the row's id: the workflow's event key when it was raised (`<workflowId>:<n>`) */
  incidentId: string;
  tokenId: string;
  nodeId: string;
  nodeName: string;
  since: string;
  targets: MoveTarget[];
}

export interface IncidentRef {
  incidentId: string;
  actor: Actor;
}
export interface MoveIncidentInput extends IncidentRef {
  toNodeId: string;
  comment?: string;
}
export interface CancelFromIncidentInput extends IncidentRef {
  reason: string;
}

/** Runs the element again (a service is called again, a gateway decides again). */
export const retryIncident = defineUpdate<ProcedureState, [IncidentRef]>('retryIncident');
/** The token goes to another element of the same scope, which acts as on arrival (a user task opens its tasks). */
export const moveIncident = defineUpdate<ProcedureState, [MoveIncidentInput]>('moveIncident');
/** 终止办理: the centre ends the matter (TERMINATED) with a written reason; every open task is cancelled. */
export const cancelFromIncident = defineUpdate<ProcedureState, [CancelFromIncidentInput]>('cancelFromIncident');

/** Who may resolve an incident (the API checks the same roles). */
export const INCIDENT_ROLES = ['ADMIN', 'MANAGER'] as const;

/** The default retry budget of a service task: five attempts, 5 s doubling to 1 minute (about 75 s in all). */
export interface ServiceRetryBudget {
  maximumAttempts: number;
  initialIntervalSeconds: number;
  maximumIntervalSeconds: number;
}
export const DEFAULT_SERVICE_RETRY: ServiceRetryBudget = {
  maximumAttempts: 5,
  initialIntervalSeconds: 5,
  maximumIntervalSeconds: 60,
};
