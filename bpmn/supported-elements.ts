/**
 * The BPMN element kinds the engine runs: the one list the compiler accepts (read-process.ts refuses every other
 * flow element) and the designer offers (its palette and replace menu are derived from it). A new kind the
 * compiler learns is added here, and the console follows.
 */
import type { PlanNodeType } from './plan';

export interface SupportedElementKind {
  /** stable id, e.g. for tests */
  id: string;
  /** the moddle type, as bpmn-js names it */
  type: `bpmn:${string}`;
  /** the one event definition an event of this kind carries; absent: none (a plain event) */
  eventDefinition?: `bpmn:${string}`;
  /** boundary events: false for a non-interrupting one (cancelActivity="false") */
  cancelActivity?: boolean;
  /** the start event of an event sub-process (triggeredByEvent), valid only there */
  eventSubProcessStart?: boolean;
  /** event sub-process starts: false for a non-interrupting one (isInterrupting="false") */
  isInterrupting?: boolean;
  /** what the compiler makes of it */
  planType: PlanNodeType;
  label: { zh: string; en: string };
  /** bpmn-js's icon class for it */
  icon: string;
  /** offered in the palette; boundary events are made from an event attached to a task, through the replace menu */
  palette: boolean;
}

export const SUPPORTED_ELEMENT_KINDS: readonly SupportedElementKind[] = [
  {
    id: 'start-event',
    type: 'bpmn:StartEvent',
    planType: 'startEvent',
    label: { zh: '开始事件', en: 'Start event' },
    icon: 'bpmn-icon-start-event-none',
    palette: true,
  },
  {
    id: 'message-start',
    type: 'bpmn:StartEvent',
    eventDefinition: 'bpmn:MessageEventDefinition',
    eventSubProcessStart: true,
    isInterrupting: true,
    planType: 'startEvent',
    label: { zh: '消息开始事件（事件子流程）', en: 'Message start event (event sub-process)' },
    icon: 'bpmn-icon-start-event-message',
    palette: false,
  },
  {
    id: 'non-interrupting-message-start',
    type: 'bpmn:StartEvent',
    eventDefinition: 'bpmn:MessageEventDefinition',
    eventSubProcessStart: true,
    isInterrupting: false,
    planType: 'startEvent',
    label: {
      zh: '消息开始事件（事件子流程，不中断）',
      en: 'Message start event (event sub-process, non-interrupting)',
    },
    icon: 'bpmn-icon-start-event-non-interrupting-message',
    palette: false,
  },
  {
    id: 'timer-start',
    type: 'bpmn:StartEvent',
    eventDefinition: 'bpmn:TimerEventDefinition',
    eventSubProcessStart: true,
    isInterrupting: true,
    planType: 'startEvent',
    label: { zh: '定时器开始事件（事件子流程）', en: 'Timer start event (event sub-process)' },
    icon: 'bpmn-icon-start-event-timer',
    palette: false,
  },
  {
    id: 'non-interrupting-timer-start',
    type: 'bpmn:StartEvent',
    eventDefinition: 'bpmn:TimerEventDefinition',
    eventSubProcessStart: true,
    isInterrupting: false,
    planType: 'startEvent',
    label: {
      zh: '定时器开始事件（事件子流程，不中断）',
      en: 'Timer start event (event sub-process, non-interrupting)',
    },
    icon: 'bpmn-icon-start-event-non-interrupting-timer',
    palette: false,
  },
  {
    id: 'error-start',
    type: 'bpmn:StartEvent',
    eventDefinition: 'bpmn:ErrorEventDefinition',
    eventSubProcessStart: true,
    isInterrupting: true,
    planType: 'startEvent',
    label: { zh: '错误开始事件（事件子流程）', en: 'Error start event (event sub-process)' },
    icon: 'bpmn-icon-start-event-error',
    palette: false,
  },
  {
    id: 'escalation-start',
    type: 'bpmn:StartEvent',
    eventDefinition: 'bpmn:EscalationEventDefinition',
    eventSubProcessStart: true,
    isInterrupting: true,
    planType: 'startEvent',
    label: { zh: '升级开始事件（事件子流程）', en: 'Escalation start event (event sub-process)' },
    icon: 'bpmn-icon-start-event-escalation',
    palette: false,
  },
  {
    id: 'non-interrupting-escalation-start',
    type: 'bpmn:StartEvent',
    eventDefinition: 'bpmn:EscalationEventDefinition',
    eventSubProcessStart: true,
    isInterrupting: false,
    planType: 'startEvent',
    label: {
      zh: '升级开始事件（事件子流程，不中断）',
      en: 'Escalation start event (event sub-process, non-interrupting)',
    },
    icon: 'bpmn-icon-start-event-non-interrupting-escalation',
    palette: false,
  },
  {
    id: 'timer-intermediate-catch',
    type: 'bpmn:IntermediateCatchEvent',
    eventDefinition: 'bpmn:TimerEventDefinition',
    planType: 'timerCatch',
    label: { zh: '定时器中间事件', en: 'Timer intermediate catch event' },
    icon: 'bpmn-icon-intermediate-event-catch-timer',
    palette: true,
  },
  {
    id: 'message-intermediate-catch',
    type: 'bpmn:IntermediateCatchEvent',
    eventDefinition: 'bpmn:MessageEventDefinition',
    planType: 'messageCatch',
    label: { zh: '消息中间事件', en: 'Message intermediate catch event' },
    icon: 'bpmn-icon-intermediate-event-catch-message',
    palette: true,
  },
  {
    id: 'signal-start',
    type: 'bpmn:StartEvent',
    eventDefinition: 'bpmn:SignalEventDefinition',
    eventSubProcessStart: true,
    isInterrupting: true,
    planType: 'startEvent',
    label: { zh: '信号开始事件（事件子流程）', en: 'Signal start event (event sub-process)' },
    icon: 'bpmn-icon-start-event-signal',
    palette: false,
  },
  {
    id: 'non-interrupting-signal-start',
    type: 'bpmn:StartEvent',
    eventDefinition: 'bpmn:SignalEventDefinition',
    eventSubProcessStart: true,
    isInterrupting: false,
    planType: 'startEvent',
    label: { zh: '信号开始事件（事件子流程，不中断）', en: 'Signal start event (event sub-process, non-interrupting)' },
    icon: 'bpmn-icon-start-event-non-interrupting-signal',
    palette: false,
  },
  {
    id: 'signal-intermediate-catch',
    type: 'bpmn:IntermediateCatchEvent',
    eventDefinition: 'bpmn:SignalEventDefinition',
    planType: 'signalCatch',
    label: { zh: '信号中间捕获事件', en: 'Signal intermediate catch event' },
    icon: 'bpmn-icon-intermediate-event-catch-signal',
    palette: false,
  },
  {
    id: 'signal-intermediate-throw',
    type: 'bpmn:IntermediateThrowEvent',
    eventDefinition: 'bpmn:SignalEventDefinition',
    planType: 'signalThrow',
    label: { zh: '信号中间抛出事件', en: 'Signal intermediate throw event' },
    icon: 'bpmn-icon-intermediate-event-throw-signal',
    palette: false,
  },
  {
    id: 'signal-end',
    type: 'bpmn:EndEvent',
    eventDefinition: 'bpmn:SignalEventDefinition',
    planType: 'signalThrow',
    label: { zh: '信号结束事件', en: 'Signal end event' },
    icon: 'bpmn-icon-end-event-signal',
    palette: false,
  },
  {
    id: 'link-intermediate-throw',
    type: 'bpmn:IntermediateThrowEvent',
    eventDefinition: 'bpmn:LinkEventDefinition',
    planType: 'linkEvent',
    label: { zh: '链接抛出事件（跳转）', en: 'Link intermediate throw event' },
    icon: 'bpmn-icon-intermediate-event-throw-link',
    palette: false,
  },
  {
    id: 'link-intermediate-catch',
    type: 'bpmn:IntermediateCatchEvent',
    eventDefinition: 'bpmn:LinkEventDefinition',
    planType: 'linkEvent',
    label: { zh: '链接捕获事件（跳转目标）', en: 'Link intermediate catch event' },
    icon: 'bpmn-icon-intermediate-event-catch-link',
    palette: false,
  },
  {
    id: 'timer-boundary',
    type: 'bpmn:BoundaryEvent',
    eventDefinition: 'bpmn:TimerEventDefinition',
    cancelActivity: true,
    planType: 'boundaryTimer',
    label: { zh: '定时器边界事件', en: 'Timer boundary event' },
    icon: 'bpmn-icon-intermediate-event-catch-timer',
    palette: false,
  },
  {
    id: 'non-interrupting-timer-boundary',
    type: 'bpmn:BoundaryEvent',
    eventDefinition: 'bpmn:TimerEventDefinition',
    cancelActivity: false,
    planType: 'boundaryTimer',
    label: { zh: '定时器边界事件（不中断）', en: 'Timer boundary event (non-interrupting)' },
    icon: 'bpmn-icon-intermediate-event-catch-non-interrupting-timer',
    palette: false,
  },
  {
    id: 'message-boundary',
    type: 'bpmn:BoundaryEvent',
    eventDefinition: 'bpmn:MessageEventDefinition',
    cancelActivity: true,
    planType: 'boundaryCatch',
    label: { zh: '消息边界事件', en: 'Message boundary event' },
    icon: 'bpmn-icon-intermediate-event-catch-message',
    palette: false,
  },
  {
    id: 'non-interrupting-message-boundary',
    type: 'bpmn:BoundaryEvent',
    eventDefinition: 'bpmn:MessageEventDefinition',
    cancelActivity: false,
    planType: 'boundaryCatch',
    label: { zh: '消息边界事件（不中断）', en: 'Message boundary event (non-interrupting)' },
    icon: 'bpmn-icon-intermediate-event-catch-non-interrupting-message',
    palette: false,
  },
  {
    id: 'signal-boundary',
    type: 'bpmn:BoundaryEvent',
    eventDefinition: 'bpmn:SignalEventDefinition',
    cancelActivity: true,
    planType: 'boundaryCatch',
    label: { zh: '信号边界事件', en: 'Signal boundary event' },
    icon: 'bpmn-icon-intermediate-event-catch-signal',
    palette: false,
  },
  {
    id: 'non-interrupting-signal-boundary',
    type: 'bpmn:BoundaryEvent',
    eventDefinition: 'bpmn:SignalEventDefinition',
    cancelActivity: false,
    planType: 'boundaryCatch',
    label: { zh: '信号边界事件（不中断）', en: 'Signal boundary event (non-interrupting)' },
    icon: 'bpmn-icon-intermediate-event-catch-non-interrupting-signal',
    palette: false,
  },
  {
    id: 'end-event',
    type: 'bpmn:EndEvent',
    planType: 'endEvent',
    label: { zh: '结束事件', en: 'End event' },
    icon: 'bpmn-icon-end-event-none',
    palette: true,
  },
  {
    id: 'terminate-end',
    type: 'bpmn:EndEvent',
    eventDefinition: 'bpmn:TerminateEventDefinition',
    planType: 'endEvent',
    label: { zh: '终止结束事件', en: 'Terminate end event' },
    icon: 'bpmn-icon-end-event-terminate',
    palette: true,
  },
  {
    id: 'error-end',
    type: 'bpmn:EndEvent',
    eventDefinition: 'bpmn:ErrorEventDefinition',
    planType: 'throwEvent',
    label: { zh: '错误结束事件', en: 'Error end event' },
    icon: 'bpmn-icon-end-event-error',
    palette: false,
  },
  {
    id: 'escalation-end',
    type: 'bpmn:EndEvent',
    eventDefinition: 'bpmn:EscalationEventDefinition',
    planType: 'throwEvent',
    label: { zh: '升级结束事件', en: 'Escalation end event' },
    icon: 'bpmn-icon-end-event-escalation',
    palette: false,
  },
  {
    id: 'escalation-intermediate-throw',
    type: 'bpmn:IntermediateThrowEvent',
    eventDefinition: 'bpmn:EscalationEventDefinition',
    planType: 'throwEvent',
    label: { zh: '升级中间抛出事件', en: 'Escalation intermediate throw event' },
    icon: 'bpmn-icon-intermediate-event-throw-escalation',
    palette: false,
  },
  {
    id: 'error-boundary',
    type: 'bpmn:BoundaryEvent',
    eventDefinition: 'bpmn:ErrorEventDefinition',
    cancelActivity: true,
    planType: 'boundaryEvent',
    label: { zh: '错误边界事件', en: 'Error boundary event' },
    icon: 'bpmn-icon-intermediate-event-catch-error',
    palette: false,
  },
  {
    id: 'escalation-boundary',
    type: 'bpmn:BoundaryEvent',
    eventDefinition: 'bpmn:EscalationEventDefinition',
    cancelActivity: true,
    planType: 'boundaryEvent',
    label: { zh: '升级边界事件', en: 'Escalation boundary event' },
    icon: 'bpmn-icon-intermediate-event-catch-escalation',
    palette: false,
  },
  {
    id: 'non-interrupting-escalation-boundary',
    type: 'bpmn:BoundaryEvent',
    eventDefinition: 'bpmn:EscalationEventDefinition',
    cancelActivity: false,
    planType: 'boundaryEvent',
    label: { zh: '升级边界事件（不中断）', en: 'Escalation boundary event (non-interrupting)' },
    icon: 'bpmn-icon-intermediate-event-catch-non-interrupting-escalation',
    palette: false,
  },
  {
    id: 'compensation-boundary',
    type: 'bpmn:BoundaryEvent',
    eventDefinition: 'bpmn:CompensateEventDefinition',
    planType: 'compensationBoundary',
    label: { zh: '补偿边界事件', en: 'Compensation boundary event' },
    icon: 'bpmn-icon-intermediate-event-catch-compensation',
    palette: false,
  },
  {
    id: 'compensation-intermediate-throw',
    type: 'bpmn:IntermediateThrowEvent',
    eventDefinition: 'bpmn:CompensateEventDefinition',
    planType: 'compensationThrow',
    label: { zh: '补偿中间抛出事件', en: 'Compensation intermediate throw event' },
    icon: 'bpmn-icon-intermediate-event-throw-compensation',
    palette: false,
  },
  {
    id: 'compensation-end',
    type: 'bpmn:EndEvent',
    eventDefinition: 'bpmn:CompensateEventDefinition',
    planType: 'compensationThrow',
    label: { zh: '补偿结束事件', en: 'Compensation end event' },
    icon: 'bpmn-icon-end-event-compensation',
    palette: false,
  },
  {
    id: 'exclusive-gateway',
    type: 'bpmn:ExclusiveGateway',
    planType: 'exclusiveGateway',
    label: { zh: '排他网关', en: 'Exclusive gateway' },
    icon: 'bpmn-icon-gateway-xor',
    palette: true,
  },
  {
    id: 'parallel-gateway',
    type: 'bpmn:ParallelGateway',
    planType: 'parallelGateway',
    label: { zh: '并行网关', en: 'Parallel gateway' },
    icon: 'bpmn-icon-gateway-parallel',
    palette: true,
  },
  {
    id: 'inclusive-gateway',
    type: 'bpmn:InclusiveGateway',
    planType: 'inclusiveGateway',
    label: { zh: '包容网关', en: 'Inclusive gateway' },
    icon: 'bpmn-icon-gateway-or',
    palette: true,
  },
  {
    id: 'event-based-gateway',
    type: 'bpmn:EventBasedGateway',
    planType: 'eventGateway',
    label: { zh: '事件网关', en: 'Event-based gateway' },
    icon: 'bpmn-icon-gateway-eventbased',
    palette: true,
  },
  {
    id: 'user-task',
    type: 'bpmn:UserTask',
    planType: 'userTask',
    label: { zh: '用户任务', en: 'User task' },
    icon: 'bpmn-icon-user-task',
    palette: true,
  },
  {
    id: 'service-task',
    type: 'bpmn:ServiceTask',
    planType: 'serviceTask',
    label: { zh: '服务任务', en: 'Service task' },
    icon: 'bpmn-icon-service-task',
    palette: true,
  },
  {
    id: 'receive-task',
    type: 'bpmn:ReceiveTask',
    planType: 'messageCatch',
    label: { zh: '接收任务', en: 'Receive task' },
    icon: 'bpmn-icon-receive-task',
    palette: true,
  },
  {
    id: 'send-task',
    type: 'bpmn:SendTask',
    planType: 'serviceTask',
    label: { zh: '发送任务', en: 'Send task' },
    icon: 'bpmn-icon-send-task',
    palette: true,
  },
  {
    id: 'business-rule-task',
    type: 'bpmn:BusinessRuleTask',
    planType: 'businessRuleTask',
    label: { zh: '业务规则任务（决策表）', en: 'Business rule task (decision table)' },
    icon: 'bpmn-icon-business-rule-task',
    palette: true,
  },
  {
    id: 'manual-task',
    type: 'bpmn:ManualTask',
    planType: 'passThroughTask',
    label: { zh: '手工任务', en: 'Manual task' },
    icon: 'bpmn-icon-manual-task',
    palette: true,
  },
  {
    id: 'task',
    type: 'bpmn:Task',
    planType: 'passThroughTask',
    label: { zh: '任务（直接通过）', en: 'Task (passes through)' },
    icon: 'bpmn-icon-task',
    palette: true,
  },
  {
    id: 'call-activity',
    type: 'bpmn:CallActivity',
    planType: 'callActivity',
    label: { zh: '调用活动', en: 'Call activity' },
    icon: 'bpmn-icon-call-activity',
    palette: true,
  },
  {
    id: 'sub-process',
    type: 'bpmn:SubProcess',
    planType: 'subProcess',
    label: { zh: '子流程', en: 'Sub-process' },
    icon: 'bpmn-icon-subprocess-expanded',
    palette: true,
  },
];

