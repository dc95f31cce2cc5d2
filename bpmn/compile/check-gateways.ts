/**
 * Exclusive gateways: a default flow that really leaves the gateway, and a condition on every other way out.
 * Inclusive gateways: the same default flow; a way out without a condition is always taken.
 */
import { expressionPaths } from '../expression';
import type { ExclusiveGatewayNode, InclusiveGatewayNode, PlanFlow, PlanNode } from '../plan';
import type { Findings } from './findings';
import type { SourceNode } from './read-process';

/** What conditions may read (see bpmn/README.md). */
export const CONDITION_ROOTS = ['decision', 'decisions', 'matter', 'form'] as const;

function checkDefault(
  gateway: ExclusiveGatewayNode | InclusiveGatewayNode,
  source: SourceNode,
  flows: Map<string, PlanFlow>,
  findings: Findings,
): void {
  const defaultRef = source.el.attrs.get('default')?.trim();
  if (!defaultRef) return;
  if (!gateway.outgoing.includes(defaultRef)) {
    findings.error(
      source,
      'DEFAULT_FLOW_INVALID',
      `默认连线 “${defaultRef}” 不是从此网关出发的连线`,
      `The default flow '${defaultRef}' is not a flow leaving this gateway`,
    );
    return;
  }
  gateway.defaultFlowId = defaultRef;
  const flow = flows.get(defaultRef) as PlanFlow;
  if (flow.conditionSource !== undefined) {
    findings.warn(
      { id: flow.id, type: 'bpmn:SequenceFlow' },
      'CONDITION_ON_DEFAULT_FLOW',
      '默认连线上的条件不起作用，已忽略',
      'A condition on the default flow has no effect and is ignored',
    );
    delete flow.condition;
    delete flow.conditionSource;
  }
}

function checkConditions(
  gateway: ExclusiveGatewayNode,
  source: SourceNode,
  flows: Map<string, PlanFlow>,
  findings: Findings,
): void {
  const others = gateway.outgoing.filter((id) => id !== gateway.defaultFlowId);
  const unconditioned = others.filter((id) => flows.get(id)?.conditionSource === undefined);
  if (gateway.outgoing.length >= 2 && unconditioned.length > 0) {
    const list = unconditioned.join(', ');
    findings.error(
      source,
      'GATEWAY_MISSING_CONDITION',
      gateway.defaultFlowId
        ? `排他网关除默认连线外，每条出去的连线都需要条件（缺少：${list}）`
        : `排他网关有多条出去的连线，但 ${list} 没有条件，也没有默认连线`,
      gateway.defaultFlowId
        ? `Every flow leaving the exclusive gateway other than the default one needs a condition (missing: ${list})`
        : `The exclusive gateway has several outgoing flows, but ${list} has no condition and there is no default flow`,
    );
    return;
  }
  if (!gateway.defaultFlowId && others.length > 0 && unconditioned.length === 0) {
    findings.warn(
      source,
      'GATEWAY_NO_DEFAULT',
      '排他网关没有默认连线：若所有条件都不成立，办件将停在此处',
      'The exclusive gateway has no default flow: when no condition holds, the matter stops here',
    );
  }
}

/** The variables business-rule tasks write: conditions read them bare. */
export const decisionResults = (nodes: ReadonlyMap<string, PlanNode>): string[] =>
  [...nodes.values()].flatMap((n) => (n.type === 'businessRuleTask' ? [n.resultVariable] : []));

function checkPaths(flows: Map<string, PlanFlow>, roots: readonly string[], findings: Findings): void {
  for (const flow of flows.values()) {
    if (!flow.condition) continue;
    const unknown = expressionPaths(flow.condition).filter((p) => !roots.includes(p[0]));
    if (unknown.length === 0) continue;
    const names = unknown.map((p) => p.join('.')).join(', ');
    findings.warn(
      { id: flow.id, type: 'bpmn:SequenceFlow' },
      'CONDITION_UNKNOWN_PATH',
      `条件读取了 ${names}：条件应只读取 ${CONDITION_ROOTS.join('、')}（例如 form.${unknown[0].join('.')}）`,
      `The condition reads ${names}: conditions should read only ${CONDITION_ROOTS.join(', ')} (e.g. form.${unknown[0].join('.')})`,
    );
  }
}

export function checkGateways(
  nodes: Map<string, PlanNode>,
  sources: Map<string, SourceNode>,
  flows: Map<string, PlanFlow>,
  findings: Findings,
): void {
  for (const node of nodes.values()) {
    if (node.type !== 'exclusiveGateway' && node.type !== 'inclusiveGateway') continue;
    const source = sources.get(node.id) as SourceNode;
    checkDefault(node, source, flows, findings);
    if (node.type === 'exclusiveGateway') checkConditions(node, source, flows, findings);
  }
  checkPaths(flows, [...CONDITION_ROOTS, ...decisionResults(nodes)], findings);
}
