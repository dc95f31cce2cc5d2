import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type { CompleteTaskBody, TaskCounts, TaskDetail, TaskRow } from './types';

/** The task actions of the inbox (the list itself is the plain getList('tasks')). */
export interface TaskMethods {
  getTaskDetail(id: string): Promise<TaskDetail>;
  getTaskCounts(): Promise<TaskCounts>;
  claimTask(id: string): Promise<TaskRow>;
  unclaimTask(id: string): Promise<TaskRow>;
  completeTask(id: string, body: CompleteTaskBody): Promise<TaskRow>;
  returnTask(id: string, body: { toNodeId: string; comment: string }): Promise<TaskRow>;
  transferTask(id: string, body: { toDepartmentCode?: string; toUserId?: string; comment: string }): Promise<TaskRow>;
  requestSupplement(id: string, body: { reason: string; missing: string[] }): Promise<TaskRow>;
}
export type TaskDataProvider = DataProvider & TaskMethods;

const path = (id: string) => `/tasks/${encodeURIComponent(id)}`;
function post<T>(url: string, body: unknown = {}) {
  return apiFetch<T>(url, { method: 'POST', body: JSON.stringify(body) });
}

export function withTaskMethods<T extends DataProvider>(base: T): T & TaskMethods {
  return {
    ...base,
    getTaskDetail: (id) => apiFetch(path(id)),
    getTaskCounts: () => apiFetch('/tasks/counts'),
    claimTask: (id) => post(`${path(id)}/claim`),
    unclaimTask: (id) => post(`${path(id)}/unclaim`),
    completeTask: (id, body) => post(`${path(id)}/complete`, body),
    returnTask: (id, body) => post(`${path(id)}/return`, body),
    transferTask: (id, body) => post(`${path(id)}/transfer`, body),
    requestSupplement: (id, body) => post(`${path(id)}/supplement`, body),
  };
}
