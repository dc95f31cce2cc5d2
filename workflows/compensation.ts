/**
 * Compensation, as Camunda 8 runs it (bpmn/README.md): an activity with a compensation boundary that completes is
 * remembered with its scope; an embedded sub-process without such a boundary that completes hands what it remembered
 * to its own scope. A compensation throw (intermediate or end) starts at once the handlers of what completed in its
 * scope (or only of its `activityRef`, or of what completed inside that sub-process), each as often as its activity
 * completed, and waits for them all; then the token goes on (an end event's path ends). What a throw compensated is
 * forgotten, so a later throw does not undo it again. Active or withdrawn activities are never compensated. A run
 * recorded before COMPENSATION_IN_PARALLEL ran the handlers one after the other, newest first.
 */
import { patched } from '@temporalio/workflow';
import { compensationHandlers } from '../bpmn/plan-compensation';
import type { CompensationThrowNode } from '../bpmn/plan-compensation';
import type { ProcedurePlan } from '../bpmn/plan';
import { recordEvent } from './events';
import type { Token } from './interpreter-types';
import { COMPENSATION, COMPENSATION_IN_PARALLEL } from './patches';
import type { ProcedureRuntime } from './runtime';
import { arrive, moveOn, type Position } from './token-engine';

const handlersByPlan = new WeakMap<ProcedurePlan, Map<string, string>>();

function handlerOf(rt: ProcedureRuntime, activityId: string): string | undefined {
  const plan = rt.input.plan;
  let handlers = handlersByPlan.get(plan);
  if (!handlers) handlersByPlan.set(plan, (handlers = compensationHandlers(plan.nodes)));
  return handlers.get(activityId);
}

/**
 * An activity left its node completed: remembered when a compensation boundary sits on it; an embedded sub-process
 * without one (the token that waited at it) hands the completions inside it to its scope.
 */
export function noteCompleted(rt: ProcedureRuntime, from: Position & { id?: string }): void {
  if (handlerOf(rt, from.nodeId)) {
    (rt.memory.compensable ??= []).push({ nodeId: from.nodeId, scope: from.scope });
    return;
  }
  const node = rt.node(from.nodeId);
  if (from.id === undefined || node.type !== 'subProcess' || node.trigger) return;
  const inside = (rt.memory.compensable ?? []).filter((done) => done.scope === from.id);
  if (inside.length === 0 || !patched(COMPENSATION_IN_PARALLEL)) return;
  for (const done of inside) Object.assign(done, { scope: from.scope, within: from.nodeId });
}

export async function throwCompensation(
  rt: ProcedureRuntime,
  token: Token,
  node: CompensationThrowNode,
): Promise<void> {
  patched(COMPENSATION);
  const ref = node.activityRef;
  const all = rt.memory.compensable ?? [];
  const taken = all.filter(
    (done) => done.scope === token.scope && (ref === undefined || done.nodeId === ref || done.within === ref),
  );
  rt.memory.compensable = all.filter((done) => !taken.includes(done));
  const activityIds = taken.map((done) => done.nodeId).reverse();
  await recordEvent(rt, 'compensation.started', { nodeId: node.id, activityIds });
  if (!patched(COMPENSATION_IN_PARALLEL)) {
    token.wait = { kind: 'compensation', activityIds, pending: [...activityIds] };
    return runNextHandler(rt, token);
  }
  const handlers = activityIds.map((activityId) => handlerOf(rt, activityId) as string);
  token.wait = { kind: 'compensation', activityIds, pending: [], handlers: [...handlers] };
  if (handlers.length === 0) return finishThrow(rt, token);
  // a handler inside a completed sub-process runs in the throw's scope: the sub-process instance is gone
  for (const handlerId of handlers) {
    if (rt.tokens.get(token.id) !== token) return;
    await arrive(rt, { id: rt.nextTokenId(), nodeId: handlerId, scope: token.scope, path: [...token.path] });
  }
}

async function finishThrow(rt: ProcedureRuntime, token: Token): Promise<void> {
  if (token.wait?.kind !== 'compensation') return;
  await recordEvent(rt, 'compensation.finished', { nodeId: token.nodeId, activityIds: token.wait.activityIds });
  return moveOn(rt, token);
}

async function runNextHandler(rt: ProcedureRuntime, token: Token): Promise<void> {
  if (token.wait?.kind !== 'compensation') return;
  const activityId = token.wait.pending.shift();
  if (activityId === undefined) return finishThrow(rt, token);
  const handlerId = handlerOf(rt, activityId) as string;
  token.wait.running = handlerId;
  await arrive(rt, { id: rt.nextTokenId(), nodeId: handlerId, scope: token.scope, path: [...token.path] });
}

/** The throw token of the scope that waits for the handler, if one does. */
function waitingFor(rt: ProcedureRuntime, handlerId: string, scope: string): Token | undefined {
  return [...rt.tokens.values()].find(
    ({ scope: at, wait }) =>
      at === scope &&
      wait?.kind === 'compensation' &&
      (wait.running === handlerId || wait.handlers?.includes(handlerId) === true),
  );
}

/** A node left with nothing after it: when it is a handler a throw of its scope waits for, the throw may go on. */
export async function compensationHandled(rt: ProcedureRuntime, from: Position): Promise<boolean> {
  const waiting = waitingFor(rt, from.nodeId, from.scope);
  if (waiting?.wait?.kind !== 'compensation') return false;
  const { handlers } = waiting.wait;
  if (!handlers) {
    await runNextHandler(rt, waiting);
    return true;
  }
  handlers.splice(handlers.indexOf(from.nodeId), 1);
  if (handlers.length === 0) await finishThrow(rt, waiting);
  return true;
}

/**
 * Whether a throw waits for this handler's task to complete (a run from before COMPENSATION_IN_PARALLEL not asked):
 * 退回 from it would leave the throw waiting for ever.
 */
export function awaitedByCompensation(rt: ProcedureRuntime, handlerId: string, scope: string): boolean {
  const wait = waitingFor(rt, handlerId, scope)?.wait;
  return wait?.kind === 'compensation' && wait.handlers !== undefined;
}
