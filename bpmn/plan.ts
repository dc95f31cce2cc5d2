/**
 * The executable plan: what the compiler makes of a BPMN diagram and what the interpreter workflow runs.
 * Pure data (JSON-serialisable), stored immutably per published version and passed as workflow input,
 * so a running matter keeps the plan it started with.
 */
import type { TimerSpec } from '../domain/deadline';
import type { DecisionTable } from './decision-table';
import type { Expr } from './expression-types';
import type { CallActivityNode } from './plan-calls';
import type { CompensationBoundaryNode, CompensationThrowNode } from './plan-compensation';
import type {
  BoundaryCatchNode,
  BoundaryEventNode,
  EventTrigger,
  LinkEventNode,
  MultiInstance,
  SignalCatchNode,
  SignalThrowNode,
  ThrowEventNode,
} from './plan-events';

/**
 * 2: each user task carries what its handler may decide (`allowedDecisions`).
 * 3: the plan names the form keys its conditions read (`conditionFormKeys`). Plans of earlier schemas (stored with
 * the versions published before, carried by the matters running on them) are read through `readPlan`
 * (stored-plan.ts).
 */
export const PLAN_SCHEMA_VERSION = 3 as const;

/** Step kinds of the standard procedure (受理 → 转后台 → 现场勘察 → 审批 → 出证/送达) and agency hand-back (回交). */
export const STEP_KINDS = [
  'receive',
  'route',
  'review',
  'survey',
  'approve',
  'deliver',
  'handBack',
  'reportUp',
  'joint',
  'rectify',
  'other',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const ROLES = ['CLERK', 'APPROVER', 'DESIGNER', 'MANAGER', 'ADMIN', 'AGENT'] as const;
export type Role = (typeof ROLES)[number];

export const OUTCOMES = ['COMPLETED', 'REJECTED', 'REPORTED_UP', 'WITHDRAWN'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What a handler may decide at a user task: approve / reject where a gateway chooses by it, else complete. */
export const TASK_DECISIONS = ['approve', 'reject', 'complete'] as const;
export type TaskDecision = (typeof TASK_DECISIONS)[number];

export interface FormField {
  key: string;
  label: string;
  type: 'string' | 'text' | 'number' | 'boolean' | 'date' | 'enum';
  required: boolean;
  options?: string[];
  /** the checks a form designed with form-js asks of the value (bpmn/form-schema.ts); never on ow:FormField */
  rules?: FieldRules;
}

/** form-js's validation of one field, as the server enforces it (bpmn/form-schema.ts). */
export interface FieldRules {
  min?: number;
  max?: number;
  /** digits after the decimal point a number may have (0: a whole number) */
  decimalDigits?: number;
  minLength?: number;
  maxLength?: number;
  /** a JavaScript regular expression the text must match somewhere, as form-js tests it */
  pattern?: string;
  /** the designer's own message when the pattern does not match */
  patternMessage?: string;
  validationType?: 'email' | 'phone';
  /** a form-js datetime field of subtype time or datetime (its date subtype is the type `date`) */
  format?: 'time' | 'datetime';
}

/**
 * A user task's form designed with form-js, embedded as Camunda 8 embeds it: `zeebe:formDefinition formKey=
 * "camunda-forms:bpmn:<id>"` on the task naming a `zeebe:userTaskForm id="<id>"` of the process, whose body is the
 * form-js schema. The task page renders `schema`; the server checks values against the task's `formFields`, which the
 * compiler reads from it.
 */
export interface DesignedForm {
  formKey: string;
  schema: { [key: string]: unknown };
}

export interface NodeBase {
  id: string;
  name?: string;
  /** id of the enclosing sub-process; absent at top level */
  parentId?: string;
  incoming: string[];
  outgoing: string[];
}

export interface StartEventNode extends NodeBase {
  type: 'startEvent';
}
export interface EndEventNode extends NodeBase {
  type: 'endEvent';
  outcome: Outcome;
  terminate: boolean;
}
export interface UserTaskNode extends NodeBase {
  type: 'userTask';
  stepKind: StepKind;
  candidateDepartment?: string;
  candidateRole?: Role;
  formFields: FormField[];
  /** the form designed with form-js, when the task has one (its fields are then `formFields`) */
  designedForm?: DesignedForm;
  /** the decisions its handler may choose from, written by the compiler (compile/step-decisions.ts) */
  allowedDecisions: TaskDecision[];
  /** the step's own time limit in working days */
  timeLimitDays?: number;
  boundaryTimerIds: string[];
  /** the label of the step's one opinion box (办理意见 when absent), and whether it must be filled */
  opinionLabel?: string;
  opinionRequired?: boolean;
  /** separation of duties: whoever completed one of these user tasks of the matter may not do this one */
  distinctFrom?: string[];
  /** its handlers may reveal the applicant's full name and ID number (audited) */
  needsIdentity?: boolean;
  /** one task per element of a collection (会签 / 或签), plan-events.ts */
  multiInstance?: MultiInstance;
  /** zeebe:input: the step's own variables, evaluated when its task opens and shown with the task */
  inputMappings?: VariableMapping[];
  /** zeebe:output: written to the matter's variables when the task is completed */
  outputMappings?: VariableMapping[];
}
export interface ServiceTaskNode extends NodeBase {
  type: 'serviceTask';
  /** name of a registered service activity, e.g. notify, issueResult, mailDelivery, reportUp */
  activity: string;
  /** a value may read an instance's element variable or loopCounter as `${name}` (multi-instance) */
  params: Record<string, string>;
  /** one service call per element of a collection, plan-events.ts */
  multiInstance?: MultiInstance;
  /** zeebe:input: evaluated when the service starts and passed to it beside `params` */
  inputMappings?: VariableMapping[];
  /** zeebe:output: written to the matter's variables when the service has returned (its answer read as `result`) */
  outputMappings?: VariableMapping[];
}
export interface ExclusiveGatewayNode extends NodeBase {
  type: 'exclusiveGateway';
  defaultFlowId?: string;
}
/** Splits when it has several outgoing flows, joins (waits for every incoming flow) when it has several incoming. */
export interface ParallelGatewayNode extends NodeBase {
  type: 'parallelGateway';
}
export interface TimerCatchNode extends NodeBase {
  type: 'timerCatch';
  timer: TimerSpec;
}
/** Waits for a named message, e.g. materialsSupplied, higherAuthorityAnswer. */
export interface MessageCatchNode extends NodeBase {
  type: 'messageCatch';
  message: string;
}
/** A timer boundary event on a user task, call activity, service task or sub-process. */
export interface BoundaryTimerNode extends NodeBase {
  type: 'boundaryTimer';
  attachedToId: string;
  /** interrupting: the task is cancelled and the token leaves by this event (escalate / re-route);
   *  non-interrupting: the task stays and a reminder / warning token leaves as well */
  interrupting: boolean;
  timer: TimerSpec;
}
export interface SubProcessNode extends NodeBase {
  type: 'subProcess';
  startNodeId: string;
  /** one instance per element of a collection, plan-events.ts */
  multiInstance?: MultiInstance;
  /** an event sub-process: never entered by a flow, started by its message (plan-events.ts) */
  trigger?: EventTrigger;
}

/** bpmn:task / bpmn:manualTask: nothing for the engine to do; the token passes on (as Camunda 8 runs them), an event recorded. */
export interface PassThroughTaskNode extends NodeBase {
  type: 'passThroughTask';
  elementType: 'task' | 'manualTask';
}
/** Event-based gateway: its flows lead to message and timer catches; the first to fire wins, the others are cancelled. */
export interface EventGatewayNode extends NodeBase {
  type: 'eventGateway';
}
/** Inclusive gateway: splits to every flow whose condition holds (else the default); joins what can still arrive. */
export interface InclusiveGatewayNode extends NodeBase {
  type: 'inclusiveGateway';
  defaultFlowId?: string;
}

/** A variable mapping (zeebe:input / zeebe:output): the source's value (FEEL, or a fixed text) into the target. */
export interface VariableMapping {
  source: Expr;
  target: string;
}

/** Business-rule task: evaluates its DMN decision table (decision-table.ts) and keeps the result in a variable. */
export interface BusinessRuleTaskNode extends NodeBase {
  type: 'businessRuleTask';
  decision: DecisionTable;
  /** where the result goes among the matter's variables (conditions read it bare or as `form.<name>`) */
  resultVariable: string;
  /** variables the table reads beside the matter's, for this evaluation only */
  inputMappings?: VariableMapping[];
  /** values written to the matter's variables after the result, e.g. one field of a several-output result */
  outputMappings?: VariableMapping[];
}

export type PlanNode =
  | BusinessRuleTaskNode
  | StartEventNode
  | EndEventNode
  | UserTaskNode
  | ServiceTaskNode
  | ExclusiveGatewayNode
  | ParallelGatewayNode
  | TimerCatchNode
  | MessageCatchNode
  | BoundaryTimerNode
  | SubProcessNode
  | ThrowEventNode
  | BoundaryEventNode
  | BoundaryCatchNode
  | PassThroughTaskNode
  | EventGatewayNode
  | InclusiveGatewayNode
  | CallActivityNode
  | LinkEventNode
  | SignalCatchNode
  | SignalThrowNode
  | CompensationBoundaryNode
  | CompensationThrowNode;
export type PlanNodeType = PlanNode['type'];

export interface PlanFlow {
  id: string;
  sourceId: string;
  targetId: string;
  name?: string;
  /** parsed condition; absent = unconditional */
  condition?: Expr;
  conditionSource?: string;
}

export interface ProcedurePlan {
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  processId: string;
  name: string;
  startNodeId: string;
  nodes: Record<string, PlanNode>;
  flows: Record<string, PlanFlow>;
  /**
   * The form keys the conditions read (`form.x`, or bare `x`), written by compile/condition-keys.ts: the only typed
   * values the API passes to the workflow; the others stay in PostgreSQL. Never a free-text field.
   */
  conditionFormKeys: string[];
}

/** A compile problem, naming the element and the reason in both languages. */
export interface CompileProblem {
  elementId: string;
  elementType: string;
  code: string;
  messageZh: string;
  messageEn: string;
}

export type CompileResult =
  { ok: true; plan: ProcedurePlan; warnings: CompileProblem[] } | { ok: false; problems: CompileProblem[] };
