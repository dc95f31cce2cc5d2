/**
 * Sequence flows: checks their ends, parses their conditions and links them into the nodes' incoming /
 * outgoing lists. Returns the valid flows and the adjacency of every node (unsupported ones included, so one
 * unsupported element does not make its neighbours look disconnected too).
 */
import { isFeel, parseExpression } from '../expression';
import { compileFeel } from './feel-expressions';
import type { PlanFlow, PlanNode } from '../plan';
import type { Findings } from './findings';
import type { SourceFlow, SourceNode, SourceProcess } from './read-process';

export interface Graph {
  outgoing: Map<string, string[]>;
  incoming: Map<string, string[]>;
}

/** Camunda-style `${ … }` around a condition is accepted: the body is our language (a leading `=`: FEEL). */
function unwrap(source: string): { body: string; offset: number } {
  const m = /^\$\{([\s\S]*)\}$/.exec(source);
  return m ? { body: m[1], offset: 2 } : { body: source, offset: 0 };
}

function parseCondition(
  flow: SourceFlow,
  source: SourceNode,
  findings: Findings,
): Pick<PlanFlow, 'condition' | 'conditionSource'> {
  const text = flow.condition;
  if (text === undefined) return {};
  if (source.planType !== 'exclusiveGateway' && source.planType !== 'inclusiveGateway') {
    findings.error(
      flow,
      'CONDITION_NOT_ALLOWED',
      '只有从排他网关或包容网关出发的连线才能设置条件',
      'Only flows leaving an exclusive or an inclusive gateway may have a condition',
    );
    return {};
  }
  if (isFeel(text)) {
    const compiled = compileFeel(text);
    if (compiled.ok) return { condition: compiled.expr, conditionSource: text };
    findings.error(flow, compiled.code, compiled.messageZh, compiled.messageEn);
    return { conditionSource: text };
  }
  const { body, offset } = unwrap(text);
  const parsed = parseExpression(body);
  if (!parsed.ok) {
    const at = parsed.position + offset + 1;
    findings.error(
      flow,
      'CONDITION_SYNTAX',
      `条件 “${text}” 有语法错误，位置 ${at}：${stripPosition(parsed.messageZh)}`,
      `Syntax error in the condition '${text}' at character ${at}: ${stripPosition(parsed.messageEn)}`,
    );
    return { conditionSource: text };
  }
  return { condition: parsed.expr, conditionSource: text };
}

/** The parser's messages start with their own position; here it is restated relative to the whole body. */
const stripPosition = (message: string) => message.replace(/^(第 \d+ 个字符处：|at character \d+: )/, '');

function endsProblem(flow: SourceFlow, source: SourceNode, target: SourceNode, findings: Findings): boolean {
  if (source.parentId !== flow.parentId || target.parentId !== flow.parentId) {
    findings.error(
      flow,
      'FLOW_CROSSES_SCOPE',
      '连线不能跨越子流程边界',
      'A sequence flow may not cross a sub-process boundary',
    );
    return true;
  }
  if (target.planType === 'startEvent' || target.local === 'startEvent') {
    findings.error(
      target,
      'START_HAS_INCOMING',
      `开始事件不能有进入的连线（${flow.id}）`,
      `A start event may not have incoming flows (${flow.id})`,
    );
    return true;
  }
  if (target.local === 'boundaryEvent') {
    findings.error(
      target,
      'BOUNDARY_HAS_INCOMING',
      `边界事件不能有进入的连线（${flow.id}）`,
      `A boundary event may not have incoming flows (${flow.id})`,
    );
    return true;
  }
  if (source.local === 'endEvent') {
    findings.error(
      source,
      'END_HAS_OUTGOING',
      `结束事件不能有出去的连线（${flow.id}）`,
      `An end event may not have outgoing flows (${flow.id})`,
    );
    return true;
  }
  return false;
}

function resolveEnds(
  flow: SourceFlow,
  sources: Map<string, SourceNode>,
  findings: Findings,
): [SourceNode, SourceNode] | undefined {
  if (!flow.sourceRef || !flow.targetRef) {
    findings.error(flow, 'FLOW_MISSING_REF', '连线缺少起点或终点', 'The sequence flow has no source or no target');
    return undefined;
  }
  const source = sources.get(flow.sourceRef);
  const target = sources.get(flow.targetRef);
  if (!source)
    findings.error(
      flow,
      'FLOW_UNKNOWN_SOURCE',
      `连线的起点 “${flow.sourceRef}” 不存在`,
      `The flow's source '${flow.sourceRef}' does not exist`,
    );
  if (!target)
    findings.error(
      flow,
      'FLOW_UNKNOWN_TARGET',
      `连线的终点 “${flow.targetRef}” 不存在`,
      `The flow's target '${flow.targetRef}' does not exist`,
    );
  return source && target ? [source, target] : undefined;
}

const push = (map: Map<string, string[]>, key: string, value: string) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function linkFlows(
  process: SourceProcess,
  sources: Map<string, SourceNode>,
  nodes: Map<string, PlanNode>,
  findings: Findings,
): { flows: Map<string, PlanFlow>; graph: Graph } {
  const flows = new Map<string, PlanFlow>();
  const graph: Graph = { outgoing: new Map(), incoming: new Map() };
  for (const flow of process.flows) {
    const ends = resolveEnds(flow, sources, findings);
    if (!ends || endsProblem(flow, ends[0], ends[1], findings)) continue;
    const [source, target] = ends;
    flows.set(flow.id, {
      id: flow.id,
      sourceId: source.id,
      targetId: target.id,
      ...(flow.name ? { name: flow.name } : {}),
      ...parseCondition(flow, source, findings),
    });
    push(graph.outgoing, source.id, flow.id);
    push(graph.incoming, target.id, flow.id);
    nodes.get(source.id)?.outgoing.push(flow.id);
    nodes.get(target.id)?.incoming.push(flow.id);
  }
  return { flows, graph };
}
