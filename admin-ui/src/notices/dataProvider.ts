import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type { MatterNotice, MyNotices } from './types';

/** The notice endpoints beyond the templates' list and edit (which follow the REST conventions). */
export interface NoticeMethods {
  getMatterNotices(matterId: string): Promise<{ data: MatterNotice[] }>;
  retryNotice(id: string): Promise<unknown>;
  getMyNotices(query: { unread?: boolean; perPage?: number }): Promise<MyNotices>;
  getUnreadNoticeCount(): Promise<{ unread: number }>;
  markNoticeRead(id: string): Promise<unknown>;
  markAllNoticesRead(): Promise<unknown>;
}
export type NoticeDataProvider = DataProvider & NoticeMethods;

const post = (url: string) => apiFetch(url, { method: 'POST', body: '{}' });

export function withNoticeMethods<T extends DataProvider>(base: T): T & NoticeMethods {
  return {
    ...base,
    getMatterNotices: (matterId) => apiFetch(`/matters/${encodeURIComponent(matterId)}/notices`),
    retryNotice: (id) => post(`/notices/${encodeURIComponent(id)}/retry`),
    getMyNotices: ({ unread, perPage = 20 }) =>
      apiFetch(`/my-notices?perPage=${perPage}${unread ? '&unread=true' : ''}`),
    getUnreadNoticeCount: () => apiFetch('/my-notices/unread-count'),
    markNoticeRead: (id) => post(`/my-notices/${encodeURIComponent(id)}/read`),
    markAllNoticesRead: () => post('/my-notices/read-all'),
  };
}
