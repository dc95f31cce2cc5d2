/**
 * Signals: a signal thrown in the matter (an intermediate throw or end event) or broadcast to it by staff (the
 * `deliverSignal` Update, which the signals route sends to every running matter waiting for it) reaches every signal
 * catch of the matter waiting for it at that moment (an event-based gateway's too), every signal boundary of an
 * activity running then (boundary-events.ts), and starts every event sub-process with its signal start in a running
 * scope. Nobody waiting: it is lost, never kept (BPMN's broadcast).
 */
import { setHandler } from '@temporalio/workflow';
import type { SubProcessNode } from '../bpmn/plan';
import type { SignalCatchNode, SignalThrowNode } from '../bpmn/plan-events';
import { boundaryWaits, triggerBoundary, waitingBoundaries } from './boundary-events';
import { startEventSubProcess } from './event-sub-processes';
import { recordEvent } from './events';
import type { Token } from './interpreter-types';
import { deliverSignal, type SignalInput, type SignalWait } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';
import { moveOn, runLocked } from './token-engine';

const signalStarts = (rt: ProcedureRuntime, name: string) =>
  Object.values(rt.input.plan.nodes).filter(
    (node): node is SubProcessNode =>
      node.type === 'subProcess' && node.trigger?.kind === 'signal' && node.trigger.signal === name,
  );

/** The catches reached and event sub-processes started, all as of the moment the signal came. */
export async function broadcastSignal(rt: ProcedureRuntime, name: string, thrownAtId?: string): Promise<number> {
  const waiting = [...rt.tokens.values()].filter((t) => t.wait?.kind === 'signal' && t.wait.name === name);
  const starts = signalStarts(rt, name).flatMap((node) => runningScopesOf(rt, node).map((scope) => ({ node, scope })));
  const boundaries = waitingBoundaries(rt, 'signal', name);
  if (waiting.length + starts.length + boundaries.length === 0) return 0;
  await recordEvent(rt, 'signal.caught', {
    signal: name,
    nodeId: thrownAtId ?? null,
    catchIds: waiting.map((t) => t.nodeId),
    eventSubProcessIds: starts.map((s) => s.node.id),
    ...(boundaries.length > 0 ? { boundaryIds: boundaries.map((b) => b.boundary.id) } : {}),
  });
  let reached = 0;
  for (const { node, scope } of starts) {
    if (rt.finished || (scope.id && !rt.tokens.has(scope.id))) continue;
    await startEventSubProcess(rt, node, scope, { signal: name });
    reached += 1;
  }
  for (const { boundary, host } of boundaries) if (await triggerBoundary(rt, boundary, host)) reached += 1;
  // one that moved on (or an interrupting start) may have withdrawn the others
  for (const token of waiting)
    if (rt.tokens.get(token.id) === token) {
      reached += 1;
      await moveOn(rt, token);
    }
  return reached;
}

function runningScopesOf(rt: ProcedureRuntime, node: SubProcessNode): Pick<Token, 'id' | 'path'>[] {
  if (!node.parentId) return rt.finished ? [] : [{ id: '', path: [] }];
  return [...rt.tokens.values()].filter((t) => t.nodeId === node.parentId && t.wait?.kind === 'subProcess');
}

export function awaitSignal(token: Token, node: SignalCatchNode): void {
  token.wait = { kind: 'signal', name: node.signal };
}

/** A signal throw (intermediate: the token goes on; end: its path ends there) reaches the matter's waiting catches. */
export async function throwSignal(rt: ProcedureRuntime, token: Token, node: SignalThrowNode): Promise<void> {
  await broadcastSignal(rt, node.signal, node.id);
  // an interrupting signal start of its own scope withdrew it
  if (rt.tokens.get(token.id) === token) await moveOn(rt, token);
}

/** The signals the matter would take now: its waiting catches and the signal starts of its running scopes. */
export function signalWaits(rt: ProcedureRuntime): SignalWait[] {
  if (rt.finished) return [];
  const waits: SignalWait[] = [];
  for (const token of rt.tokens.values())
    if (token.wait?.kind === 'signal') {
      const node = rt.node(token.nodeId);
      waits.push({ name: token.wait.name, nodeId: node.id, label: node.name ?? token.wait.name });
    }
  for (const node of Object.values(rt.input.plan.nodes))
    if (node.type === 'subProcess' && node.trigger?.kind === 'signal' && runningScopesOf(rt, node).length > 0) {
      const start = rt.input.plan.nodes[node.startNodeId];
      waits.push({
        name: node.trigger.signal,
        nodeId: node.id,
        label: start?.name ?? node.name ?? node.trigger.signal,
      });
    }
  waits.push(...boundaryWaits(rt, 'signal'));
  return waits.filter((w, i) => waits.findIndex((o) => o.name === w.name && o.nodeId === w.nodeId) === i);
}

/** Staff broadcast a signal (the signals route): answered with how many catches and starts it reached here. */
export function registerSignalUpdates(rt: ProcedureRuntime): void {
  setHandler(deliverSignal, (input: SignalInput) =>
    runLocked(rt, async () => {
      const reached = await broadcastSignal(rt, input.name);
      if (reached > 0) await recordEvent(rt, 'signal.received', { signal: input.name, reached }, input.actor);
      return { reached };
    }),
  );
}
