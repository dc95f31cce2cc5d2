/**
 * Finds the process in a BPMN document and lists its flow nodes and sequence flows (sub-processes flattened,
 * each element knowing its enclosing sub-process). Reports what cannot be compiled: unsupported element types
 * and event kinds, several processes, missing / invalid / duplicate ids, too many elements.
 */
import type { PlanNodeType } from '../plan';
import { bpmnType, type Findings, type Subject } from './findings';
import { chooseProcess } from './choose-process';
import { MAX_FLOW_ELEMENTS } from './limits';
import { BPMN_NS } from './namespaces';
import { supportedKindOf } from '../supported-elements';
import type { XmlElement } from './xml-tree';

export interface SourceNode extends Subject {
  local: string;
  name?: string;
  parentId?: string;
  el: XmlElement;
  /** what the node compiles to; undefined for an unsupported element (already reported) */
  planType?: PlanNodeType;
  eventDefinitions: XmlElement[];
  /** the standard message the node names (its or its event definition's messageRef → bpmn:message name) */
  messageName?: string;
}

export interface SourceFlow extends Subject {
  name?: string;
  parentId?: string;
  sourceRef?: string;
  targetRef?: string;
  /** body of bpmn:conditionExpression, trimmed; undefined when absent or blank */
  condition?: string;
}

export interface SourceProcess extends Subject {
  name?: string;
  nodes: SourceNode[];
  flows: SourceFlow[];
}

/** Children of a process that are not flow elements and do not affect execution. */
const NON_FLOW = new Set([
  'laneSet',
  'textAnnotation',
  'association',
  'group',
  'dataObject',
  'dataObjectReference',
  'dataStoreReference',
  'documentation',
  'extensionElements',
  'property',
  'ioSpecification',
  'auditing',
  'monitoring',
  'resourceRole',
  'performer',
  'humanPerformer',
  'potentialOwner',
  'correlationSubscription',
  'supports',
  'dataInputAssociation',
  'dataOutputAssociation',
  'multiInstanceLoopCharacteristics',
  'standardLoopCharacteristics',
  'incoming',
  'outgoing',
]);
const LOOPS = new Set(['multiInstanceLoopCharacteristics', 'standardLoopCharacteristics']);
const MULTI_INSTANCE_HOSTS = new Set(['userTask', 'serviceTask', 'subProcess', 'callActivity']);
const isMultiInstanceAllowed = (host: string, loop: string) =>
  loop === 'multiInstanceLoopCharacteristics' && MULTI_INSTANCE_HOSTS.has(host);
const ID_PATTERN = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;

export const bpmnChildren = (el: XmlElement, local?: string): XmlElement[] =>
  el.children.filter((c) => c.ns === BPMN_NS && (local === undefined || c.local === local));

const attr = (el: XmlElement, name: string): string | undefined => {
  const v = el.attrs.get(name)?.trim();
  return v ? v : undefined;
};

interface Unsupported {
  code: 'UNSUPPORTED_ELEMENT' | 'UNSUPPORTED_EVENT';
  zh: string;
  en: string;
}

const definitionNames = (defs: XmlElement[]) => defs.map((d) => bpmnType(d.local)).join(', ');

const EVENT_HINTS = new Map<string, [string, string]>([
  [
    'startEvent',
    [
      '只支持无类型的开始事件；事件子流程的开始事件可为消息、定时器、错误、升级或信号',
      'only plain (none) start events are supported; an event sub-process may start by a message, timer, error, escalation or signal',
    ],
  ],
  [
    'endEvent',
    [
      '只支持普通、终止、错误、升级、信号和补偿结束事件',
      'only plain, terminate, error, escalation, signal and compensation end events are supported',
    ],
  ],
  [
    'intermediateCatchEvent',
    [
      '中间捕获事件只支持定时器、消息、信号或链接',
      'intermediate catch events must be a timer, a message, a signal or a link',
    ],
  ],
  [
    'boundaryEvent',
    [
      '边界事件只支持定时器、消息、信号、错误、升级和补偿',
      'boundary events must be timers, messages, signals, errors, escalations or compensations',
    ],
  ],
  [
    'intermediateThrowEvent',
    [
      '中间抛出事件只支持升级、信号、链接或补偿',
      'intermediate throw events must be escalations, signals, links or compensations',
    ],
  ],
]);
const GATEWAY_HINT: [string, string] = [
  '只支持排他、并行、包容和事件网关',
  'only exclusive, parallel, inclusive and event-based gateways are supported',
];
const ELEMENT_HINTS = new Map<string, [string, string]>([
  [
    'scriptTask',
    [
      '脚本任务在服务器上执行任意代码，无法审核与审计：请改为服务任务（ow:ServiceCall）或用户任务',
      'a script task runs arbitrary code on the server, which cannot be reviewed or audited: use a service task (ow:ServiceCall) or a user task',
    ],
  ],
  ['complexGateway', GATEWAY_HINT],
]);

