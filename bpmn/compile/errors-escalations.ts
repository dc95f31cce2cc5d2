/**
 * BPMN errors and escalations: error end events, escalation end and intermediate throw events, and the error /
 * escalation boundary events that catch them (bpmn:error errorCode, bpmn:escalation escalationCode).
 */
import type { PlanNode, PlanNodeType } from '../plan';
import { boundaryHost } from './check-structure';
import type { BoundaryEventNode, ThrowEventNode, ThrowKind } from '../plan-events';
import type { Findings } from './findings';
import { BPMN_NS } from './namespaces';
import type { SourceNode } from './read-process';
import type { XmlElement } from './xml-tree';
import { nodeBase } from './node-base';

/** The codes of the document's bpmn:error and bpmn:escalation elements, by id ('' for one without a code). */
export interface EventRefs {
  error: Map<string, string>;
  escalation: Map<string, string>;
  /** bpmn:signal names by id */
  signal: Map<string, string>;
}

const DEFINITIONS: Record<string, ThrowKind> = {
  errorEventDefinition: 'error',
  escalationEventDefinition: 'escalation',
};
const REF_ATTR: Record<ThrowKind, string> = { error: 'errorRef', escalation: 'escalationRef' };
const KIND_ZH: Record<ThrowKind, string> = { error: '错误', escalation: '升级' };

export function readEventRefs(root: XmlElement): EventRefs {
  const refs: EventRefs = { error: new Map(), escalation: new Map(), signal: new Map() };
  for (const child of root.children) {
    if (child.ns !== BPMN_NS) continue;
    const id = child.attrs.get('id')?.trim();
    if (!id) continue;
    if (child.local === 'error') refs.error.set(id, child.attrs.get('errorCode')?.trim() ?? '');
    if (child.local === 'escalation') refs.escalation.set(id, child.attrs.get('escalationCode')?.trim() ?? '');
    if (child.local === 'signal') refs.signal.set(id, child.attrs.get('name')?.trim() ?? '');
  }
  return refs;
}

export function definitionOf(node: SourceNode): { kind: ThrowKind; ref?: string } {
  const definition = node.eventDefinitions[0];
  const kind = DEFINITIONS[definition.local];
  const ref = definition.attrs.get(REF_ATTR[kind])?.trim();
  return { kind, ...(ref ? { ref } : {}) };
}

/** The referenced code: undefined without a reference or for one without a code; a dangling reference is reported. */
export function codeOf(
  node: SourceNode,
  kind: ThrowKind,
  ref: string | undefined,
  refs: EventRefs,
  findings: Findings,
) {
  if (ref === undefined) return undefined;
  const code = refs[kind].get(ref);
  if (code === undefined) {
    findings.error(
      node,
      'EVENT_REF_UNKNOWN',
      `引用的${KIND_ZH[kind]}定义 “${ref}” 不存在（bpmn:${kind}）`,
      `The referenced ${kind} '${ref}' does not exist (bpmn:${kind})`,
    );
    return undefined;
  }
  return code || undefined;
}

export function buildThrowEvent(node: SourceNode, refs: EventRefs, findings: Findings): ThrowEventNode {
  const { kind, ref } = definitionOf(node);
  const code = codeOf(node, kind, ref, refs, findings);
  if (code === undefined && (ref === undefined || refs[kind].has(ref))) {
    const attr = kind === 'error' ? 'errorCode' : 'escalationCode';
    findings.error(
      node,
      'THROW_CODE_MISSING',
      `抛出的${KIND_ZH[kind]}没有代码：请引用带 ${attr} 的 bpmn:${kind}`,
      `The thrown ${kind} has no code: reference a bpmn:${kind} with an ${attr}`,
    );
  }
  return {
    ...nodeBase(node),
    type: 'throwEvent',
    kind,
    ...(code ? { code } : {}),
    end: node.local === 'endEvent',
  };
}

export function buildBoundaryEvent(node: SourceNode, refs: EventRefs, findings: Findings): BoundaryEventNode {
  const { kind, ref } = definitionOf(node);
  const code = codeOf(node, kind, ref, refs, findings);
  return {
    ...nodeBase(node),
    type: 'boundaryEvent',
    kind,
    attachedToId: node.el.attrs.get('attachedToRef')?.trim() ?? '',
    interrupting: node.el.attrs.get('cancelActivity')?.trim() !== 'false',
    ...(code ? { code } : {}),
  };
}

const HOSTS: Record<ThrowKind, PlanNodeType[]> = {
  error: ['serviceTask', 'subProcess', 'callActivity'],
  escalation: ['subProcess'],
};

/** Error boundaries sit on service tasks and sub-processes and always interrupt; escalation ones on sub-processes. */
export function checkThrowCatchAttachments(
  nodes: Map<string, PlanNode>,
  sources: Map<string, SourceNode>,
  findings: Findings,
): void {
  for (const node of nodes.values()) {
    if (node.type !== 'boundaryEvent') continue;
    const found = boundaryHost(node, nodes, sources, findings);
    if (!found) continue;
    const { source, attached, host } = found;
    if (!host || !HOSTS[node.kind].includes(host.type)) {
      const where = node.kind === 'error' ? '服务任务、子流程或调用活动' : '子流程';
      const whereEn = node.kind === 'error' ? 'a service task, a sub-process or a call activity' : 'a sub-process';
      findings.error(
        source,
        'BOUNDARY_HOST_INVALID',
        `${KIND_ZH[node.kind]}边界事件只能附着在${where}上（此处为 ${attached.type}）`,
        `An ${node.kind} boundary event may only be attached to ${whereEn} (here: ${attached.type})`,
      );
    } else if (node.kind === 'error' && !node.interrupting) {
      findings.error(
        source,
        'ERROR_BOUNDARY_NON_INTERRUPTING',
        '错误边界事件总是中断活动：请去掉 cancelActivity="false"',
        'An error boundary event always interrupts its activity: remove cancelActivity="false"',
      );
    }
  }
}
