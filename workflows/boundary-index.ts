/**
 * The timer, message and signal boundaries attached to each activity of a plan. Pure: the interpreter
 * (boundary-events.ts) and the migration's dry run (migration-boundaries.ts) read the same index.
 */
import type { BoundaryTimerNode, ProcedurePlan } from '../bpmn/plan';
import type { BoundaryCatchNode } from '../bpmn/plan-events';

export type WaitingBoundary = BoundaryTimerNode | BoundaryCatchNode;

/**
 * The plan-timer key of a boundary timer armed on one running instance of its activity (a user task's activation, or
 * the activity's token): one key however the timer was armed (with the activity, a call, or a migration).
 */
export const boundaryTimerKey = (hostId: string, boundaryId: string) => `boundary:${hostId}:${boundaryId}`;

/** Indexed once per plan. */
const boundaryIndex = new WeakMap<ProcedurePlan, Map<string, WaitingBoundary[]>>();

export function boundariesOn(plan: ProcedurePlan, nodeId: string): WaitingBoundary[] {
  let index = boundaryIndex.get(plan);
  if (!index) {
    index = new Map();
    for (const node of Object.values(plan.nodes))
      if (node.type === 'boundaryTimer' || node.type === 'boundaryCatch')
        index.set(node.attachedToId, [...(index.get(node.attachedToId) ?? []), node]);
    boundaryIndex.set(plan, index);
  }
  return index.get(nodeId) ?? [];
}
