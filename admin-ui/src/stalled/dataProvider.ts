import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type { SuperviseInput } from './types';

interface MatterTasks {
  tasks?: Array<{ id: string; status: string }>;
}

const OPEN_TASK = new Set(['OPEN', 'CLAIMED']);

export interface StalledMethods {
  superviseMatter(matterId: string, input: SuperviseInput): Promise<unknown>;
  /** ids of the matter's open (unfinished) tasks, from GET /matters/:id */
  openTaskIdsOf(matterId: string): Promise<string[]>;
  reassignTasks(taskIds: string[], toUserId: string): Promise<{ reassigned: number }>;
}

export function withStalledMethods<T extends DataProvider>(base: T): T & StalledMethods {
  return {
    ...base,
    superviseMatter: (matterId, input) =>
      apiFetch(`/matters/${encodeURIComponent(matterId)}/supervise`, { method: 'POST', body: JSON.stringify(input) }),
    async openTaskIdsOf(matterId) {
      const matter = await apiFetch<MatterTasks>(`/matters/${encodeURIComponent(matterId)}`);
      return (matter.tasks ?? []).filter((t) => OPEN_TASK.has(t.status)).map((t) => t.id);
    },
    reassignTasks: (taskIds, toUserId) =>
      apiFetch('/tasks/reassign', { method: 'POST', body: JSON.stringify({ taskIds, toUserId }) }),
  };
}
