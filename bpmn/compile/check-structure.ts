/** Start events (one at top level, one per sub-process) and the activities timer, message and signal boundaries sit on. */
import type { PlanNode, SubProcessNode } from '../plan';
import type { Findings, Subject } from './findings';
import type { SourceNode, SourceProcess } from './read-process';

/** The top-level start event's id, or undefined when there is none (reported). */
export function checkStarts(
  process: SourceProcess,
  nodes: Map<string, PlanNode>,
  findings: Findings,
): string | undefined {
  const startsByScope = new Map<string | undefined, SourceNode[]>();
  for (const node of process.nodes) {
    if (node.local !== 'startEvent') continue;
    const list = startsByScope.get(node.parentId) ?? [];
    list.push(node);
    startsByScope.set(node.parentId, list);
  }
  const top = startsByScope.get(undefined) ?? [];
  if (top.length === 0) findings.error(process, 'NO_START_EVENT', '流程没有开始事件', 'The process has no start event');
  if (top.length > 1) {
    for (const start of top) {
      findings.error(
        start,
        'MULTIPLE_START_EVENTS',
        `流程只能有一个开始事件（共有 ${top.length} 个）`,
        `The process may have only one start event (it has ${top.length})`,
      );
    }
  }
  for (const node of nodes.values()) {
    if (node.type !== 'subProcess') continue;
    checkSubProcessStart(node, startsByScope.get(node.id) ?? [], findings);
  }
  return top[0]?.planType === 'startEvent' ? top[0].id : undefined;
}

function checkSubProcessStart(node: SubProcessNode, starts: SourceNode[], findings: Findings): void {
  const subject: Subject = { id: node.id, type: 'bpmn:SubProcess' };
  if (starts.length === 0) {
    findings.error(subject, 'SUBPROCESS_NO_START', '子流程没有开始事件', 'The sub-process has no start event');
  } else if (starts.length > 1) {
    findings.error(
      subject,
      'SUBPROCESS_MULTIPLE_STARTS',
      `子流程只能有一个开始事件（共有 ${starts.length} 个）`,
      `A sub-process may have only one start event (it has ${starts.length})`,
    );
  } else {
    node.startNodeId = starts[0].id;
  }
}

/**
 * The element a boundary event sits on (its source and plan node), or undefined after reporting that it names no
 * element: the one reading of `attachedToRef` every boundary kind shares.
 */
export function boundaryHost(
  node: { id: string; attachedToId: string },
  nodes: Map<string, PlanNode>,
  sources: Map<string, SourceNode>,
  findings: Findings,
): { source: SourceNode; attached: SourceNode; host: PlanNode | undefined } | undefined {
  const source = sources.get(node.id) as SourceNode;
  const attached = sources.get(node.attachedToId);
  if (attached) return { source, attached, host: nodes.get(node.attachedToId) };
  findings.error(
    source,
    'BOUNDARY_ATTACHED_UNKNOWN',
    `边界事件附着的元素 “${node.attachedToId}” 不存在`,
    `The boundary event is attached to '${node.attachedToId}', which does not exist`,
  );
  return undefined;
}

/** The activities a timer, message or signal boundary event may sit on. */
const ACTIVITY_HOSTS: ReadonlySet<PlanNode['type']> = new Set([
  'userTask',
  'callActivity',
  'serviceTask',
  'subProcess',
]);
const KIND_ZH = { boundaryTimer: '定时器', message: '消息', signal: '信号' } as const;
const KIND_EN = { boundaryTimer: 'timer', message: 'message', signal: 'signal' } as const;

/**
 * Timer, message and signal boundary events sit on a user task, a call activity, a service task or an embedded
 * sub-process (not an event sub-process, which no flow enters). A user task's and a call activity's timers are
 * listed on them (`boundaryTimerIds`); the others are found by `attachedToId`.
 */
export function attachBoundaries(
  nodes: Map<string, PlanNode>,
  sources: Map<string, SourceNode>,
  findings: Findings,
): void {
  for (const node of nodes.values()) {
    if (node.type !== 'boundaryTimer' && node.type !== 'boundaryCatch') continue;
    const found = boundaryHost(node, nodes, sources, findings);
    if (!found) continue;
    const { source, attached, host } = found;
    const eventScope = attached.el.attrs.get('triggeredByEvent')?.trim() === 'true';
    if (!host || !ACTIVITY_HOSTS.has(host.type) || eventScope) {
      const kind = node.type === 'boundaryCatch' ? node.kind : node.type;
      findings.error(
        source,
        node.type === 'boundaryTimer' ? 'BOUNDARY_NOT_ON_USER_TASK' : 'BOUNDARY_HOST_INVALID',
        `${KIND_ZH[kind]}边界事件只能附着在用户任务、服务任务、子流程或调用活动上（此处为 ${attached.type}）`,
        `A ${KIND_EN[kind]} boundary event may only be attached to a user task, a service task, a sub-process or a call activity (here: ${attached.type})`,
      );
    } else if (node.type === 'boundaryTimer' && (host.type === 'userTask' || host.type === 'callActivity')) {
      host.boundaryTimerIds.push(node.id);
    }
  }
}
