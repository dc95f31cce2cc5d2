/**
 * Call activities (bpmn:callActivity): the element runs another published procedure as a Temporal child workflow of
 * the matter (workflows/call-activity.ts). Pure data, like the rest of the plan.
 */
import type { NodeBase } from './plan';
import type { MultiInstance } from './plan-events';

/** One variable handed across: `source` read in the giving procedure's scope, written as `target` in the other. */
export interface CallMapping {
  source: string;
  /** the source as a path (`form.area` → ["form", "area"]) */
  sourcePath: string[];
  target: string;
}

export interface CallActivityNode extends NodeBase {
  type: 'callActivity';
  /** the called procedure's key (Procedure.key; Camunda's `zeebe:calledElement processId`) */
  procedureKey: string;
  /** a pinned version; absent: the latest version published when the activity starts */
  version?: number;
  /** the caller's variables the called procedure starts with, besides `inputs` (Camunda 8's propagateAllParentVariables) */
  propagateAllIn: boolean;
  inputs: CallMapping[];
  /** all the called procedure's variables come back, besides `outputs` (Camunda 8's propagateAllChildVariables) */
  propagateAllOut: boolean;
  outputs: CallMapping[];
  /** boundary timers on it: each interrupts (or runs beside) the called procedure */
  boundaryTimerIds: string[];
  /** one called procedure per element of a collection */
  multiInstance?: MultiInstance;
}
