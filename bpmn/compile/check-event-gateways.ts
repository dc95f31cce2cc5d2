/**
 * Event-based gateways (as Camunda 8 runs them): exclusive, not instantiating, at least two ways out, each into an
 * intermediate message or timer catch that has no other way in.
 */
import type { PlanFlow, PlanNode } from '../plan';
import type { Findings } from './findings';
import type { SourceNode } from './read-process';

export function checkEventGateways(
  nodes: Map<string, PlanNode>,
  sources: Map<string, SourceNode>,
  flows: Map<string, PlanFlow>,
  findings: Findings,
): void {
  for (const node of nodes.values()) {
    if (node.type !== 'eventGateway') continue;
    const source = sources.get(node.id) as SourceNode;
    const problem = (zh: string, en: string) => findings.error(source, 'EVENT_GATEWAY_INVALID', zh, en);
    const attrs = source.el.attrs;
    if (attrs.get('instantiate')?.trim() === 'true' || attrs.get('eventGatewayType')?.trim() === 'Parallel') {
      problem(
        '只支持排他型、非实例化的事件网关（instantiate="false"，eventGatewayType="Exclusive"）',
        'Only exclusive, non-instantiating event gateways are supported (instantiate="false", eventGatewayType="Exclusive")',
      );
    }
    if (node.outgoing.length < 2) {
      problem('事件网关需要至少两条出去的连线', 'An event gateway needs at least two outgoing flows');
    }
    for (const flowId of node.outgoing) {
      const targetId = flows.get(flowId)?.targetId;
      const target = targetId === undefined ? undefined : nodes.get(targetId);
      const targetSource = target && sources.get(target.id);
      const isCatch =
        targetSource?.local === 'intermediateCatchEvent' &&
        (target?.type === 'messageCatch' || target?.type === 'timerCatch' || target?.type === 'signalCatch');
      if (!target || !isCatch) {
        problem(
          `事件网关的连线 ${flowId} 必须指向中间消息、定时器或信号捕获事件`,
          `The event gateway's flow ${flowId} must lead to an intermediate message, timer or signal catch event`,
        );
      } else if (target.incoming.length > 1) {
        problem(
          `事件网关之后的事件 ${target.id} 不能有其他进入的连线`,
          `The event ${target.id} after the event gateway may have no other incoming flow`,
        );
      }
    }
  }
}
