/** api/accountability/accountability.types.ts ZAccountabilityReport */
export interface Step {
  taskId: string;
  step: string;
  departmentCode: string | null;
  departmentName: string | null;
  holderId: string | null;
  holderName: string | null;
  from: string;
  to: string;
  open: boolean;
  heldDays: number;
  limitDays: number | null;
  overDays: number;
}

export interface AccountabilityCase {
  matterId: string;
  receiptNo: string;
  itemName: string;
  departmentCode: string;
  departmentName: string;
  status: string;
  acceptedAt: string;
  dueAt: string | null;
  completedAt: string | null;
  cause: 'OVERDUE' | 'APPEAL';
  overdueDays: number;
  appealDecision: string | null;
  reason: string | null;
  chain: Step[];
}

interface Tally {
  cases: number;
  steps: number;
  overSteps: number;
  overDays: number;
}

export interface AccountabilityReport {
  from: string;
  to: string;
  cases: AccountabilityCase[];
  truncated: boolean;
  byDepartment: Array<Tally & { departmentCode: string | null; departmentName: string }>;
  byPerson: Array<Tally & { userId: string | null; name: string; departmentName: string }>;
}
