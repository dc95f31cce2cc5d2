import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { withQuery } from '../shared/query';
import type { IntakeRequest, IntakeResult, ItemGuide, ItemSummary, WindowOption } from './types';

/** The window's endpoints: the catalogue as the wizard reads it, the windows to accept at, and the intake itself. */
export interface IntakeMethods {
  searchItems(q: string): Promise<ItemSummary[]>;
  getItemGuide(code: string): Promise<ItemGuide>;
  submitIntake(body: IntakeRequest): Promise<IntakeResult>;
  listWindows(): Promise<WindowOption[]>;
}

export type IntakeDataProvider = DataProvider & IntakeMethods;

export function withIntakeMethods<T extends DataProvider>(base: T): T & IntakeMethods {
  return {
    ...base,
    async searchItems(q) {
      const list = await apiFetch<{ data: ItemSummary[] } | ItemSummary[]>(withQuery('/items', { q, perPage: 100 }));
      return Array.isArray(list) ? list : list.data;
    },
    getItemGuide: (code) => apiFetch(`/items/${encodeURIComponent(code)}`),
    submitIntake: (body) => apiFetch('/matters/intake', { method: 'POST', body: JSON.stringify(body) }),
    listWindows: () => apiFetch('/windows'),
  };
}
