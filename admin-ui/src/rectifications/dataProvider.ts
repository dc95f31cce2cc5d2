import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { withQuery } from '../shared/query';
import type { FollowUpFilter } from '../shared/FollowUpListPage';
import type { Rectification } from './types';

/** 整改: the list, the department's measures, a manager's acceptance or return. */
export interface RectificationMethods {
  getRectifications(filter: FollowUpFilter): Promise<{ data: Rectification[]; total: number }>;
  replyRectification(id: string, measures: string): Promise<Rectification>;
  acceptRectification(id: string, note: string): Promise<Rectification>;
  returnRectification(id: string, note: string): Promise<Rectification>;
}
export type RectificationDataProvider = DataProvider & RectificationMethods;

const post = <T>(path: string, body: object) => apiFetch<T>(path, { method: 'POST', body: JSON.stringify(body) });
const at = (id: string, action: string) => `/rectifications/${encodeURIComponent(id)}/${action}`;

export function withRectificationMethods<T extends DataProvider>(base: T): T & RectificationMethods {
  return {
    ...base,
    getRectifications: (filter) => apiFetch(withQuery('/rectifications', { ...filter })),
    replyRectification: (id, measures) => post(at(id, 'reply'), { measures }),
    acceptRectification: (id, note) => post(at(id, 'accept'), note ? { note } : {}),
    returnRectification: (id, note) => post(at(id, 'return'), { note }),
  };
}
