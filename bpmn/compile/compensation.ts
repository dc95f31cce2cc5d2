/**
 * Compensation as Camunda 8 models it: a compensation boundary event on a user task, service task, sub-process or
 * call activity, tied by a bpmn:association (not a sequence flow) to its handler, an activity marked
 * isForCompensation="true" in the same scope with no sequence flows of its own; compensation intermediate throw and
 * end events, optionally naming one activity of their scope (`activityRef` on the compensateEventDefinition).
 */
import type { PlanNode, PlanNodeType } from '../plan';
import type { CompensationBoundaryNode, CompensationThrowNode } from '../plan-compensation';
import { boundaryHost } from './check-structure';
import type { Findings } from './findings';
import { BPMN_NS } from './namespaces';
import { nodeBase } from './node-base';
import type { SourceNode } from './read-process';
import type { XmlElement } from './xml-tree';

const ACTIVITIES = new Set<PlanNodeType | undefined>(['userTask', 'serviceTask', 'subProcess', 'callActivity']);
/** bpmn-js makes a compensation activity as an untyped task: it passes, as everywhere, until given a type */
const HANDLERS = new Set<PlanNodeType | undefined>([...ACTIVITIES, 'passThroughTask']);

export const isForCompensation = (node: SourceNode) => node.el.attrs.get('isForCompensation')?.trim() === 'true';

export function buildCompensationBoundary(node: SourceNode): CompensationBoundaryNode {
  const attachedToId = node.el.attrs.get('attachedToRef')?.trim() ?? '';
  return { ...nodeBase(node), type: 'compensationBoundary', attachedToId, handlerId: '' };
}

export function buildCompensationThrow(node: SourceNode, findings: Findings): CompensationThrowNode {
  if (node.eventDefinitions.some((d) => d.attrs.get('waitForCompletion')?.trim() === 'false'))
    findings.error(
      node,
      'COMPENSATION_NO_WAIT',
      '不支持 waitForCompletion="false"（与 Camunda 8 相同）：补偿抛出事件总是等待补偿处理活动完成，请去掉该属性',
      'waitForCompletion="false" is not supported (as in Camunda 8): a compensation throw always waits for its handlers; remove the attribute',
    );
  const activityRef = node.eventDefinitions.map((d) => d.attrs.get('activityRef')?.trim()).find(Boolean);
  return {
    ...nodeBase(node),
    type: 'compensationThrow',
    ...(activityRef ? { activityRef } : {}),
    end: node.local === 'endEvent',
  };
}

/** Every association of the document as [sourceRef, targetRef], sub-processes' included. */
function associations(el: XmlElement, found: [string, string][] = []): [string, string][] {
  for (const child of el.children) {
    if (child.ns !== BPMN_NS) continue;
    const [from, to] = [child.attrs.get('sourceRef')?.trim(), child.attrs.get('targetRef')?.trim()];
    if (child.local === 'association' && from && to) found.push([from, to]);
    else associations(child, found);
  }
  return found;
}

export function checkCompensation(
  root: XmlElement,
  nodes: Map<string, PlanNode>,
  sources: Map<string, SourceNode>,
  findings: Findings,
): void {
  const links = associations(root);
  const compensable = new Set<string>();
  const used = new Set<string>();
  for (const node of nodes.values()) {
    if (node.type !== 'compensationBoundary') continue;
    const found = boundaryHost(node, nodes, sources, findings);
    if (!found) continue;
    if (!ACTIVITIES.has(found.host?.type))
      findings.error(
        found.source,
        'BOUNDARY_HOST_INVALID',
        `补偿边界事件只能附着在用户任务、服务任务、子流程或调用活动上（此处为 ${found.attached.type}）`,
        `A compensation boundary event may only be attached to a user task, a service task, a sub-process or a call activity (here: ${found.attached.type})`,
      );
    const handler = links
      .flatMap(([from, to]) => (from === node.id ? [to] : to === node.id ? [from] : []))
      .map((id) => sources.get(id))
      .find((other) => other && isForCompensation(other) && other.parentId === node.parentId);
    if (!handler) {
      findings.error(
        found.source,
        'COMPENSATION_HANDLER_MISSING',
        '补偿边界事件没有补偿处理活动：请用关联（而非连线）连到同一范围内标记为补偿（isForCompensation）的任务',
        'The compensation boundary event has no handler: connect it by an association (not a sequence flow) to an activity marked isForCompensation in the same scope',
      );
      continue;
    }
    node.handlerId = handler.id;
    used.add(handler.id);
    compensable.add(node.attachedToId);
  }
  for (const source of sources.values()) if (isForCompensation(source)) checkHandler(source, nodes, used, findings);
  for (const node of nodes.values())
    if (node.type === 'compensationThrow' && node.activityRef !== undefined)
      checkActivityRef(node, nodes, compensable, sources, findings);
}

/**
 * Whether a throw naming the activity reaches a handler: it has a compensation boundary, or it is an embedded
 * sub-process without one holding (at any depth, through such sub-processes) an activity that has.
 */
function reachesHandler(id: string, nodes: Map<string, PlanNode>, compensable: Set<string>): boolean {
  if (compensable.has(id)) return true;
  const node = nodes.get(id);
  if (node?.type !== 'subProcess' || node.trigger) return false;
  return [...nodes.values()].some((inner) => inner.parentId === id && reachesHandler(inner.id, nodes, compensable));
}

function checkHandler(source: SourceNode, nodes: Map<string, PlanNode>, used: Set<string>, findings: Findings): void {
  const node = nodes.get(source.id);
  if (!HANDLERS.has(source.planType))
    findings.error(
      source,
      'COMPENSATION_HANDLER_INVALID',
      '补偿处理活动只能是用户任务、服务任务、子流程、调用活动或（直接通过的）任务',
      'A compensation handler must be a user task, a service task, a sub-process, a call activity or a (passing) task',
    );
  else if (node && node.incoming.length + node.outgoing.length > 0)
    findings.error(
      source,
      'COMPENSATION_HANDLER_FLOWS',
      '补偿处理活动不能有进入或出去的连线：它只由补偿事件启动，完成后回到抛出补偿的事件',
      'A compensation handler may not have incoming or outgoing sequence flows: only a compensation event starts it, and the throwing event goes on when it is done',
    );
  else if (!used.has(source.id))
    findings.error(
      source,
      'COMPENSATION_HANDLER_UNUSED',
      '补偿处理活动没有关联到任何补偿边界事件，永远不会执行',
      'The compensation handler is associated with no compensation boundary event, so it never runs',
    );
}

function checkActivityRef(
  node: CompensationThrowNode,
  nodes: Map<string, PlanNode>,
  compensable: Set<string>,
  sources: Map<string, SourceNode>,
  findings: Findings,
): void {
  const ref = node.activityRef as string;
  const target = nodes.get(ref);
  if (target && target.parentId === node.parentId && reachesHandler(ref, nodes, compensable)) return;
  const why = !target
    ? ['不存在', 'does not exist']
    : target.parentId !== node.parentId
      ? ['不在此事件的范围内', 'is not in the scope of this event']
      : [
          '没有补偿边界事件，也不是含有可补偿活动的子流程',
          'has no compensation boundary event and is no sub-process holding a compensable activity',
        ];
  findings.error(
    sources.get(node.id) as SourceNode,
    'COMPENSATION_ACTIVITY_INVALID',
    `要补偿的活动 “${ref}” ${why[0]}`,
    `The activity to compensate '${ref}' ${why[1]}`,
  );
}
