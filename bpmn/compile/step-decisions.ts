/**
 * What a handler may decide at each user task, written into the plan so that the API and the console read it
 * instead of knowing how the interpreter routes: a task followed by an exclusive gateway lets the handler approve
 * or reject (the gateway's conditions read `decision`); any other task is simply completed.
 */
import type { PlanFlow, PlanNode, TaskDecision, UserTaskNode } from '../plan';

export function decisionsAt(
  task: UserTaskNode,
  nodes: ReadonlyMap<string, PlanNode>,
  flows: ReadonlyMap<string, PlanFlow>,
): TaskDecision[] {
  const decides = task.outgoing.some((flowId) => {
    const targetId = flows.get(flowId)?.targetId;
    return targetId !== undefined && nodes.get(targetId)?.type === 'exclusiveGateway';
  });
  return decides ? ['approve', 'reject'] : ['complete'];
}

/** The pass: runs once flows are linked; every user task gets its decisions. */
export function writeStepDecisions(nodes: ReadonlyMap<string, PlanNode>, flows: ReadonlyMap<string, PlanFlow>): void {
  for (const node of nodes.values()) {
    if (node.type === 'userTask') node.allowedDecisions = decisionsAt(node, nodes, flows);
  }
}
