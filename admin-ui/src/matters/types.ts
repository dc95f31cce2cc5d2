import type { TaskRow } from '../tasks/types';
import type { CaseKind, WarningLevel } from '../shared/codes';

export const MATTER_STATUSES = [
  'PENDING_START',
  'IN_PROGRESS',
  'SUSPENDED',
  'COMPLETED',
  'REJECTED',
  'REPORTED_UP',
  'NOT_ACCEPTED',
  'WITHDRAWN',
  'TERMINATED',
] as const;
export type MatterStatus = (typeof MATTER_STATUSES)[number];
export type { CaseKind, WarningLevel } from '../shared/codes';

/** A row of GET /matters (applicant data masked). */
export interface MatterRow {
  id: string;
  receiptNo: string;
  itemCode: string;
  itemName: string;
  kind: CaseKind;
  status: MatterStatus;
  warningLevel: WarningLevel;
  applicantName: string;
  acceptedAt: string;
  dueDate: string | null;
  provisional: boolean;
  leadDepartmentCode: string;
  viaAgent: boolean;
  agentName?: string | null;
  completedAt: string | null;
}

export interface MatterMaterial {
  code: string;
  name: string;
  provided: boolean;
  owed: boolean;
  dueDate?: string | null;
}

export interface MatterEvent {
  id: string;
  type: string;
  at: string;
  actorName: string | null;
  data?: Record<string, unknown> | null;
}

export interface Suspension {
  id: string;
  kind: string;
  reason: string;
  startedAt: string;
  endedAt: string | null;
}

export interface DeadlineChange {
  id: string;
  oldDueDate: string | null;
  newDueDate: string | null;
  reasonZh: string;
  reasonEn: string;
  at: string;
}

export interface SupervisionRecord {
  id: string;
  message: string;
  fromName: string;
  at: string;
  status: 'OPEN' | 'REPLIED' | 'CLOSED';
  replyDueDate: string | null;
  reply: string | null;
}

export interface Entrustment {
  documentRef: string;
  agentNote?: string | null;
}

/** A form value as a completed step recorded it, labelled as the step's form labels it. */
export interface RecordedValue {
  key: string;
  label: string;
  type: 'string' | 'text' | 'number' | 'boolean' | 'date' | 'enum';
  value: string | number | boolean;
}

/** One completed step of the case record (办理意见): who, when, the decision, the opinion, every value, the basis. */
export interface StepRecord {
  taskId: string;
  taskKey: string;
  nodeId: string;
  name: string;
  stepKind: string;
  departmentCode: string | null;
  handlerId: string | null;
  handlerName: string | null;
  completedAt: string;
  decision: string | null;
  /** the step's own name for its opinion box; null: 办理意见 */
  opinionLabel: string | null;
  opinion: string | null;
  values: RecordedValue[];
  legalBasis: string | null;
}

/** GET /matters/:id */
export interface MatterDetail extends MatterRow {
  applicantIdMasked: string;
  phoneMasked: string;
  materials: MatterMaterial[];
  entrustment: Entrustment | null;
  acceptedByName: string | null;
  windowCode: string | null;
  workflowId: string;
  temporalUrl: string | null;
  procedureKey: string;
  procedureVersion: number;
  /** migrated to procedureVersion from this version, at migratedAt (版本迁移) */
  migratedFromVersion: number | null;
  migratedAt: string | null;
  outcomeReason: string | null;
  tasks: TaskRow[];
  events: MatterEvent[];
  suspensions: Suspension[];
  deadlineChanges: DeadlineChange[];
  remainingWorkingDays: number | null;
  rating?: { score: number; comment?: string | null } | null;
  supervisions: SupervisionRecord[];
  /** the case record: every completed step, in the order they were completed */
  steps: StepRecord[];
  /** the user may reveal the applicant's full identity (audited) */
  canReveal?: boolean;
}

/** GET /matters/:id/diagram */
export interface MatterDiagram {
  xml: string;
  activeNodeIds: string[];
  completedNodeIds: string[];
}

/** POST /matters/:id/reveal (audited) */
export interface RevealedApplicant {
  applicantName: string;
  idNumber: string;
  /** null for a step's handler, who sees the name and ID number only */
  phone: string | null;
}
