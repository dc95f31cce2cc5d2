import type { DataProvider } from 'react-admin';
import { apiFetch, retrySafePost } from '../providers/http';
import { withQuery } from '../shared/query';
import type { Complaint, ComplaintFilter, ComplaintInput, MatterComplaints, SubjectSuggestion } from './types';

/** 投诉: the list, the window / phone intake, 受理分办, and a matter page's links. */
export interface ComplaintMethods {
  getComplaints(filter: ComplaintFilter): Promise<{ data: Complaint[]; total: number }>;
  receiveComplaint(input: ComplaintInput): Promise<{ matterId: string; receiptNo: string }>;
  suggestComplaintDepartment(q: { receiptNo?: string; userId?: string }): Promise<SubjectSuggestion>;
  assignComplaint(matterId: string, departmentCode: string): Promise<unknown>;
  getMatterComplaints(matterId: string): Promise<MatterComplaints>;
}
export type ComplaintDataProvider = DataProvider & ComplaintMethods;

export function withComplaintMethods<T extends DataProvider>(base: T): T & ComplaintMethods {
  return {
    ...base,
    getComplaints: (filter) => apiFetch(withQuery('/complaints', { ...filter })),
    receiveComplaint: (input) => apiFetch('/complaints', { method: 'POST', body: JSON.stringify(input) }),
    suggestComplaintDepartment: (q) => apiFetch(withQuery('/complaints/subject', q)),
    assignComplaint: (matterId, departmentCode) =>
      retrySafePost(`/complaints/${encodeURIComponent(matterId)}/assign`, { departmentCode }),
    getMatterComplaints: (matterId) => apiFetch(`/matters/${encodeURIComponent(matterId)}/complaints`),
  };
}
