/**
 * The interpreter's own bookkeeping: JSON-only, so it is carried whole in `ProcedureState.internal` across
 * continue-as-new and a new run can pick up exactly where the last one stopped.
 */
import type { Outcome } from '../bpmn/plan';

/** What a parked token waits for. */
export type TokenWait =
  | { kind: 'task' }
  | { kind: 'timer' }
  | { kind: 'message'; name: string }
  | { kind: 'signal'; name: string }
  | { kind: 'service' }
  | { kind: 'join'; flowId?: string }
  | { kind: 'subProcess' }
  | { kind: 'call'; workflowId: string }
  | { kind: 'multiInstance' }
  | { kind: 'race' }
  | { kind: 'inclusiveJoin' }
  /**
   * a compensation throw: the handlers started at once and still running (`handlers`, handler ids); in a run from
   * before they ran in parallel, the activities still to compensate one by one and the handler running now
   */
  | { kind: 'compensation'; activityIds: string[]; pending: string[]; running?: string; handlers?: string[] }
  | { kind: 'stuck'; reason: string }
  | { kind: 'incident'; incidentId: string };

export interface Token {
  id: string;
  nodeId: string;
  /** '' at top level, else the id of the token waiting at the enclosing sub-process */
  scope: string;
  /** user-task node ids completed on the way here, oldest first (targets of 退回) */
  path: string[];
  /** for a user-task token: the activation it belongs to (several when `$co` opens one task per department) */
  groupId?: string;
  /** a catch after an event-based gateway: the id of the token waiting at the gateway; the first to fire wins */
  raceId?: string;
  wait?: TokenWait;
  /** an instance of a multi-instance activity: its element variable and loopCounter (multi-instance.ts) */
  locals?: Record<string, unknown>;
  /** the body of a multi-instance activity, waiting while its instances run in its scope */
  multiInstance?: MultiInstanceBody;
}

export interface MultiInstanceBody {
  items: unknown[];
  /** the instances' token ids, by element index (started so far) */
  instanceIds: string[];
  completed: number;
  /** each completed instance's result, by element index */
  outputs: unknown[];
}

/** One activation of a user-task node: its tasks, boundary timers and the decisions taken in it. */
export interface TaskGroup {
  id: string;
  nodeId: string;
  scope: string;
  path: string[];
  decisions: string[];
}

export type TimerTarget =
  | { kind: 'catch'; tokenId: string }
  | { kind: 'boundary'; boundaryId: string; groupId: string }
  /** a boundary timer on the token's activity: a call activity (hence the name), a service task or a sub-process */
  | { kind: 'callBoundary'; boundaryId: string; tokenId: string }
  /** an event sub-process's timer start, armed while its scope ('' for the procedure) runs */
  | { kind: 'eventSubProcess'; nodeId: string; scope: string };

export interface ArmedTimer {
  key: string;
  /** absolute ISO instant, so a continued run re-arms the same moment */
  fireAt: string;
  target: TimerTarget;
  /** a repeating (timeCycle) timer: how often it has fired in this activation (this run of its scope) */
  fired?: number;
  /** a repeating timer written in FEEL: the interval its expression gave when it was armed */
  cycle?: { kind: 'isoCycle'; duration: string; repetitions?: number };
}

export interface Suspension {
  eventKey: string;
  taskKey: string;
  resumeState: 'OPEN' | 'CLAIMED';
}

export interface InterpreterMemory {
  version: 1;
  tokenSeq: number;
  eventSeq: number;
  tokens: Token[];
  groups: TaskGroup[];
  timers: ArmedTimer[];
  /** messages that arrived while no catch event waited for them, by name */
  bufferedMessages: Record<string, number>;
  warnAt?: string;
  suspension?: Suspension;
  /** extensions granted since the once-only rule (patch ONE_EXTENSION) was in force */
  extensionsGranted?: number;
  lastOutcome?: Outcome;
  rejectedReached: boolean;
  finished: boolean;
  /** who completed each user task (user ids by node id), for separation of duties; absent in runs from before it */
  handlers?: Record<string, string[]>;
  /** the called procedures running (child workflow ids by call token id): ended with the call or the matter */
  calls?: Record<string, string>;
  /**
   * completions of activities with a compensation boundary, oldest first, until a throw compensates them; `within`:
   * the completed sub-process of `scope` that handed it on (compensation.ts)
   */
  compensable?: { nodeId: string; scope: string; within?: string }[];
  /** a called procedure's error end nobody in it caught: it ends, and its caller gets the error */
  thrown?: { code?: string; zh: string; en: string };
}

export function freshMemory(): InterpreterMemory {
  return {
    version: 1,
    tokenSeq: 0,
    eventSeq: 0,
    tokens: [],
    groups: [],
    timers: [],
    bufferedMessages: {},
    rejectedReached: false,
    finished: false,
  };
}
