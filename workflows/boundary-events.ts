/**
 * Boundary events that wait while their activity runs: timers, messages and signals on user tasks, service tasks,
 * sub-processes and call activities (errors and escalations are thrown to theirs, throw-catch.ts). The activity is a
 * user task's activation (its task group, user-tasks.ts, which arms its timers) or the token at a service task,
 * sub-process or call activity (a multi-instance one's body). Interrupting, the activity is withdrawn first (open
 * tasks cancelled, a running service's result dropped, the called procedure ended, every token inside taken off);
 * non-interrupting, it goes on and each further message, signal or cycle sends another token out.
 */
import { patched } from '@temporalio/workflow';
import type { BoundaryTimerNode, PlanNode } from '../bpmn/plan';
import type { BoundaryCatchNode } from '../bpmn/plan-events';
import { boundariesOn, boundaryTimerKey } from './boundary-index';
import { recordEvent } from './events';
import type { ArmedTimer, Token } from './interpreter-types';
import { bodyOf, isMultiInstance } from './multi-instance';
import { BOUNDARY_EVENTS, BOUNDARY_TAKES_BUFFERED } from './patches';
import type { ProcedureRuntime } from './runtime';
import { parkOnIncident } from './throw-catch';
import { rearmCycle } from './timer-cycles';
import { armPlanTimer, concreteTimer } from './timer-values';
import { arrive, conditionScope, takeBufferedMessage } from './token-engine';
import { cancelGroup } from './user-tasks';
import { withdraw } from './withdraw';

const INTERRUPTED = {
  call: '边界定时器中断调用 / the call was interrupted by a boundary timer',
  timer: '边界定时器中断 / interrupted by a boundary timer',
  message: '消息边界事件中断 / interrupted by a message boundary event',
  signal: '信号边界事件中断 / interrupted by a signal boundary event',
};

/** One running instance of an activity with boundaries: a user task's activation, or the activity's token. */
export interface BoundaryHost {
  id: string;
  scope: string;
  path: string[];
  group: boolean;
}

/** The running instances of the activity. */
function hostsOf(rt: ProcedureRuntime, node: PlanNode): BoundaryHost[] {
  if (node.type === 'userTask' && !isMultiInstance(node))
    return [...rt.groups.values()]
      .filter((group) => group.nodeId === node.id)
      .map(({ id, scope, path }) => ({ id, scope, path, group: true }));
  return [...rt.tokens.values()]
    .filter((token) => token.nodeId === node.id && !bodyOf(rt, token))
    .map(({ id, scope, path }) => ({ id, scope, path, group: false }));
}

/** The message (or signal) boundaries waiting now, each with its running activity; of one name when given. */
export function waitingBoundaries(
  rt: ProcedureRuntime,
  kind: BoundaryCatchNode['kind'],
  eventName?: string,
): { boundary: BoundaryCatchNode; host: BoundaryHost }[] {
  if (rt.finished) return [];
  return Object.values(rt.input.plan.nodes).flatMap((node) =>
    node.type === 'boundaryCatch' && node.kind === kind && (eventName === undefined || node.eventName === eventName)
      ? hostsOf(rt, rt.node(node.attachedToId)).map((host) => ({ boundary: node, host }))
      : [],
  );
}

/** The waits a boundary adds to the matter's message or signal waits (one per boundary, however many instances). */
export const boundaryWaits = (rt: ProcedureRuntime, kind: BoundaryCatchNode['kind']) =>
  waitingBoundaries(rt, kind).map(({ boundary }) => ({
    name: boundary.eventName,
    nodeId: boundary.id,
    label: boundary.name ?? boundary.eventName,
  }));

/**
 * The message or signal came while the activity runs: a token leaves by the boundary (interrupting, after the
 * activity is withdrawn). False when the activity had ended meanwhile (an earlier boundary of the same message).
 */
export async function triggerBoundary(
  rt: ProcedureRuntime,
  boundary: BoundaryCatchNode,
  host: BoundaryHost,
): Promise<boolean> {
  if (rt.finished || !(host.group ? rt.groups.has(host.id) : rt.tokens.has(host.id))) return false;
  patched(BOUNDARY_EVENTS);
  await recordEvent(rt, `${boundary.kind}.boundary`, {
    nodeId: boundary.attachedToId,
    boundaryId: boundary.id,
    [boundary.kind]: boundary.eventName,
    interrupting: boundary.interrupting,
  });
  if (boundary.interrupting) {
    const token = rt.tokens.get(host.id);
    if (host.group) await cancelGroup(rt, host.id, INTERRUPTED[boundary.kind]);
    else if (token) await withdraw(rt, [token], INTERRUPTED[boundary.kind]);
  }
  await arrive(rt, { id: rt.nextTokenId(), nodeId: boundary.id, scope: host.scope, path: [...host.path] });
  return true;
}

