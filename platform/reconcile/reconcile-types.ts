/**
 * What reconcile compares and what it does about it. The workflow is the source of truth; the rows are its
 * projection, written by its activities. All instants are ISO strings, so the views compare as plain values.
 */
import type { OpenIncident } from '../../workflows/incident-contract';
import type { Bookkeeping, LiveTask, ProcedureState } from '../../workflows/procedure-contract';

export type MatterRowStatus =
  | 'PENDING_START'
  | 'IN_PROGRESS'
  | 'SUSPENDED'
  | 'COMPLETED'
  | 'REJECTED'
  | 'REPORTED_UP'
  | 'NOT_ACCEPTED'
  | 'WITHDRAWN'
  | 'TERMINATED';
export type TaskRowStatus = 'OPEN' | 'CLAIMED' | 'COMPLETED' | 'CANCELLED';
export type WarningLevel = 'NONE' | 'YELLOW' | 'RED';

export interface MatterRow {
  id: string;
  receiptNo: string;
  workflowId: string;
  status: MatterRowStatus;
  dueAt: string | null;
  dueDate: string | null;
  provisional: boolean;
  warningLevel: WarningLevel;
}

export interface TaskRow {
  taskKey: string;
  status: TaskRowStatus;
  assigneeId: string | null;
  suspended: boolean;
  candidateDepartmentCode: string | null;
  dueAt: string | null;
}

export interface SuspensionRow {
  id: string;
  eventKey: string;
  startedAt: string;
  endedAt: string | null;
}

export type KeyedTable = 'MatterEvent' | 'Suspension' | 'Extension' | 'Withdrawal' | 'Incident' | 'Task';

/** A row keyed by the workflow (`<workflowId>:<n>` or `<workflowId>/t<n>`). */
export interface KeyedRow {
  table: KeyedTable;
  id: string;
  key: string;
}

/** A matter's rows: its open task rows, the rows of every task key the workflow holds, its open suspensions. */
export interface MatterRows {
  matter: MatterRow;
  tasks: TaskRow[];
  openSuspensions: SuspensionRow[];
  /** the suspension row starting at the workflow's suspendedSince, open or not */
  currentSuspension?: SuspensionRow;
  /** every row of the matter keyed by its workflow */
  keyed: KeyedRow[];
  /** the ids of its incident rows still open (resolvedAt null) */
  openIncidentIds: string[];
  /** the ids of all its incident rows */
  incidentIds: string[];
}

/** The workflow's side: its state (a query while it runs, its result once it has finished). */
export interface WorkflowView {
  workflowId: string;
  state: Pick<
    ProcedureState,
    'status' | 'tasks' | 'dueAt' | 'dueDate' | 'provisional' | 'warningLevel' | 'suspendedSince' | 'incidents'
  >;
  /** while it runs; a finished workflow writes nothing more */
  bookkeeping?: Bookkeeping;
}

export type DeadlineFields = Pick<MatterRow, 'dueAt' | 'dueDate' | 'provisional' | 'warningLevel'>;
export type TaskFields = Pick<TaskRow, 'status' | 'assigneeId' | 'suspended' | 'candidateDepartmentCode' | 'dueAt'>;

export type Repair =
  /** written after the workflow's state (keyed past its counters): the workflow will write it again when it gets there */
  | { kind: 'rowRemoved'; table: KeyedTable; id: string; key: string }
  | { kind: 'matterStatus'; from: MatterRowStatus; to: MatterRowStatus }
  | { kind: 'matterDeadline'; from: DeadlineFields; to: DeadlineFields }
  /** the workflow has the task; its row is missing */
  | { kind: 'taskCreated'; task: LiveTask; fields: TaskFields }
  /** the row says done (a step taken after the workflow's snapshot); the workflow still waits for it */
  | { kind: 'taskReopened'; taskKey: string; from: TaskRowStatus; fields: TaskFields }
  | { kind: 'taskUpdated'; taskKey: string; from: Partial<TaskFields>; to: Partial<TaskFields> }
  /** the row is open; the workflow has no such task */
  | { kind: 'taskClosed'; taskKey: string; from: TaskRowStatus }
  /** the workflow is suspended since this instant; the row had been closed */
  | { kind: 'suspensionReopened'; suspensionId: string; startedAt: string }
  /** an open suspension of a workflow that is not paused */
  | { kind: 'suspensionEnded'; suspensionId: string; startedAt: string }
  /** the workflow waits on the incident; its row is missing or says resolved */
  | { kind: 'incidentOpened'; incident: OpenIncident; existed: boolean }
  /** the row says open; the workflow has no such incident (resolved after the rows' snapshot, or the matter ended) */
  | { kind: 'incidentClosed'; incidentId: string };

export type FindingKind =
  | 'WORKFLOW_WITHOUT_MATTER'
  | 'MATTER_WITHOUT_WORKFLOW'
  | 'WORKFLOW_ENDED_ABNORMALLY'
  | 'SUSPENSION_ROW_MISSING'
  | 'NOT_QUERYABLE'
  | 'BUSY';

/** Something reconcile does not repair by itself, with what to do about it. */
export interface Finding {
  kind: FindingKind;
  workflowId: string;
  matterId?: string;
  receiptNo?: string;
  zh: string;
  en: string;
  actionZh: string;
  actionEn: string;
}

export interface MatterRepairs {
  matterId: string;
  receiptNo: string;
  workflowId: string;
  repairs: Repair[];
  /** each repair in words (describeRepair), for the console, which reads the report as stored */
  described: Array<{ zh: string; en: string }>;
}

export interface ReconcileReport {
  startedAt: string;
  finishedAt: string;
  checkedMatters: number;
  checkedWorkflows: number;
  repaired: MatterRepairs[];
  /** matters whose workflow was gone and which were set to start again from their first step */
  restarted: Array<{ matterId: string; receiptNo: string; workflowId: string }>;
  findings: Finding[];
}
