/**
 * Plan nodes and settings for BPMN errors, escalations and multi-instance activities (bpmn/README.md, coverage).
 * Pure data, like the rest of the plan.
 */
import type { TimerSpec } from '../domain/deadline';
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

/**
 * A link event: a throw jumps to the catch of the same name in its scope (the compiler turns the jump into a flow,
 * compile/links.ts); the token passes both.
 */
export interface LinkEventNode extends NodeBase {
  type: 'linkEvent';
  link: string;
  throw: boolean;
}

/** A signal intermediate catch: waits until the signal is thrown in the matter or broadcast to it (never kept). */
export interface SignalCatchNode extends NodeBase {
  type: 'signalCatch';
  signal: string;
}

/** A signal intermediate throw (passes on) or end event: every signal catch of the matter waiting for it goes on. */
export interface SignalThrowNode extends NodeBase {
  type: 'signalThrow';
  signal: string;
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
 * A message or signal boundary event on a user task, service task, sub-process or call activity: while the activity
 * runs, its message (sent through the messages route, correlated like a message catch) or its signal (thrown in the
 * matter or broadcast) takes the token out by the boundary. Interrupting: the activity is cancelled first (its open
 * tasks, a running service's result, its called procedure, every token inside it). Non-interrupting: the activity
 * goes on, and each further message or signal sends another token out.
 */
export interface BoundaryCatchNode extends NodeBase {
  type: 'boundaryCatch';
  kind: 'message' | 'signal';
  /** the message's or the signal's name */
  eventName: string;
  attachedToId: string;
  interrupting: boolean;
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

/**
 * An event sub-process (triggeredByEvent): what starts it while its enclosing scope runs. A message start names its
 * message (plans stored before the other kinds carry no `kind`: a message); a timer start its timer (a cycle only
 * when non-interrupting: it fires again and again while the scope runs); an error or escalation start the code it
 * catches (none: every one), thrown in its scope, before any boundary event outside it.
 */
export type EventTrigger = MessageTrigger | TimerTrigger | CodeTrigger | SignalTrigger;

export interface MessageTrigger {
  kind?: 'message';
  message: string;
  /** interrupting: everything else in the enclosing scope is withdrawn first */
  interrupting: boolean;
}
export interface TimerTrigger {
  kind: 'timer';
  timer: TimerSpec;
  interrupting: boolean;
}
export interface CodeTrigger {
  kind: ThrowKind;
  /** the errorCode / escalationCode caught; absent: every one */
  code?: string;
  /** always true for an error start */
  interrupting: boolean;
}

export interface SignalTrigger {
  kind: 'signal';
  signal: string;
  interrupting: boolean;
}

/** The message that starts the event sub-process, if a message does. */
export const triggerMessage = (trigger: EventTrigger | undefined): string | undefined =>
  trigger && (trigger.kind === undefined || trigger.kind === 'message') ? trigger.message : undefined;