function unsupportedEvent(local: string, defs: XmlElement[]): Unsupported {
  const kinds = defs.map((d) => d.local);
  const what = kinds.length ? `${bpmnType(local)}（${definitionNames(defs)}）` : bpmnType(local);
  const whatEn = kinds.length ? `${bpmnType(local)} (${definitionNames(defs)})` : bpmnType(local);
  const supported = EVENT_HINTS.get(local) ?? ['不支持此事件', 'this event is not supported'];
  return {
    code: 'UNSUPPORTED_EVENT',
    zh: `不支持的事件 ${what}：${supported[0]}`,
    en: `Unsupported event ${whatEn}: ${supported[1]}`,
  };
}

/** The plan type of a supported element (supported-elements.ts), or why it cannot be compiled. */
function classify(el: XmlElement, defs: XmlElement[], inEventSubProcess: boolean): PlanNodeType | Unsupported {
  const { local } = el;
  const kind = supportedKindOf({
    type: bpmnType(local),
    eventDefinitions: defs.map((d) => bpmnType(d.local)),
    inEventSubProcess,
  });
  if (kind) return kind.planType;
  if (local.endsWith('Event')) return unsupportedEvent(local, defs);
  const [zh, en] = ELEMENT_HINTS.get(local) ?? [
    '请改用用户任务、服务任务、网关、事件或内嵌子流程',
    'use user or service tasks, gateways, events or embedded sub-processes',
  ];
  return {
    code: 'UNSUPPORTED_ELEMENT',
    zh: `不支持的元素类型 ${bpmnType(local)}：${zh}`,
    en: `Unsupported element type ${bpmnType(local)}: ${en}`,
  };
}

class ProcessReader {
  readonly nodes: SourceNode[] = [];
  readonly flows: SourceFlow[] = [];
  private readonly ids = new Set<string>();
  /** event sub-processes read so far: their start event is a message, timer, error or escalation start */
  private readonly eventScopes = new Set<string>();

  constructor(
    private readonly findings: Findings,
    processId: string,
    /** the document's bpmn:message names by id */
    private readonly messages: Map<string, string>,
  ) {
    if (processId) this.ids.add(processId);
  }

  /** The element's id, reported when missing, malformed or already used (then undefined: the element is skipped). */
  private register(el: XmlElement): string | undefined {
    const id = attr(el, 'id');
    const type = bpmnType(el.local);
    const name = attr(el, 'name');
    if (!id) {
      this.findings.error(
        { id: '', type },
        'MISSING_ID',
        `元素 ${type}${name ? `“${name}”` : ''} 缺少 id`,
        `An element ${type}${name ? ` '${name}'` : ''} has no id`,
      );
      return undefined;
    }
    if (!ID_PATTERN.test(id) || id === '__proto__') {
      this.findings.error(
        { id, type },
        'INVALID_ID',
        `id “${id}” 不合法：应以字母或下划线开头`,
        `The id '${id}' is invalid: it must start with a letter or underscore`,
      );
    }
    if (this.ids.has(id)) {
      this.findings.error({ id, type }, 'DUPLICATE_ID', `id “${id}” 重复`, `The id '${id}' is used more than once`);
      return undefined;
    }
    this.ids.add(id);
    return id;
  }

  readScope(container: XmlElement, parentId: string | undefined): void {
    for (const child of bpmnChildren(container)) {
      if (NON_FLOW.has(child.local)) continue;
      if (child.local === 'sequenceFlow') this.readFlow(child, parentId);
      else this.readNode(child, parentId);
    }
  }

  private readFlow(el: XmlElement, parentId: string | undefined): void {
    const id = this.register(el);
    if (id === undefined) return;
    const conditionEl = bpmnChildren(el, 'conditionExpression')[0];
    const condition = conditionEl?.text.trim() || undefined;
    this.flows.push({
      id,
      type: 'bpmn:SequenceFlow',
      name: attr(el, 'name'),
      parentId,
      sourceRef: attr(el, 'sourceRef'),
      targetRef: attr(el, 'targetRef'),
      condition,
    });
  }

