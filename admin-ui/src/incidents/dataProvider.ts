import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { createRetrySafeWrites } from '../shared/idempotency';
import type { Incident } from './types';

/** The three actions on an incident, each sent with an Idempotency-Key (a retry after a 503 cannot apply twice). */
export interface IncidentMethods {
  retryIncident(id: string): Promise<Incident>;
  moveIncident(id: string, input: { toNodeId: string; comment?: string }): Promise<Incident>;
  cancelFromIncident(id: string, input: { reason: string }): Promise<Incident>;
}
export type IncidentDataProvider = DataProvider & IncidentMethods;

export function withIncidentMethods<T extends DataProvider>(base: T): T & IncidentMethods {
  const retrySafe = createRetrySafeWrites();
  const post = (id: string, action: string, body: object) =>
    retrySafe(`${action}:${id}:${JSON.stringify(body)}`, (key) =>
      apiFetch<Incident>(`/incidents/${encodeURIComponent(id)}/${action}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'idempotency-key': key },
      }),
    );
  return {
    ...base,
    retryIncident: (id) => post(id, 'retry', {}),
    moveIncident: (id, input) => post(id, 'move', input),
    cancelFromIncident: (id, input) => post(id, 'cancel', input),
  };
}
