/**
 * What the procedure workflow asks of the outside world. Every call is idempotent by its key, so a retried
 * activity or a replayed workflow never doubles a row. Implemented by createActivities(deps).
 */
import type { TimerSpec, WarningLevel } from '../domain/deadline';
import type { CalledVersion } from '../workflows/call-contract';
import type { OpenIncident } from '../workflows/incident-contract';
import type { LiveTask, ProcedureState } from '../workflows/procedure-contract';

export interface DeadlineResult {
  dueAt: string; // ISO instant: end of the due working day, Asia/Shanghai
  dueDate: string; // YYYY-MM-DD
  provisional: boolean; // the due year's holiday schedule is not published yet
  /** yellow warning starts at (ISO), absent when already inside the window */
  warnAt?: string;
}

/**
 * The read side as the workflow holds it again after rolling back a step whose write the database refused
 * (workflows/step-rollback.ts): what to put back, and what the refused step wrote that must go.
 */
export interface ReadSideRestore {
  matterId: string;
  /** the live tasks: their rows are written back as they are (a task the step closed opens again) */
  tasks: LiveTask[];
  /** rows of tasks the step opened: removed */
  discardedTaskKeys: string[];
  /** the keys of the timeline events, suspensions, extensions, answers and withdrawals the step recorded: removed */
  discardedEventKeys: string[];
  matter: Pick<ProcedureState, 'status' | 'dueAt' | 'dueDate' | 'provisional' | 'warningLevel'>;
  /** the suspension (补正) the matter is in again, whose end the step may have written */
  openSuspensionKey?: string;
  /** the clock's other stops still open (art. 45, the higher authority), whose end the step may have written */
  openClockStopKeys?: string[];
  /** the due date the step moved, whose change record goes */
  dueDateMoved?: { from?: string; to: string };
  /** the incidents open again, whose resolution the step may have written (an incident the step raised is a discarded key) */
  openIncidentIds?: string[];
}

export interface ProcedureActivities {
  /** Computes the matter's due date from acceptance, promised days, suspensions and extensions; stores it and any change. */
  refreshDeadline(input: { matterId: string; reasonZh: string; reasonEn: string }): Promise<DeadlineResult>;
  /** Turns a timer spec into an absolute instant, counting working days on the calendar. */
  resolveTimer(input: { matterId: string; timer: TimerSpec; fromIso: string }): Promise<{ fireAt: string }>;
  /** Due time of a step with its own time limit, in working days from now. */
  stepDueAt(input: { fromIso: string; workingDays: number }): Promise<{ dueAt: string }>;
  /**
   * Creates or updates the Task row (upsert by taskKey); resolves AB岗 backup assignment, except for a holder who
   * took the task themselves (`actorId`); returns the stored assignee.
   */
  syncTask(input: {
    matterId: string;
    task: LiveTask;
    status: 'OPEN' | 'CLAIMED' | 'SUSPENDED';
    actorId?: string;
    /** a called procedure's task (workflows/call-activity.ts): the workflow that holds it and the version it runs */
    owner?: { workflowId: string; procedureVersionId: string };
  }): Promise<{ assigneeId?: string }>;
  /**
   * The version a call activity runs: the pinned one, or the latest published now. One that does not exist is
   * refused at once (BPMN error CALLED_PROCEDURE_MISSING: an incident on the call, cured by publishing it).
   */
  resolveCalledProcedure(input: { procedureKey: string; version?: number }): Promise<CalledVersion>;
  /**
   * Closes a Task row: completed with a decision, or cancelled (interrupting timer, return, end of procedure). With a
   * submission the row takes its opinion and form values from that StepSubmission (written by the API before the
   * Update), else the comment and form data given.
   */
  closeTask(input: {
    taskKey: string;
    status: 'COMPLETED' | 'CANCELLED';
    actorId?: string;
    decision?: string;
    comment?: string;
    formData?: Record<string, unknown>;
    submissionId?: string;
  }): Promise<void>;
  /** Appends a timeline event (idempotent by eventKey). */
  recordEvent(input: {
    matterId: string;
    eventKey: string;
    type: string;
    actorId?: string;
    actorName?: string;
    data?: Record<string, unknown>;
  }): Promise<void>;
  /** Projects the matter's status (and outcome) to the database and the search attributes' source. */
  setMatterStatus(input: { matterId: string; status: ProcedureState['status']; reason?: string }): Promise<void>;
  /**
   * Opens (suspend) or closes (resume) a suspension in the ledger; idempotent by eventKey. A 补正 also puts the
   * matter's open tasks on hold and takes them off it (`holdTasks` / `releaseTasks` default true); the other stops
   * of the clock (art. 45, the wait for a higher authority) leave the tasks in hand.
   */
  suspend(input: {
    matterId: string;
    eventKey: string;
    kind: string;
    reason: string;
    atIso: string;
    holdTasks?: boolean;
  }): Promise<void>;
  resume(input: { matterId: string; eventKey: string; atIso: string; releaseTasks?: boolean }): Promise<void>;
  /** 上报件: stores the higher authority's answer as staff recorded it (idempotent by answerId). */
  recordAuthorityAnswer(input: {
    matterId: string;
    eventKey: string;
    answerId: string;
    authority: string;
    answeredOn: string;
    decision: string;
    referenceNo: string;
    note?: string;
    document: { fileKey: string; name: string; mime: string; size: number; sha256: string };
    actorId: string;
  }): Promise<void>;
  /** 撤件: stores the withdrawal with its signed request, if any (idempotent by withdrawalId and eventKey). */
  recordWithdrawal(input: {
    matterId: string;
    eventKey: string;
    withdrawalId: string;
    channel: string;
    reason: string;
    document?: { fileKey: string; name: string; mime: string; size: number; sha256: string };
    actorId?: string;
  }): Promise<void>;
  /** Records an approved extension of working days. */
  recordExtension(input: {
    matterId: string;
    eventKey: string;
    workingDays: number;
    reason: string;
    actorId: string;
    requestId?: string;
  }): Promise<void>;
  /** Stores the deadline warning level, then the timeline event that goes with it if any (idempotent by eventKey). */
  setWarning(input: {
    matterId: string;
    level: WarningLevel;
    event?: { eventKey: string; type: string; data?: Record<string, unknown> };
  }): Promise<void>;
  /** Puts the read side back as the workflow holds it after a rolled-back step (one transaction; idempotent). */
  restoreReadSide(input: ReadSideRestore): Promise<void>;
  /** Writes an incident's row (idempotent by its id): the admins' and managers' list (api/incidents). */
  recordIncident(input: { matterId: string; incident: OpenIncident }): Promise<void>;
  /** Closes an incident's row with how a person resolved it (only while it is open, so a retry changes nothing). */
  resolveIncident(input: {
    matterId: string;
    incidentId: string;
    resolution: 'RETRIED' | 'MOVED' | 'CANCELLED';
    actorId: string;
    atIso: string;
    note?: string;
    toNodeId?: string;
  }): Promise<void>;
  /**
   * Version migration: the matter's row moves to the target version, naming the version it left and when (only
   * while it is still on the source, so a retry changes nothing).
   */
  recordMigration(input: {
    matterId: string;
    migrationId: string;
    fromVersionId: string;
    toVersionId: string;
    atIso: string;
  }): Promise<void>;
  /** Runs a service task's registered activity (notify, issueResult, mailDelivery, reportUp, …). */
  runService(input: {
    matterId: string;
    eventKey: string;
    activity: string;
    params: Record<string, string>;
  }): Promise<{ result?: string }>;
}
