/** Hand-built plans for the interpreter tests: a tiny builder that keeps incoming/outgoing in step with the flows. */
import { conditionFormKeys } from '../../bpmn/compile/condition-keys';
import { writeStepDecisions } from '../../bpmn/compile/step-decisions';
import type { Expr, Literal } from '../../bpmn/expression-types';
import {
  PLAN_SCHEMA_VERSION,
  type FormField,
  type Outcome,
  type PlanNode,
  type ProcedurePlan,
  type Role,
  type StepKind,
} from '../../bpmn/plan';
import type { EventTrigger, MultiInstance } from '../../bpmn/plan-events';
import type { TimerSpec } from '../../domain/deadline';

type Extra<T extends PlanNode['type']> = Omit<
  Extract<PlanNode, { type: T }>,
  'id' | 'type' | 'incoming' | 'outgoing' | 'parentId'
>;

export interface TaskOptions {
  name?: string;
  candidateDepartment?: string;
  candidateRole?: Role;
  formFields?: FormField[];
  timeLimitDays?: number;
  stepKind?: StepKind;
  distinctFrom?: string[];
  opinionRequired?: boolean;
  multiInstance?: MultiInstance;
}

export class PlanBuilder {
  private readonly nodes: Record<string, PlanNode> = {};
  private readonly flows: ProcedurePlan['flows'] = {};
  private parentId: string | undefined;
  private startNodeId = 'start';

  private add<T extends PlanNode['type']>(id: string, type: T, extra: Extra<T>): this {
    this.nodes[id] = {
      id,
      type,
      incoming: [],
      outgoing: [],
      ...(this.parentId ? { parentId: this.parentId } : {}),
      ...extra,
    } as PlanNode;
    return this;
  }

  start(id = 'start'): this {
    if (!this.parentId) this.startNodeId = id;
    return this.add(id, 'startEvent', {});
  }

  end(id = 'end', outcome: Outcome = 'COMPLETED', terminate = false): this {
    return this.add(id, 'endEvent', { outcome, terminate });
  }

  task(id: string, opts: TaskOptions = {}): this {
    const { stepKind = 'review', formFields = [], ...rest } = opts;
    return this.add(id, 'userTask', {
      name: opts.name ?? id,
      stepKind,
      formFields,
      allowedDecisions: [],
      boundaryTimerIds: [],
      ...rest,
    });
  }

  service(id: string, activity: string, params: Record<string, string> = {}, multiInstance?: MultiInstance): this {
    return this.add(id, 'serviceTask', { activity, params, ...(multiInstance ? { multiInstance } : {}) });
  }

  /** A call activity of the procedure published under `procedureKey`; `in` / `out` map source path → target. */
  call(
    id: string,
    procedureKey: string,
    opts: {
      version?: number;
      in?: Record<string, string>;
      out?: Record<string, string>;
      propagateAllIn?: boolean;
      propagateAllOut?: boolean;
      multiInstance?: MultiInstance;
    } = {},
  ): this {
    const mappings = (pairs: Record<string, string> = {}) =>
      Object.entries(pairs).map(([source, target]) => ({ source, sourcePath: source.split('.'), target }));
    return this.add(id, 'callActivity', {
      name: id,
      procedureKey,
      ...(opts.version ? { version: opts.version } : {}),
      propagateAllIn: opts.propagateAllIn ?? false,
      inputs: mappings(opts.in),
      propagateAllOut: opts.propagateAllOut ?? false,
      outputs: mappings(opts.out),
      boundaryTimerIds: [],
      ...(opts.multiInstance ? { multiInstance: opts.multiInstance } : {}),
    });
  }

  xor(id: string, defaultFlowId?: string): this {
    return this.add(id, 'exclusiveGateway', defaultFlowId ? { defaultFlowId } : {});
  }

  and(id: string): this {
    return this.add(id, 'parallelGateway', {});
  }

  /** Event-based gateway: its flows lead to the catches that race. */
  race(id: string): this {
    return this.add(id, 'eventGateway', {});
  }

  /** The stub resolveTimer turns N hours into N seconds. */
  timer(id: string, hours: number): this {
    return this.add(id, 'timerCatch', { timer: { kind: 'duration', hours } });
  }

  message(id: string, message: string): this {
    return this.add(id, 'messageCatch', { message });
  }

  boundary(id: string, attachedToId: string, hours: number, interrupting: boolean): this {
    return this.timerBoundary(id, attachedToId, { kind: 'duration', hours }, interrupting);
  }

  /** A timer boundary on a user task, call activity, service task or sub-process (listed on the first two, as compiled). */
  timerBoundary(id: string, attachedToId: string, timer: TimerSpec, interrupting: boolean): this {
    const host = this.nodes[attachedToId];
    if (host?.type === 'userTask' || host?.type === 'callActivity') host.boundaryTimerIds.push(id);
    else if (host?.type !== 'serviceTask' && host?.type !== 'subProcess')
      throw new Error(`${attachedToId} is no activity a timer boundary sits on`);
    return this.add(id, 'boundaryTimer', { attachedToId, interrupting, timer });
  }

