/**
 * Compensation (bpmn/README.md, "Compensation"): a compensation boundary event on an activity names, by an
 * association, the handler that undoes it (an activity marked isForCompensation, outside the flows); a compensation
 * throw (intermediate or end) runs the handlers of what completed in its scope, newest first, and waits for them.
 * Pure data, like the rest of the plan.
 */
import type { NodeBase } from './plan';

/** Never holds a token: it ties the activity it sits on to its handler. */
export interface CompensationBoundaryNode extends NodeBase {
  type: 'compensationBoundary';
  attachedToId: string;
  /** the isForCompensation activity the boundary's association points to */
  handlerId: string;
}

/** A compensation intermediate throw (goes on once the handlers finished) or end event (its path ends then). */
export interface CompensationThrowNode extends NodeBase {
  type: 'compensationThrow';
  /** only this activity of the scope is compensated; absent: every compensable one that completed there */
  activityRef?: string;
  end: boolean;
}

/** The handler of each compensable activity, by the activity's id, read from the plan's compensation boundaries. */
export function compensationHandlers(nodes: Record<string, { type: string }>): Map<string, string> {
  const handlers = new Map<string, string>();
  for (const node of Object.values(nodes))
    if (node.type === 'compensationBoundary') {
      const boundary = node as CompensationBoundaryNode;
      handlers.set(boundary.attachedToId, boundary.handlerId);
    }
  return handlers;
}

/** Whether the activity is a compensation handler (its task is never returned from: the throw waits for it). */
export const isCompensationHandler = (nodes: Record<string, { type: string }>, id: string): boolean =>
  [...compensationHandlers(nodes).values()].includes(id);
