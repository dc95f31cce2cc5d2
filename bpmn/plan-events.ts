/**
 * Plan nodes and settings for BPMN errors, escalations and multi-instance activities (bpmn/README.md, coverage).
 * Pure data, like the rest of the plan.
 */
import type { Expr } from './expression-types';
import type { NodeBase } from './plan';

/** What a throw event throws and a boundary event catches. */
export type ThrowKind = 'error' | 'escalation';

/**
 * An error end event, an escalation end event or an escalation intermediate throw event. The nearest matching
 * boundary event on an enclosing activity catches it; an error nobody catches is an incident (the token stays).
 */
export interface ThrowEventNode extends NodeBase {
  type: 'throwEvent';
  kind: ThrowKind;
  /** the errorCode / escalationCode of the referenced bpmn:error / bpmn:escalation */
  code?: string;
  /** an end event (the token ends there); an intermediate throw passes on */
  end: boolean;
}

/** An error boundary event (on a service task or a sub-process, always interrupting) or an escalation one (on a sub-process). */
export interface BoundaryEventNode extends NodeBase {
  type: 'boundaryEvent';
  kind: ThrowKind;
  attachedToId: string;
  interrupting: boolean;
  /** the code caught; absent: every error (escalation) reaching the activity */
  code?: string;
}

/**
 * bpmn:multiInstanceLoopCharacteristics: one instance per element of a collection, side by side or one after the
 * other. The expressions are the condition language (expression.ts); the completion condition also reads
 * nrOfInstances, nrOfCompletedInstances, nrOfActiveInstances and loopCounter.
 */
export interface MultiInstance {
  sequential: boolean;
  collection: Expr;
  collectionSource: string;
  /** the name each instance reads its element by (a user task's candidate department `${name}`) */
  elementVariable?: string;
  /** the variable that collects each instance's result (a user task's decision), in the collection's order */
  outputCollection?: string;
  completionCondition?: Expr;
  completionConditionSource?: string;
}

/** An event sub-process (triggeredByEvent): it starts when its message arrives while its enclosing scope runs. */
export interface EventTrigger {
  message: string;
  /** interrupting: everything else in the enclosing scope is withdrawn first */
  interrupting: boolean;
}