  /** A message or signal boundary event. */
  catchingOn(id: string, attachedToId: string, kind: 'message' | 'signal', eventName: string, interrupting: boolean) {
    return this.add(id, 'boundaryCatch', { kind, eventName, attachedToId, interrupting });
  }

  /** An error end (or escalation end / intermediate throw) event throwing the code. */
  throwing(id: string, kind: 'error' | 'escalation', code: string, end = true): this {
    return this.add(id, 'throwEvent', { kind, code, end });
  }

  /** An error or escalation boundary event; without a code it catches every one. */
  catching(
    id: string,
    attachedToId: string,
    kind: 'error' | 'escalation',
    opts: { code?: string; interrupting?: boolean } = {},
  ) {
    const { code, interrupting = true } = opts;
    return this.add(id, 'boundaryEvent', { kind, attachedToId, interrupting, ...(code ? { code } : {}) });
  }

  /** A sub-process whose inner nodes are added by `inner`, which must begin with a start event. */
  subProcess(id: string, inner: (b: this) => void, multiInstance?: MultiInstance): this {
    this.add(id, 'subProcess', { startNodeId: '', ...(multiInstance ? { multiInstance } : {}) });
    const outer = this.parentId;
    this.parentId = id;
    const before = new Set(Object.keys(this.nodes));
    inner(this);
    this.parentId = outer;
    const start = Object.values(this.nodes).find((node) => !before.has(node.id) && node.type === 'startEvent');
    if (!start) throw new Error(`sub-process ${id} has no start event`);
    (this.nodes[id] as Extract<PlanNode, { type: 'subProcess' }>).startNodeId = start.id;
    return this;
  }

  /** An event sub-process started by the message; `inner` must begin with its start event. */
  eventSubProcess(id: string, message: string, interrupting: boolean, inner: (b: this) => void): this {
    this.subProcess(id, inner);
    (this.nodes[id] as Extract<PlanNode, { type: 'subProcess' }>).trigger = { message, interrupting };
    return this;
  }

  eventGateway(id: string): this {
    return this.add(id, 'eventGateway', {});
  }

  /** A signal catch (`throwEnd` undefined), or a signal throw: intermediate (false) or end (true). */
  signal(id: string, signal: string, throwEnd?: boolean): this {
    if (throwEnd === undefined) return this.add(id, 'signalCatch', { signal });
    return this.add(id, 'signalThrow', { signal, end: throwEnd });
  }

  /** A link throw (`isThrow`) or catch event; the jump is a flow from the throw to its catch, as the compiler makes it. */
  link(id: string, link: string, isThrow: boolean): this {
    return this.add(id, 'linkEvent', { link, throw: isThrow });
  }

  /** An event sub-process started by a timer, an error or an escalation (or a message); `inner` begins with its start. */
  eventSubProcessOn(id: string, trigger: EventTrigger, inner: (b: this) => void): this {
    this.subProcess(id, inner);
    (this.nodes[id] as Extract<PlanNode, { type: 'subProcess' }>).trigger = trigger;
    return this;
  }

  flow(sourceId: string, targetId: string, opts: { id?: string; condition?: Expr } = {}): this {
    const id = opts.id ?? `${sourceId}->${targetId}`;
    this.flows[id] = { id, sourceId, targetId, ...(opts.condition ? { condition: opts.condition } : {}) };
    this.nodes[sourceId].outgoing.push(id);
    this.nodes[targetId].incoming.push(id);
    return this;
  }

  /** Flows along a chain of node ids. */
  chain(...ids: string[]): this {
    for (let i = 1; i < ids.length; i++) this.flow(ids[i - 1], ids[i]);
    return this;
  }

  /** The compiler's passes that write into the plan run here too, so a built plan is what publishing would store. */
  build(processId = 'test-procedure'): ProcedurePlan {
    const nodes = new Map(Object.entries(this.nodes));
    const flows = new Map(Object.entries(this.flows));
    writeStepDecisions(nodes, flows);
    return {
      schemaVersion: PLAN_SCHEMA_VERSION,
      processId,
      name: processId,
      startNodeId: this.startNodeId,
      nodes: this.nodes,
      flows: this.flows,
      conditionFormKeys: conditionFormKeys(nodes, flows),
    };
  }
}

export const plan = () => new PlanBuilder();

const path = (dotted: string): Expr => ({ kind: 'path', path: dotted.split('.') });
const literal = (value: Literal): Expr => ({ kind: 'literal', value });
export const eq = (dotted: string, value: Literal): Expr => ({
  kind: 'compare',
  op: '==',
  left: path(dotted),
  right: literal(value),
});
export const pathOf = path;
export const gte = (dotted: string, value: number): Expr => ({
  kind: 'compare',
  op: '>=',
  left: path(dotted),
  right: literal(value),
});
