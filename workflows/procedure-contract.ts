/**
 * The contract of the procedure workflow: input, live state, and the exported Update / Signal / Query
 * definitions the API and tests import. Deterministic code only (imported by the workflow bundle).
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ProcedurePlan, Role, StepKind, FormField } from '../bpmn/plan';
import type { WarningLevel } from '../domain/deadline';
import type { CalledBy } from './call-contract';
import type { OpenIncident, ServiceRetryBudget } from './incident-contract';

export type CaseKindCode = 'IMMEDIATE' | 'PROMISED' | 'JOINT' | 'REPORTED';

/** Facts about the matter the plan's conditions may read as `matter.*`. No personal data: only references. */
export interface MatterFacts {
  matterId: string;
  receiptNo: string;
  kind: CaseKindCode;
  itemCode: string;
  viaAgent: boolean;
  acceptedDepartmentCode: string;
  leadDepartmentCode: string;
  coDepartmentCodes: string[];
  promisedDays: number;
}

export interface ProcedureInput {
  matter: MatterFacts;
  plan: ProcedurePlan;
  /** set when continuing as new */
  carried?: ProcedureState;
  /** continue as new once history passes this many events (default 2,000; tests set it low) */
  continueAsNewAfterEvents?: number;
  /** a service task's retry budget (SERVICE_RETRY_*, set by the API at start); DEFAULT_SERVICE_RETRY when absent */
  serviceRetry?: ServiceRetryBudget;
  /** the procedure version whose plan this is, once the matter was migrated (workflows/migration.ts) */
  versionId?: string;
  /** a procedure a call activity runs for the matter (workflows/call-activity.ts): no clock of its own, its end told to the caller */
  calledBy?: CalledBy;
  /** the variables it starts with (a called procedure's mapped inputs) */
  form?: Record<string, unknown>;
}

export type TaskState = 'OPEN' | 'CLAIMED' | 'SUSPENDED';

/** A user task waiting in the workflow. `taskKey` = workflowId + '/' + token id; unique in the Task table. */
export interface LiveTask {
  taskKey: string;
  nodeId: string;
  tokenId: string;
  name: string;
  stepKind: StepKind;
  candidateDepartmentCode?: string;
  candidateRole?: Role;
  assigneeId?: string;
  state: TaskState;
  formFields: FormField[];
  /** the step's own variables, from its zeebe:input mappings when it opened */
  variables?: Record<string, unknown>;
  dueAt?: string;
  createdAt: string;
}

export interface ProcedureState {
  status: 'IN_PROGRESS' | 'SUSPENDED' | 'COMPLETED' | 'REJECTED' | 'REPORTED_UP' | 'WITHDRAWN' | 'TERMINATED';
  activeNodeIds: string[];
  completedNodeIds: string[];
  tasks: LiveTask[];
  /** overall promised deadline (absolute, computed by an activity from the working-day calendar) */
  dueAt?: string;
  dueDate?: string;
  provisional?: boolean;
  warningLevel: WarningLevel;
  suspendedSince?: string;
  /** the clock stops besides 补正 that are open now: art. 45 suspensions, the wait for a higher authority */
  clockStops?: ClockStop[];
  /** the messages a step of the plan waits for now (e.g. higherAuthorityAnswer) */
  awaitingMessages?: string[];
  /** every message the matter would take now, with the element that waits (message-waits.ts) */
  messageWaits?: MessageWait[];
  /** every signal the matter would take now (signals.ts) */
  signalWaits?: SignalWait[];
  /** decisions by node id, and the last one (what `decision` means in conditions) */
  decisions: Record<string, string>;
  lastDecision?: string;
  form: Record<string, unknown>;
  /** incidents waiting for a person (workflows/incidents.ts); absent when there is none */
  incidents?: OpenIncident[];
  /** opaque interpreter bookkeeping carried across continue-as-new */
  internal?: unknown;
}

/** An open stop of the clock: why (domain/clock-stops.ts), since when, and its ledger row's key. */
export interface ClockStop {
  kind: string;
  since: string;
  eventKey: string;
}

/** Who acts: the API passes the authenticated user; the validator checks candidates/assignee. */
export interface Actor {
  userId: string;
  displayName: string;
  departmentCode: string;
  roles: Role[];
}

export interface TaskRef {
  taskKey: string;
  actor: Actor;
}
/**
 * What the handler typed stays in PostgreSQL: the API writes it first as the step's submission (keyed by this
 * Update's id) and the workflow gets a reference, enough to check the step is complete without the text.
 */
