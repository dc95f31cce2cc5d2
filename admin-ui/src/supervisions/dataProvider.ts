import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { withQuery } from '../shared/query';
import type { FollowUpFilter } from '../shared/FollowUpListPage';
import type { Supervision } from './types';

/** 督办: the list, the holder's reply, a manager's close. */
export interface SupervisionMethods {
  getSupervisions(filter: FollowUpFilter): Promise<{ data: Supervision[]; total: number }>;
  replySupervision(id: string, reply: string): Promise<Supervision>;
  closeSupervision(id: string, note: string): Promise<Supervision>;
}
export type SupervisionDataProvider = DataProvider & SupervisionMethods;

const post = <T>(path: string, body: object) => apiFetch<T>(path, { method: 'POST', body: JSON.stringify(body) });

export function withSupervisionMethods<T extends DataProvider>(base: T): T & SupervisionMethods {
  return {
    ...base,
    getSupervisions: (filter) => apiFetch(withQuery('/supervisions', { ...filter })),
    replySupervision: (id, reply) => post(`/supervisions/${encodeURIComponent(id)}/reply`, { reply }),
    closeSupervision: (id, note) => post(`/supervisions/${encodeURIComponent(id)}/close`, note ? { note } : {}),
  };
}
