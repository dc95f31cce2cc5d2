import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type { BoardPerson } from './types';

/** 职责栏·去向栏 */
export interface StaffBoardMethods {
  getStaffBoard(): Promise<BoardPerson[]>;
  setStaffDuty(userId: string, duty: { post: string; duties: string }): Promise<BoardPerson>;
  goOut(userId: string, input: { kind: string; until: string; note?: string }): Promise<BoardPerson>;
  backAtPost(whereaboutsId: string): Promise<BoardPerson>;
}
export type StaffBoardDataProvider = DataProvider & StaffBoardMethods;

export function withStaffBoardMethods<T extends DataProvider>(base: T): T & StaffBoardMethods {
  return {
    ...base,
    getStaffBoard: () => apiFetch('/staff-board'),
    setStaffDuty: (userId, duty) =>
      apiFetch(`/staff-board/${encodeURIComponent(userId)}/duty`, { method: 'PUT', body: JSON.stringify(duty) }),
    goOut: (userId, input) =>
      apiFetch(`/staff-board/${encodeURIComponent(userId)}/whereabouts`, {
        method: 'POST',
        body: JSON.stringify(input),
      }),
    backAtPost: (id) => apiFetch(`/staff-board/whereabouts/${encodeURIComponent(id)}/return`, { method: 'POST' }),
  };
}
