/** A row of GET /dashboard/stalled: an open matter overdue or without progress for several working days. */
export interface StalledMatter {
  id: string;
  receiptNo: string;
  itemName: string;
  leadDepartmentCode: string;
  dueDate: string | null;
  warningLevel: 'NONE' | 'YELLOW' | 'RED';
  lastProgressAt: string;
  /** names of the people holding the open tasks (a string when the API joins them) */
  openTaskAssignees: string[] | string | null;
}

export interface SuperviseInput {
  message: string;
  toUserId?: string;
}
