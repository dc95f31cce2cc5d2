/**
 * The contract between a matter's workflow and the procedures its call activities run as child workflows
 * (workflows/call-activity.ts): what the child starts with and the two signals between them. Deterministic code only.
 */
import { defineSignal } from '@temporalio/workflow';
import type { ProcedurePlan } from '../bpmn/plan';

/** The call a child workflow runs for: its parent, the call's token and element, and the version it runs. */
export interface CalledBy {
  workflowId: string;
  tokenId: string;
  nodeId: string;
  procedureKey: string;
  versionId: string;
  version: number;
}

/** The version a call activity runs, read when it starts (latest published, or the pinned one). */
export interface CalledVersion {
  versionId: string;
  version: number;
  name: string;
  plan: ProcedurePlan;
}

/** A called procedure's end, as the child tells its parent. */
export interface CalledProcedureEnd {
  tokenId: string;
  status: 'COMPLETED' | 'REJECTED' | 'REPORTED_UP' | 'WITHDRAWN' | 'TERMINATED';
  /** its variables as it ended (only the values its conditions and mappings read, as in any run) */
  form: Record<string, unknown>;
  /** an error end no boundary in it caught: the call activity's error boundary may catch it */
  error?: { code?: string; zh: string; en: string };
}

/** Child → parent: the called procedure ended. */
export const calledProcedureEnded = defineSignal<[CalledProcedureEnd]>('calledProcedureEnded');
/** Parent → child: the call was withdrawn (an interrupting boundary, the matter ending): end now, tasks cancelled. */
export const endCalledProcedure = defineSignal<[{ reason: string }]>('endCalledProcedure');

/**
 * The workflow an incident (or any event key, `workflowId:seq`) of the matter belongs to: one of a procedure a call
 * activity runs for it (its id begins with the matter's workflow id and '/'), else the matter's own.
 */
export function owningWorkflowId(matterWorkflowId: string, eventKey: string): string {
  const owner = eventKey.slice(0, eventKey.lastIndexOf(':'));
  return owner.startsWith(`${matterWorkflowId}/`) ? owner : matterWorkflowId;
}

/** The child's workflow id: its tasks' keys begin with it (taskKey = workflowId + '/' + token id). */
export const calledWorkflowId = (parentWorkflowId: string, tokenId: string) => `${parentWorkflowId}/call-${tokenId}`;
