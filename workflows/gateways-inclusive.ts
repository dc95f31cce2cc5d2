/**
 * Inclusive gateway. Split: every flow whose condition holds (a flow without one always), else the default flow.
 * Join (Camunda 8's rule): the tokens waiting at it go on together once no other token of the scope can still reach
 * it; checked when a token arrives and after every step (a token elsewhere may end or leave meanwhile).
 */
import { holds } from '../bpmn/expression';
import type { InclusiveGatewayNode, PlanNode, ProcedurePlan } from '../bpmn/plan';
import { boundariesOn } from './boundary-index';
import { recordEvent } from './events';
import type { Token } from './interpreter-types';
import type { ProcedureRuntime } from './runtime';
import { conditionScope, type Position } from './token-engine';

type Leave = (rt: ProcedureRuntime, from: Position, flowIds?: string[]) => Promise<void>;

export async function passInclusive(
  rt: ProcedureRuntime,
  token: Token,
  node: InclusiveGatewayNode,
  leave: Leave,
): Promise<void> {
  if (node.incoming.length > 1) {
    token.wait = { kind: 'inclusiveJoin' };
    return joinIfReady(rt, node, token.scope, leave);
  }
  return split(rt, [token], node, leave);
}

/** The waiting joins whose other tokens can no longer come go on. */
export async function releaseInclusiveJoins(rt: ProcedureRuntime, leave: Leave): Promise<void> {
  const waiting = [...rt.tokens.values()].filter((token) => token.wait?.kind === 'inclusiveJoin');
  for (const token of waiting) {
    if (rt.tokens.get(token.id) !== token) continue;
    const node = rt.node(token.nodeId);
    if (node.type === 'inclusiveGateway') await joinIfReady(rt, node, token.scope, leave);
  }
}

async function joinIfReady(rt: ProcedureRuntime, node: InclusiveGatewayNode, scope: string, leave: Leave) {
  const inScope = [...rt.tokens.values()].filter((token) => token.scope === scope);
  const waiting = inScope.filter((token) => token.nodeId === node.id && token.wait?.kind === 'inclusiveJoin');
  const reachable = reachableFrom(rt.input.plan);
  const stillComing = inScope.some((token) => !waiting.includes(token) && reachable(token.nodeId).has(node.id));
  if (waiting.length === 0 || stillComing) return;
  await split(rt, waiting, node, leave);
}

async function split(rt: ProcedureRuntime, tokens: Token[], node: InclusiveGatewayNode, leave: Leave) {
  const scope = conditionScope(rt);
  const taken = node.outgoing.filter((flowId) => {
    if (flowId === node.defaultFlowId) return false;
    const condition = rt.input.plan.flows[flowId]?.condition;
    return !condition || holds(condition, scope);
  });
  const chosen = taken.length > 0 ? taken : node.defaultFlowId ? [node.defaultFlowId] : [];
  if (chosen.length === 0 && node.outgoing.length > 0) {
    const reason = '没有满足条件的流向，也没有默认流向 / no flow condition holds and there is no default flow';
    for (const token of tokens) token.wait = { kind: 'stuck', reason };
    await recordEvent(rt, 'procedure.stuck', { nodeId: node.id, reason });
    return;
  }
  for (const token of tokens) rt.tokens.delete(token.id);
  const path = [...new Set(tokens.flatMap((token) => token.path))];
  await leave(rt, { nodeId: node.id, scope: tokens[0].scope, path }, chosen);
}

/**
 * The boundaries that came with boundary-events.ts (message and signal ones, timers on service tasks and
 * sub-processes): a token on their activity may leave by them. A call activity's timers stay unseen, as before.
 */
function laterBoundaries(plan: ProcedurePlan, host: PlanNode): string[] {
  const timed = host.type === 'serviceTask' || host.type === 'subProcess';
  return boundariesOn(plan, host.id)
    .filter((boundary) => boundary.type === 'boundaryCatch' || timed)
    .map((boundary) => boundary.id);
}

/** The nodes each node can lead to by flows (and a user task's boundary timers), per plan, computed once. */
const reachCache = new WeakMap<ProcedurePlan, Map<string, Set<string>>>();

function reachableFrom(plan: ProcedurePlan): (nodeId: string) => Set<string> {
  let cache = reachCache.get(plan);
  if (!cache) reachCache.set(plan, (cache = new Map()));
  const known = cache;
  return (nodeId) => {
    const hit = known.get(nodeId);
    if (hit) return hit;
    const seen = new Set<string>();
    const queue = [nodeId];
    for (let i = 0; i < queue.length; i += 1) {
      const node = plan.nodes[queue[i]];
      if (!node) continue;
      const next = [
        ...node.outgoing.map((flowId) => plan.flows[flowId]?.targetId),
        ...(node.type === 'userTask' ? node.boundaryTimerIds : []),
        ...laterBoundaries(plan, node),
      ];
      for (const id of next) {
        if (id === undefined || seen.has(id)) continue;
        seen.add(id);
        queue.push(id);
      }
    }
    known.set(nodeId, seen);
    return seen;
  };
}
