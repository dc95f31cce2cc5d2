/**
 * Event-based gateway (the 补正 race: the materials arrive, or the period runs out): the token waits at the gateway
 * while one token waits at each catch event after it; the first catch to fire wins and the others are withdrawn.
 */
import type { EventGatewayNode } from '../bpmn/plan';
import { recordEvent } from './events';
import type { Token } from './interpreter-types';
import type { ProcedureRuntime } from './runtime';
import { withdraw } from './withdraw';

type Arrive = (rt: ProcedureRuntime, token: Token, viaFlowId?: string) => Promise<void>;

export async function openRace(
  rt: ProcedureRuntime,
  token: Token,
  node: EventGatewayNode,
  arrive: Arrive,
): Promise<void> {
  token.wait = { kind: 'race' };
  for (const flowId of node.outgoing) {
    // a message kept from before can win at once: the race is then decided and no further catch waits
    if (rt.tokens.get(token.id) !== token) return;
    const flow = rt.input.plan.flows[flowId];
    if (!flow) throw new Error(`plan has no flow ${flowId}`);
    const racer: Token = { id: rt.nextTokenId(), nodeId: flow.targetId, scope: token.scope, path: [...token.path] };
    racer.raceId = token.id;
    await arrive(rt, racer, flowId);
  }
}

/** The winner (already off the plan) moves on; the gateway's token and the other catches are withdrawn. */
export async function settleRace(rt: ProcedureRuntime, winner: Token): Promise<void> {
  const gateway = winner.raceId === undefined ? undefined : rt.tokens.get(winner.raceId);
  const losers = [...rt.tokens.values()].filter((token) => token.raceId === winner.raceId);
  delete winner.raceId;
  if (!gateway) return;
  rt.tokens.delete(gateway.id);
  if (!rt.state.completedNodeIds.includes(gateway.nodeId)) rt.state.completedNodeIds.push(gateway.nodeId);
  await withdraw(rt, losers, '事件网关：另一事件先到 / event gateway: another event came first');
  await recordEvent(rt, 'gateway.decided', { nodeId: gateway.nodeId, eventNodeId: winner.nodeId });
}
