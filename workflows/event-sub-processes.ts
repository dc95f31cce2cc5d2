/**
 * Event sub-processes: each starts in a running scope (the procedure itself, or a sub-process a token waits at) when
 * its event comes: a message (the applicant withdrew), a timer armed when the scope starts (a cycle, non-interrupting,
 * fires again and again while the scope runs), or an error / escalation thrown in the scope, caught here before any
 * boundary event outside it (throw-catch.ts). Interrupting, everything else in that scope is withdrawn first (the
 * open tasks are cancelled and the event sub-process's own steps run); non-interrupting, it runs beside the rest.
 */
import { patched } from '@temporalio/workflow';
import type { SubProcessNode } from '../bpmn/plan';
import type { TimerSpec } from '../domain/deadline';
import { triggerMessage, type ThrowKind } from '../bpmn/plan-events';
import { recordEvent } from './events';
import type { ArmedTimer, Token } from './interpreter-types';
import { EVENT_SUB_PROCESS_STARTS, FEEL_TIMERS } from './patches';
import type { ProcedureRuntime } from './runtime';
import { rearmCycle } from './timer-cycles';
import { armConcreteTimer, concreteTimer, type TimerProblem } from './timer-values';
import { arrive, conditionScope } from './token-engine';
import { cancelScopeTimers, tokensIn, withdraw } from './withdraw';

const INTERRUPTED = '事件子流程中断 / interrupted by an event sub-process';

type Scope = Pick<Token, 'id' | 'path'>;
const PROCEDURE: Scope = { id: '', path: [] };

const eventSubProcesses = (rt: ProcedureRuntime, parentId: string | undefined) =>
  Object.values(rt.input.plan.nodes).filter(
    (node): node is SubProcessNode => node.type === 'subProcess' && !!node.trigger && node.parentId === parentId,
  );

/** The running instances of the event sub-process's enclosing scope. */
function runningScopes(rt: ProcedureRuntime, node: SubProcessNode): Scope[] {
  if (!node.parentId) return rt.finished ? [] : [PROCEDURE];
  return [...rt.tokens.values()].filter((t) => t.nodeId === node.parentId && t.wait?.kind === 'subProcess');
}

/** Starts the event sub-process in the scope, after withdrawing everything else there when it interrupts. */
export async function startEventSubProcess(
  rt: ProcedureRuntime,
  node: SubProcessNode,
  scope: Scope,
  cause: Record<string, unknown>,
): Promise<void> {
  const interrupting = node.trigger?.interrupting ?? true;
  await recordEvent(rt, 'eventSubProcess.started', { nodeId: node.id, ...cause, interrupting });
  if (interrupting) {
    await withdraw(rt, tokensIn(rt, scope.id), INTERRUPTED);
    cancelScopeTimers(rt, scope.id);
  }
  await arrive(rt, { id: rt.nextTokenId(), nodeId: node.id, scope: scope.id, path: [...scope.path] });
}

/** Starts the event sub-processes the message triggers; false when it triggered none. */
export async function triggerEventSubProcesses(rt: ProcedureRuntime, message: string): Promise<boolean> {
  const triggered = Object.values(rt.input.plan.nodes).filter(
    (node): node is SubProcessNode => node.type === 'subProcess' && triggerMessage(node.trigger) === message,
  );
  let started = false;
  for (const node of triggered) {
    for (const scope of runningScopes(rt, node)) {
      if (rt.finished || (scope.id && !rt.tokens.has(scope.id))) continue;
      started = true;
      await startEventSubProcess(rt, node, scope, { message });
    }
  }
  return started;
}

/** A timer start of a scope, its value evaluated when the scope began. */
export interface ScopeTimer {
  node: SubProcessNode;
  timer: TimerSpec;
  fromFeel: boolean;
}

/**
 * The timer starts of a scope about to begin (the procedure: no token; a sub-process: the token at it), FEEL values
 * evaluated in it now; a problem when one is invalid (the scope does not begin: its incident, as for boundaries).
 */
