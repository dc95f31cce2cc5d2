/**
 * Compensation, as Camunda 8 runs it (bpmn/README.md): an activity with a compensation boundary that completes is
 * remembered with its scope; a compensation throw (intermediate or end) runs the handlers of what completed in its
 * own scope (or only of its `activityRef`), newest first, one after the other, each as often as its activity
 * completed, and waits for them; then the token goes on (an end event's path ends). What a throw compensated is
 * forgotten, so a later throw does not undo it again. Active or withdrawn activities are never compensated.
 */
import { patched } from '@temporalio/workflow';
import { compensationHandlers } from '../bpmn/plan-compensation';
import type { CompensationThrowNode } from '../bpmn/plan-compensation';
import type { ProcedurePlan } from '../bpmn/plan';
import { recordEvent } from './events';
import type { Token } from './interpreter-types';
import { COMPENSATION } from './patches';
import type { ProcedureRuntime } from './runtime';
import { arrive, moveOn, type Position } from './token-engine';

const handlersByPlan = new WeakMap<ProcedurePlan, Map<string, string>>();

function handlerOf(rt: ProcedureRuntime, activityId: string): string | undefined {
  const plan = rt.input.plan;
  let handlers = handlersByPlan.get(plan);
  if (!handlers) handlersByPlan.set(plan, (handlers = compensationHandlers(plan.nodes)));
  return handlers.get(activityId);
}

/** An activity left its node completed: remembered when a compensation boundary sits on it. */
export function noteCompleted(rt: ProcedureRuntime, from: Position): void {
  if (handlerOf(rt, from.nodeId)) (rt.memory.compensable ??= []).push({ nodeId: from.nodeId, scope: from.scope });
}

export async function throwCompensation(
  rt: ProcedureRuntime,
  token: Token,
  node: CompensationThrowNode,
): Promise<void> {
  patched(COMPENSATION);
  const all = rt.memory.compensable ?? [];
  const taken = all.filter(
    (done) => done.scope === token.scope && (node.activityRef === undefined || done.nodeId === node.activityRef),
  );
  rt.memory.compensable = all.filter((done) => !taken.includes(done));
  const activityIds = taken.map((done) => done.nodeId).reverse();
  await recordEvent(rt, 'compensation.started', { nodeId: node.id, activityIds });
  token.wait = { kind: 'compensation', activityIds, pending: [...activityIds] };
  await runNextHandler(rt, token);
}

async function runNextHandler(rt: ProcedureRuntime, token: Token): Promise<void> {
  if (token.wait?.kind !== 'compensation') return;
  const activityId = token.wait.pending.shift();
  if (activityId === undefined) {
    await recordEvent(rt, 'compensation.finished', { nodeId: token.nodeId, activityIds: token.wait.activityIds });
    return moveOn(rt, token);
  }
  const handlerId = handlerOf(rt, activityId) as string;
  token.wait.running = handlerId;
  await arrive(rt, { id: rt.nextTokenId(), nodeId: handlerId, scope: token.scope, path: [...token.path] });
}

/** A node left with nothing after it: when it is the handler a throw of its scope waits for, the throw goes on. */
export async function compensationHandled(rt: ProcedureRuntime, from: Position): Promise<boolean> {
  const waiting = [...rt.tokens.values()].find(
    (t) => t.scope === from.scope && t.wait?.kind === 'compensation' && t.wait.running === from.nodeId,
  );
  if (!waiting) return false;
  await runNextHandler(rt, waiting);
  return true;
}
