/**
 * Every node must be reachable from the start and able to reach an end. One linear pass each way over the
 * flows, plus the implicit edges: a task to its boundary events and a sub-process to its start (forwards),
 * and a sub-process's end events to the sub-process (so its inside reaches an end when it does).
 */
import type { PlanFlow } from '../plan';
import type { Findings } from './findings';
import type { Graph } from './link-flows';
import { isForCompensation } from './compensation';
import { isEventSubProcess } from './event-sub-processes';
import type { SourceNode, SourceProcess } from './read-process';

function search(seeds: string[], next: (id: string) => string[]): Set<string> {
  const seen = new Set(seeds);
  const queue = [...seeds];
  for (let i = 0; i < queue.length; i += 1) {
    for (const id of next(queue[i])) {
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(id);
    }
  }
  return seen;
}

const add = (map: Map<string, string[]>, from: string, to: string) => {
  const list = map.get(from);
  if (list) list.push(to);
  else map.set(from, [to]);
};

export function checkReachability(
  process: SourceProcess,
  graph: Graph,
  flows: Map<string, PlanFlow>,
  findings: Findings,
): void {
  const forwardExtra = new Map<string, string[]>();
  const backwardExtra = new Map<string, string[]>();
  for (const node of process.nodes) {
    if (node.local === 'boundaryEvent') {
      const attachedTo = node.el.attrs.get('attachedToRef')?.trim();
      if (attachedTo) add(forwardExtra, attachedTo, node.id);
    }
    if (node.parentId !== undefined && node.local === 'startEvent') add(forwardExtra, node.parentId, node.id);
    if (node.parentId !== undefined && node.local === 'endEvent') add(backwardExtra, node.parentId, node.id);
  }
  // an event sub-process starts from its scope, not by a flow, and ends inside itself
  const eventSubProcesses = process.nodes.filter(isEventSubProcess);
  for (const node of eventSubProcesses) if (node.parentId !== undefined) add(forwardExtra, node.parentId, node.id);
  // a compensation handler runs apart from the flows (compile/compensation.ts checks it), as does its boundary
  const compensation = process.nodes
    .filter((n) => isForCompensation(n) || n.planType === 'compensationBoundary')
    .map((n) => n.id);
  const starts = [
    ...process.nodes.filter((n) => n.parentId === undefined && n.local === 'startEvent').map((n) => n.id),
    ...eventSubProcesses.filter((n) => n.parentId === undefined).map((n) => n.id),
    ...compensation,
  ];
  if (starts.length === 0) return;
  // unsupported sinks count as ends, so their predecessors are not reported a second time
  const ends = process.nodes
    .filter((n) => (n.parentId === undefined && n.local === 'endEvent') || (!n.planType && !graph.outgoing.has(n.id)))
    .map((n) => n.id)
    .concat(
      eventSubProcesses.map((n) => n.id),
      compensation,
    );
  const reached = search(starts, (id) => [
    ...(graph.outgoing.get(id) ?? []).map((f) => (flows.get(f) as PlanFlow).targetId),
    ...(forwardExtra.get(id) ?? []),
  ]);
  const finishing = search(ends, (id) => [
    ...(graph.incoming.get(id) ?? []).map((f) => (flows.get(f) as PlanFlow).sourceId),
    ...(backwardExtra.get(id) ?? []),
  ]);
  for (const node of process.nodes) report(node, reached, finishing, findings);
}

function report(node: SourceNode, reached: Set<string>, finishing: Set<string>, findings: Findings): void {
  if (!node.planType) return;
  const parentReached = node.parentId === undefined || reached.has(node.parentId);
  if (!reached.has(node.id)) {
    if (parentReached)
      findings.error(
        node,
        'UNREACHABLE',
        '从开始事件无法到达此元素',
        'This element cannot be reached from the start event',
      );
    return;
  }
  if (!finishing.has(node.id)) {
    findings.error(
      node,
      'CANNOT_REACH_END',
      '从此元素无法到达任何结束事件',
      'No end event can be reached from this element',
    );
  }
}
