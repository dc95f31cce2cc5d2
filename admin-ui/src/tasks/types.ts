import type { TaskDecision } from '../../../bpmn/plan';
import type { MatterDetail, WarningLevel } from '../matters/types';

export type TaskStatus = 'OPEN' | 'CLAIMED' | 'COMPLETED' | 'CANCELLED' | 'SUSPENDED';
export type TaskScope = 'mine' | 'department';
export type DueFilter = 'soon' | 'overdue';

/** A row of GET /tasks. */
export interface TaskRow {
  id: string;
  taskKey: string;
  matterId: string;
  receiptNo: string;
  itemName: string;
  name: string;
  stepKind: string;
  candidateDepartmentCode: string | null;
  candidateRole: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  status: TaskStatus;
  /** the matter waits for 补正: the task cannot be worked on */
  suspended?: boolean;
  dueAt: string | null;
  createdAt: string;
  matterDueDate: string | null;
  warningLevel: WarningLevel;
  /** a manager has supervised (督办) the matter */
  supervised?: boolean;
}

export type FormFieldType = 'string' | 'text' | 'number' | 'boolean' | 'date' | 'enum';

export interface FormField {
  key: string;
  label: string;
  type: FormFieldType;
  required: boolean;
  options?: string[];
}

export type { TaskDecision };

/** GET /tasks/:id */
export interface TaskDetail extends TaskRow {
  formFields: FormField[];
  returnTargets: Array<{ nodeId: string; name: string }>;
  allowedDecisions: TaskDecision[];
  matter: Omit<MatterDetail, 'events'> & { events?: MatterDetail['events'] };
}

/** GET /tasks/counts */
export interface TaskCounts {
  mine: number;
  department: number;
  overdue: number;
}

export interface CompleteTaskBody {
  decision: TaskDecision;
  comment?: string;
  formData?: Record<string, unknown>;
}