export function scopeTimers(
  rt: ProcedureRuntime,
  scopeToken?: Token,
): { timers: ScopeTimer[] } | { problem: TimerProblem } {
  const timers: ScopeTimer[] = [];
  const variables = conditionScope(rt, scopeToken);
  for (const node of eventSubProcesses(rt, scopeToken?.nodeId)) {
    if (node.trigger?.kind !== 'timer') continue;
    const concrete = concreteTimer(node.trigger.timer, variables);
    if ('problem' in concrete) return concrete;
    timers.push({ node, timer: concrete.timer, fromFeel: node.trigger.timer.kind === 'feel' });
  }
  return { timers };
}

/** A scope began (the procedure: no token; a sub-process: the token waiting at it): its timer starts are armed. */
export async function armScopeTimers(rt: ProcedureRuntime, timers: ScopeTimer[], scopeToken?: Token): Promise<void> {
  if (timers.length === 0 || !patched(EVENT_SUB_PROCESS_STARTS)) return;
  const scope = scopeToken?.id ?? '';
  for (const { node, timer, fromFeel } of timers) {
    if (fromFeel) patched(FEEL_TIMERS);
    await armConcreteTimer(rt, timer, fromFeel, {
      key: `start:${scope}:${node.id}`,
      target: { kind: 'eventSubProcess', nodeId: node.id, scope },
    });
  }
}

/** A timer start fired: its event sub-process starts if the scope still runs (a cycle is armed again first). */
export async function onScopeTimer(rt: ProcedureRuntime, timer: ArmedTimer): Promise<void> {
  if (timer.target.kind !== 'eventSubProcess') return;
  const node = rt.input.plan.nodes[timer.target.nodeId];
  if (node?.type !== 'subProcess' || node.trigger?.kind !== 'timer') return;
  const scopeId = timer.target.scope;
  const scope = scopeId ? rt.tokens.get(scopeId) : rt.finished ? undefined : PROCEDURE;
  if (!scope) return;
  if (!node.trigger.interrupting) await rearmCycle(rt, timer, node.trigger);
  await startEventSubProcess(rt, node, scope, { timer: timer.fireAt });
}

/**
 * An error or escalation thrown in the scope: the event sub-process of that scope whose start names the code, else
 * one catching every code, starts. False when none does (the search goes on outwards). An event sub-process's own
 * scope is not searched for what is thrown inside it: that goes to the scope around.
 */
export async function catchInScope(
  rt: ProcedureRuntime,
  scopeId: string,
  kind: ThrowKind,
  code: string | undefined,
  thrownAtId: string,
): Promise<boolean> {
  const scope = scopeId ? rt.tokens.get(scopeId) : PROCEDURE;
  if (!scope) return false;
  const candidates = eventSubProcesses(rt, scopeId ? (scope as Token).nodeId : undefined).filter(
    (node) => node.trigger?.kind === kind,
  );
  const withCode = (node: SubProcessNode) => (node.trigger?.kind === kind ? node.trigger.code : undefined);
  const catcher =
    candidates.find((node) => withCode(node) !== undefined && withCode(node) === code) ??
    candidates.find((node) => withCode(node) === undefined);
  if (!catcher || !patched(EVENT_SUB_PROCESS_STARTS)) return false;
  const interrupting = catcher.trigger?.interrupting ?? true;
  await recordEvent(rt, `${kind}.caught`, {
    nodeId: thrownAtId,
    eventSubProcessId: catcher.id,
    code: code ?? null,
    interrupting,
  });
  await startEventSubProcess(rt, catcher, scope, { [kind]: code ?? null });
  return true;
}

/** Whether the token waits at an event sub-process (what is thrown inside it is not caught beside it). */
export function isEventSubProcessToken(rt: ProcedureRuntime, token: Token): boolean {
  const node = rt.input.plan.nodes[token.nodeId];
  return node?.type === 'subProcess' && !!node.trigger;
}
