import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { withQuery } from '../shared/query';
import type { AgentCard, HallBoard, PublicCatalogue, PublicComplaintInput, PublicGuide, ResultsNotice } from './types';

/** 办事公开: the open endpoints (no login, rate limited). */
export interface DisclosureMethods {
  getPublicCatalogue(q?: string): Promise<PublicCatalogue>;
  getPublicGuide(code: string): Promise<PublicGuide>;
  getPublicAgents(): Promise<AgentCard[]>;
  getResultsNotice(quarter: string | undefined, page: number, perPage: number): Promise<ResultsNotice>;
  getHallBoard(): Promise<HallBoard>;
  submitComplaint(input: PublicComplaintInput): Promise<{ receiptNo: string; dueDate: string | null }>;
}
export type DisclosureDataProvider = DataProvider & DisclosureMethods;

export const agentPhotoUrl = (id: string) => `/api/public/agents/${encodeURIComponent(id)}/photo`;

export function withDisclosureMethods<T extends DataProvider>(base: T): T & DisclosureMethods {
  return {
    ...base,
    getPublicCatalogue: (q) => apiFetch(withQuery('/public/guide', { q })),
    getPublicGuide: (code) => apiFetch(`/public/guide/${encodeURIComponent(code)}`),
    getPublicAgents: () => apiFetch('/public/agents'),
    getResultsNotice: (quarter, page, perPage) => apiFetch(withQuery('/public/results', { quarter, page, perPage })),
    getHallBoard: () => apiFetch('/public/display'),
    submitComplaint: (input) => apiFetch('/public/complaints', { method: 'POST', body: JSON.stringify(input) }),
  };
}
