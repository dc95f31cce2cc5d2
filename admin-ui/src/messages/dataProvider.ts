import type { DataProvider } from 'react-admin';
import { apiFetch, retrySafePost } from '../providers/http';
import type { MessageWait } from './types';

/** The messages a matter waits for, and sending one. */
export interface MessageMethods {
  getMessageWaits(matterId: string): Promise<{ waits: MessageWait[] }>;
  sendMessage(matterId: string, name: string, payload: Record<string, string>): Promise<unknown>;
}
export type MessageDataProvider = DataProvider & MessageMethods;

const messagesPath = (matterId: string) => `/matters/${encodeURIComponent(matterId)}/messages`;

export function withMessageMethods<T extends DataProvider>(base: T): T & MessageMethods {
  return {
    ...base,
    getMessageWaits: (matterId) => apiFetch(messagesPath(matterId)),
    sendMessage: (matterId, name, payload) =>
      retrySafePost(`${messagesPath(matterId)}/${encodeURIComponent(name)}`, { payload }),
  };
}