/** What an element is, as the compiler reads it from the XML and bpmn-js describes a menu entry's target. */
export interface ElementShape {
  type: string;
  /** the types of its event definitions */
  eventDefinitions: readonly string[];
  /** absent: not stated (the compiler accepts both boundary kinds alike) */
  cancelActivity?: boolean;
  /** a start event inside an event sub-process: only there are its typed starts valid */
  inEventSubProcess?: boolean;
  /** absent: not stated (both start kinds alike) */
  isInterrupting?: boolean;
}

/** The supported kind an element is, or undefined when the engine cannot run it. */
export function supportedKindOf(shape: ElementShape): SupportedElementKind | undefined {
  const [only, ...more] = shape.eventDefinitions;
  if (more.length > 0) return undefined;
  return SUPPORTED_ELEMENT_KINDS.find(
    (kind) =>
      kind.type === shape.type &&
      kind.eventDefinition === only &&
      !!kind.eventSubProcessStart === (!!shape.inEventSubProcess && only !== undefined) &&
      (shape.isInterrupting === undefined ||
        kind.isInterrupting === undefined ||
        kind.isInterrupting === shape.isInterrupting) &&
      (shape.cancelActivity === undefined ||
        kind.cancelActivity === undefined ||
        kind.cancelActivity === shape.cancelActivity),
  );
}