/**
 * A token reaches an activity (a multi-instance one's body, not its instances): the FEEL values of its boundary
 * timers are evaluated first, and one that is no ISO value raises the activity's incident instead of starting it (a
 * retry evaluates again). A service task's and a sub-process's timers are armed here; a user task's arm with its
 * tasks, a call activity's with its call. False when the activity must not start.
 */
export async function startBoundaries(rt: ProcedureRuntime, token: Token, node: PlanNode): Promise<boolean> {
  const timers = boundariesOn(rt.input.plan, node.id).filter((b): b is BoundaryTimerNode => b.type === 'boundaryTimer');
  if (timers.length === 0) return true;
  const scope = conditionScope(rt, token);
  for (const boundary of timers) {
    const concrete = concreteTimer(boundary.timer, scope);
    if ('problem' in concrete) {
      await parkOnIncident(rt, token, concrete.problem, 'DATA_INVALID');
      return false;
    }
  }
  if ((node.type !== 'serviceTask' && node.type !== 'subProcess') || !patched(BOUNDARY_EVENTS)) return true;
  const armed = new Set(rt.planTimers.list().map((timer) => timer.key));
  for (const boundary of timers) {
    const key = boundaryTimerKey(token.id, boundary.id);
    // retried after an incident: the timer started with the activity runs on
    if (armed.has(key)) continue;
    await armPlanTimer(rt, boundary.timer, scope, {
      key,
      target: { kind: 'callBoundary', boundaryId: boundary.id, tokenId: token.id },
    });
  }
  return true;
}

/**
 * The activity just started (its token, a user task's activation or a multi-instance body): each of its message
 * boundaries takes a message kept from before, one each, as if it had just come (Zeebe correlates a buffered message
 * when the subscription opens): interrupting, the activity is withdrawn at once; non-interrupting, it runs on.
 */
export async function takeBufferedMessages(rt: ProcedureRuntime, token: Token, node: PlanNode): Promise<void> {
  const kept = (name: string) => (rt.memory.bufferedMessages[name] ?? 0) > 0;
  const boundaries = boundariesOn(rt.input.plan, node.id).filter(
    (b): b is BoundaryCatchNode => b.type === 'boundaryCatch' && b.kind === 'message' && kept(b.eventName),
  );
  if (boundaries.length === 0 || !patched(BOUNDARY_TAKES_BUFFERED)) return;
  for (const boundary of boundaries) {
    // a group's id is the id of the token that opened it; an activity held on an incident did not start
    const host = hostsOf(rt, node).find((h) => h.id === token.id && rt.tokens.get(h.id)?.wait?.kind !== 'incident');
    if (!host || !takeBufferedMessage(rt, boundary.eventName)) continue;
    await triggerBoundary(rt, boundary, host);
  }
}

/** The activity's token left it: the boundary timers armed on it go. */
export function cancelActivityTimers(rt: ProcedureRuntime, tokenId: string): void {
  rt.planTimers.cancelWhere((timer) => timer.target.kind === 'callBoundary' && timer.target.tokenId === tokenId);
}

/** A boundary timer on a call activity, service task or sub-process fired. */
export async function onActivityTimer(rt: ProcedureRuntime, timer: ArmedTimer): Promise<void> {
  if (timer.target.kind !== 'callBoundary') return;
  const token = rt.tokens.get(timer.target.tokenId);
  const boundary = rt.node(timer.target.boundaryId) as BoundaryTimerNode;
  if (!token) return;
  await recordEvent(rt, 'timer.fired', {
    nodeId: token.nodeId,
    boundaryId: boundary.id,
    interrupting: boundary.interrupting,
  });
  const onCall = rt.node(token.nodeId).type === 'callActivity';
  if (boundary.interrupting) await withdraw(rt, [token], onCall ? INTERRUPTED.call : INTERRUPTED.timer);
  else await rearmCycle(rt, timer, boundary);
  await arrive(rt, { id: rt.nextTokenId(), nodeId: boundary.id, scope: token.scope, path: [...token.path] });
}
