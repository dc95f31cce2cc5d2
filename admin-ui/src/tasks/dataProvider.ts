import type { DataProvider } from 'react-admin';
import { apiFetch, retrySafePost } from '../providers/http';
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
export function withTaskMethods<T extends DataProvider>(base: T): T & TaskMethods {
  return {
    ...base,
    getTaskDetail: (id) => apiFetch(path(id)),
    getTaskCounts: () => apiFetch('/tasks/counts'),
    claimTask: (id) => retrySafePost(`${path(id)}/claim`),
    unclaimTask: (id) => retrySafePost(`${path(id)}/unclaim`),
    completeTask: (id, body) => retrySafePost(`${path(id)}/complete`, body),
    returnTask: (id, body) => retrySafePost(`${path(id)}/return`, body),
    transferTask: (id, body) => retrySafePost(`${path(id)}/transfer`, body),
    requestSupplement: (id, body) => retrySafePost(`${path(id)}/supplement`, body),
  };
}