  private readNode(el: XmlElement, parentId: string | undefined): void {
    const id = this.register(el);
    if (id === undefined) return;
    const eventDefinitions = el.children.filter(
      (c) => c.ns === BPMN_NS && (c.local.endsWith('EventDefinition') || c.local === 'eventDefinitionRef'),
    );
    const classified = classify(el, eventDefinitions, this.eventScopes.has(parentId ?? ''));
    const node: SourceNode = {
      id,
      type: bpmnType(el.local),
      local: el.local,
      name: attr(el, 'name'),
      parentId,
      el,
      eventDefinitions,
    };
    const messageRef = attr(el, 'messageRef') ?? eventDefinitions.map((d) => attr(d, 'messageRef')).find(Boolean);
    const messageName = messageRef === undefined ? undefined : this.messages.get(messageRef);
    if (messageName) node.messageName = messageName;
    const looped = el.children.some(
      (c) => c.ns === BPMN_NS && LOOPS.has(c.local) && !isMultiInstanceAllowed(el.local, c.local),
    );
    if (typeof classified !== 'string') this.findings.error(node, classified.code, classified.zh, classified.en);
    else if (looped) {
      this.findings.error(
        node,
        'UNSUPPORTED_ELEMENT',
        '只有用户任务、服务任务、子流程和调用活动可以是多实例，不支持循环：联办的各协办部门也可用办理部门 $co',
        'Only user tasks, service tasks, sub-processes and call activities may be multi-instance, and loops are not supported: for the co-departments of a joint matter use the department $co',
      );
    } else node.planType = classified;
    this.nodes.push(node);
    if (node.planType === 'subProcess' && attr(el, 'triggeredByEvent') === 'true') this.eventScopes.add(id);
    if (node.planType === 'subProcess') this.readScope(el, id);
  }
}

/** Flow elements of a process scope, nested sub-processes included, without building anything. */
function countFlowElements(container: XmlElement): number {
  let count = 0;
  for (const child of bpmnChildren(container)) {
    if (NON_FLOW.has(child.local)) continue;
    count += 1;
    if (child.local === 'subProcess') count += countFlowElements(child);
  }
  return count;
}

const hasFlowElements = (process: XmlElement) => bpmnChildren(process).some((c) => !NON_FLOW.has(c.local));

/** The one process to compile, with its elements; undefined when the document cannot be compiled at all. */
export function readProcess(root: XmlElement, findings: Findings): SourceProcess | undefined {
  if (root.ns !== BPMN_NS || root.local !== 'definitions') {
    const found = root.ns ? `${root.local}（命名空间 ${root.ns}）` : root.name;
    const foundEn = root.ns ? `${root.local} (namespace ${root.ns})` : root.name;
    findings.error(
      { id: '', type: root.name },
      'NOT_BPMN',
      `不是 BPMN 2.0 文件：根元素为 ${found}，应为命名空间 ${BPMN_NS} 中的 definitions`,
      `Not a BPMN 2.0 file: the root element is ${foundEn}, expected definitions in the namespace ${BPMN_NS}`,
    );
    return undefined;
  }
  const processes = bpmnChildren(root, 'process');
  if (processes.length === 0) {
    findings.error(
      { id: attr(root, 'id') ?? '', type: 'bpmn:Definitions' },
      'NO_PROCESS',
      '文件中没有流程（bpmn:Process）',
      'The file contains no process (bpmn:Process)',
    );
    return undefined;
  }
  const chosen = chooseProcess(processes, hasFlowElements, findings);
  if (!chosen) return undefined;
  const subject = { id: attr(chosen, 'id') ?? '', type: 'bpmn:Process' };
  const total = countFlowElements(chosen);
  if (total > MAX_FLOW_ELEMENTS) {
    findings.error(
      subject,
      'TOO_MANY_ELEMENTS',
      `流程有 ${total} 个元素，超过上限 ${MAX_FLOW_ELEMENTS}`,
      `The process has ${total} elements, more than the limit of ${MAX_FLOW_ELEMENTS}`,
    );
    return undefined;
  }
  const messages = new Map<string, string>();
  for (const message of bpmnChildren(root, 'message')) {
    const [id, name] = [attr(message, 'id'), attr(message, 'name')];
    if (id && name) messages.set(id, name);
  }
  const reader = new ProcessReader(findings, subject.id, messages);
  reader.readScope(chosen, undefined);
  return { ...subject, name: attr(chosen, 'name'), nodes: reader.nodes, flows: reader.flows };
}