export interface SubmissionRef {
  /** the StepSubmission row; closeTask copies its opinion and values onto the task's row */
  id: string;
  /** the form keys it fills (non-blank) */
  filled: string[];
  /** whether it carries an opinion */
  opinion: boolean;
}
export interface CompleteTaskInput extends TaskRef {
  decision: string;
  submission?: SubmissionRef;
  /** a fixed remark where there is no submission (即办件当场办结); the typed opinion in histories from before submissions */
  comment?: string;
  /** only the values conditions read (plan.conditionFormKeys), never free text; all of them before submissions */
  formData?: Record<string, unknown>;
}
export interface ReturnTaskInput extends TaskRef {
  toNodeId: string;
  comment: string;
}
export interface TransferTaskInput extends TaskRef {
  toDepartmentCode?: string;
  toUserId?: string;
  comment: string;
  /** who moves a task held by someone else: a manager's reassignment (督办), or a backup taking over an absent holder's task (AB岗, checked by the API) */
  authority?: 'SUPERVISOR' | 'BACKUP';
}
export interface SupplementInput extends TaskRef {
  reason: string;
  missing: string[];
}
export interface MessageInput {
  name: string;
  actor?: Actor;
  payload?: Record<string, unknown>;
  /** refused unless the matter waits for the message now (the messages route); otherwise an early one is kept */
  onlyIfAwaited?: boolean;
}
/** A signal broadcast to the matter by staff (POST /api/signals/{name}). */
export interface SignalInput {
  name: string;
  actor: Actor;
}
/** A signal the matter waits for: its name, the catch or event sub-process waiting and that element's name. */
export type SignalWait = MessageWait;
/** Delivers a signal to every signal catch and signal start of the matter waiting for it; answers how many it reached. */
export const deliverSignal = defineUpdate<{ reached: number }, [SignalInput]>('deliverSignal');
/** A message the matter waits for: its name, the element waiting and that element's name. */
export interface MessageWait {
  name: string;
  nodeId: string;
  label: string;
}
export interface ExtendInput {
  actor: Actor;
  workingDays: number;
  reason: string;
  /** the ExtensionRequest the actor (a manager) approved */
  requestId?: string;
}

export const claimTask = defineUpdate<ProcedureState, [TaskRef]>('claimTask');
export const unclaimTask = defineUpdate<ProcedureState, [TaskRef]>('unclaimTask');
export const completeTask = defineUpdate<ProcedureState, [CompleteTaskInput]>('completeTask');
/** 退回: back to an earlier user task already passed on this token's path */
export const returnTask = defineUpdate<ProcedureState, [ReturnTaskInput]>('returnTask');
export const transferTask = defineUpdate<ProcedureState, [TransferTaskInput]>('transferTask');
/** 补正: the task waits, the matter's clock stops until the message `materialsSupplied` arrives */
export const requestSupplement = defineUpdate<ProcedureState, [SupplementInput]>('requestSupplement');
/** Delivers a named message to message catch events (materialsSupplied, higherAuthorityAnswer, …). */
export const deliverMessage = defineUpdate<ProcedureState, [MessageInput]>('deliverMessage');
/** 延长: the matter's deadline is extended by approved working days */
export const extendDeadline = defineUpdate<ProcedureState, [ExtendInput]>('extendDeadline');
/**
 * 即办件: the clerk who accepted the matter finishes its window step at once. Sent with the start
 * (update-with-start, id AT_WINDOW_UPDATE_ID), so the API waits for one answer instead of watching for the step.
 */
export interface AtWindowInput {
  actor: Actor;
  comment: string;
  /** the step is finished only while the clerk is still waiting (ISO instant); later it waits in their inbox */
  until: string;
}
/** Whether the step was finished, and the matter once it came to rest (ended, or waiting for someone or something). */
export interface AtWindowOutcome {
  finished: boolean;
  state: ProcedureState;
}
export const finishAtWindow = defineUpdate<AtWindowOutcome, [AtWindowInput]>('finishAtWindow');
export const AT_WINDOW_UPDATE_ID = 'at-window';
/** Why the calendar changed, as the matter's deadline record states it (e.g. 2027 年放假安排公布). */
export interface CalendarChangeReason {
  reasonZh: string;
  reasonEn: string;
}
/**
 * The working-day calendar changed: recompute the deadline and re-arm timers. The reason is optional: signals
 * sent before it existed (and tools) carry none and record the generic one.
 */
export const calendarChanged = defineSignal<[CalendarChangeReason?]>('calendarChanged');
export const getState = defineQuery<ProcedureState>('getState');
/**
 * The interpreter's key counters (events and suspensions are keyed `<workflowId>:<n>`, tasks `<workflowId>/t<n>`):
 * a row keyed past them was written after the state the workflow is in, e.g. rows from a database snapshot taken
 * after the workflows' (reconcile, platform/reconcile).
 */
export interface Bookkeeping {
  eventSeq: number;
  tokenSeq: number;
}
export const getBookkeeping = defineQuery<Bookkeeping>('getBookkeeping');

/** The ApplicationFailure type of a move a validator refused; its one detail is an IllegalMoveDetails. */
export const ILLEGAL_MOVE = 'IllegalMove';
/** Why a move was refused: a stable code, and the reason in Chinese (shown to users first) and English. */
export interface IllegalMoveDetails {
  code: string;
  zh: string;
  en: string;
}

export const MESSAGE_MATERIALS_SUPPLIED = 'materialsSupplied';
export const MESSAGE_AUTHORITY_ANSWER = 'higherAuthorityAnswer';

export const workflowIdForMatter = (idempotencyKey: string) => `matter-${idempotencyKey}`;
