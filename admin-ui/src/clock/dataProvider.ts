import type { DataProvider } from 'react-admin';
import { apiFetch, retrySafePost } from '../providers/http';
import { downloadFromApi } from '../shared/download';
import type { AnswerForm, ExtensionRequest, ExtensionRequestStatus, MatterClock } from './types';

/** The clock's endpoints: art. 45 suspensions, the one extension (asked, decided), the higher authority's answer. */
export interface ClockMethods {
  getMatterClock(matterId: string): Promise<MatterClock>;
  startSuspension(matterId: string, body: { kind: string; reason: string }): Promise<unknown>;
  endSuspension(matterId: string, body: { kind: string; note?: string }): Promise<unknown>;
  requestExtension(matterId: string, body: { workingDays: number; reason: string }): Promise<ExtensionRequest>;
  getExtensionRequests(status?: ExtensionRequestStatus): Promise<{ data: ExtensionRequest[]; total: number }>;
  approveExtension(requestId: string, note?: string): Promise<ExtensionRequest>;
  refuseExtension(requestId: string, note: string): Promise<ExtensionRequest>;
  recordAuthorityAnswer(matterId: string, form: AnswerForm): Promise<unknown>;
  downloadAnswerDocument(matterId: string, answerId: string, fallbackName: string): Promise<void>;
}
export type ClockDataProvider = DataProvider & ClockMethods;

const matterPath = (id: string) => `/matters/${encodeURIComponent(id)}`;
const requestPath = (id: string) => `/extension-requests/${encodeURIComponent(id)}`;
const post = <T>(url: string, body: unknown) => apiFetch<T>(url, { method: 'POST', body: JSON.stringify(body) });
export const answerDocumentPath = (matterId: string, answerId: string) =>
  `${matterPath(matterId)}/authority-answers/${encodeURIComponent(answerId)}/document`;

export function withClockMethods<T extends DataProvider>(base: T): T & ClockMethods {
  return {
    ...base,
    getMatterClock: (matterId) => apiFetch(`${matterPath(matterId)}/clock`),
    startSuspension: (matterId, body) => retrySafePost(`${matterPath(matterId)}/suspensions`, body),
    endSuspension: (matterId, body) => retrySafePost(`${matterPath(matterId)}/suspensions/end`, body),
    requestExtension: (matterId, body) => retrySafePost(`${matterPath(matterId)}/extension-requests`, body),
    getExtensionRequests: (status) => apiFetch(`/extension-requests${status ? `?status=${status}` : ''}`),
    approveExtension: (requestId, note) => post(`${requestPath(requestId)}/approve`, note ? { note } : {}),
    refuseExtension: (requestId, note) => post(`${requestPath(requestId)}/refuse`, { note }),
    recordAuthorityAnswer: (matterId, { file, ...fields }) => {
      // the text fields first: the API checks them before it stores a byte of the document
      const body = new FormData();
      for (const [name, value] of Object.entries(fields)) if (value) body.append(name, value);
      body.append('file', file, file.name);
      return apiFetch(`${matterPath(matterId)}/authority-answer`, {
        method: 'POST',
        body,
        headers: { 'idempotency-key': crypto.randomUUID() },
      });
    },
    downloadAnswerDocument: (matterId, answerId, fallbackName) =>
      downloadFromApi(`${answerDocumentPath(matterId, answerId)}?download=1`, fallbackName),
  };
}
