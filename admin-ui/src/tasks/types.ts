import type { FormField, TaskDecision } from '../../../bpmn/plan';
import type { MatterDetail, StepRecord, WarningLevel } from '../matters/types';

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
  nodeId: string;
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
  completedAt?: string | null;
  completedByName?: string | null;
  /** a manager has supervised (督办) the matter */
  supervised?: boolean;
}

export type { FormField };

export type { TaskDecision };

/** GET /tasks/:id */
export interface TaskDetail extends TaskRow {
  formFields: FormField[];
  /** a form designed with form-js: the task page renders it (DesignedTaskForm); null: the fields above */
  formSchema: Record<string, unknown> | null;
  /** the step's name for its one opinion box; null: 办理意见 */
  opinionLabel: string | null;
  opinionRequired: boolean;
  /** the step's own variables (its input mappings, evaluated when it opened); null: none */
  variables: Record<string, unknown> | null;
  /** once completed: what was decided and written at this step */
  record: StepRecord | null;
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
