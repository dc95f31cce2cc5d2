import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { createRetrySafeWrites } from '../shared/idempotency';
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
const retrySafe = createRetrySafeWrites();
/** A step: sent again after a 503 or a lost answer, it joins the first attempt instead of being refused as a second step. */
function step<T>(url: string, body: unknown = {}) {
  const payload = JSON.stringify(body);
  return retrySafe(`${url} ${payload}`, (key) => apiFetch<T>(url, { method: 'POST', body: payload, headers: { 'idempotency-key': key } }));
}

export function withTaskMethods<T extends DataProvider>(base: T): T & TaskMethods {
  return {
    ...base,
    getTaskDetail: (id) => apiFetch(path(id)),
    getTaskCounts: () => apiFetch('/tasks/counts'),
    claimTask: (id) => step(`${path(id)}/claim`),
    unclaimTask: (id) => step(`${path(id)}/unclaim`),
    completeTask: (id, body) => step(`${path(id)}/complete`, body),
    returnTask: (id, body) => step(`${path(id)}/return`, body),
    transferTask: (id, body) => step(`${path(id)}/transfer`, body),
    requestSupplement: (id, body) => step(`${path(id)}/supplement`, body),
  };
}
