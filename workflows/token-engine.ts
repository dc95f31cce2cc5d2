import { ActivityFailure, patched } from '@temporalio/workflow';
import type {
  EndEventNode,
  ExclusiveGatewayNode,
  MessageCatchNode,
  ParallelGatewayNode,
  PlanNode,
  ServiceTaskNode,
  SubProcessNode,
  TimerCatchNode,
} from '../bpmn/plan';
import { holds } from '../bpmn/expression';
import { activities, serviceActivities } from './activity-proxy';
import { stopForHigherAuthority, stopsForHigherAuthority } from './clock-ledger';
import { recordEvent } from './events';
import { raiseIncident, raisesIncidents } from './incidents';
import { serviceIncidentCause, serviceRetryBudget } from './service-retry';
import type { ArmedTimer, Token } from './interpreter-types';
import { MULTI_INSTANCE_SERVICES, TERMINATE_ENDS_SUB_PROCESS } from './patches';
import { armCallBoundaries, startCall } from './call-activity';
import {
  cancelActivityTimers,
  onActivityTimer,
  startBoundaries,
  takeBufferedMessages,
  triggerBoundary,
  waitingBoundaries,
} from './boundary-events';
import type { CallActivityNode } from '../bpmn/plan-calls';
import type { ProcedureRuntime } from './runtime';
import { syncSearchAttributes } from './search-sync';
import { armScopeTimers, onScopeTimer, scopeTimers, triggerEventSubProcesses } from './event-sub-processes';
import { bpmnErrorOf, catchServiceError, parkOnIncident, reachThrowEvent } from './throw-catch';
import { bodyOf, completeInstance, enterMultiInstance, isMultiInstance, localsOf } from './multi-instance';
import { finish, terminate } from './procedure-end';
import { recordPassThrough } from './pass-through';
import { evaluateBusinessRules } from './business-rules';
import { openRace, settleRace } from './gateways-event';
import { passInclusive, releaseInclusiveJoins } from './gateways-inclusive';
import { awaitSignal, throwSignal } from './signals';
import { rearmCycle } from './timer-cycles';
import { armPlanTimer } from './timer-values';
import { cancelGroup, openTaskGroup } from './user-tasks';
import { cancelScopeTimers, tokensIn, withdraw } from './withdraw';
import { compensationHandled, noteCompleted, throwCompensation } from './compensation';
import { applyTaskOutputs, asParams, taskInputs } from './io-mappings';

/** Where a token stands, enough to send a new one on from there. */
export type Position = Pick<Token, 'nodeId' | 'scope' | 'path'>;

/** One operation under the lock: the work, then the procedure's end if no token is left, then derived state. */
export async function withinStep<T>(rt: ProcedureRuntime, work: () => Promise<T>): Promise<T> {
  const result = await work();
  await releaseInclusiveJoins(rt, leaveNode);
  if (!rt.finished && rt.tokens.size === 0) await finish(rt);
  rt.commit();
  syncSearchAttributes(rt);
  rt.progress += 1;
  return result;
}

export function runLocked<T>(rt: ProcedureRuntime, work: () => Promise<T>): Promise<T> {
  return rt.lock.run(() => withinStep(rt, work));
}

export async function startProcedure(rt: ProcedureRuntime): Promise<void> {
  await arrive(rt, { id: rt.nextTokenId(), nodeId: rt.input.plan.startNodeId, scope: '', path: [] });
}

/**
 * The procedure's start event (again, when its incident is retried): the timer starts of its event sub-processes are
 * evaluated, the token goes on, then those timers are armed; an invalid FEEL value holds the token there instead.
 */
async function beginProcedure(rt: ProcedureRuntime, token: Token): Promise<void> {
  const starts = scopeTimers(rt);
  if ('problem' in starts) return parkOnIncident(rt, token, starts.problem, 'DATA_INVALID');
  await moveOn(rt, token);
  if (!rt.finished) await armScopeTimers(rt, starts.timers);
}

/** Puts a token on its node and lets the node act: pass it on, or park it until a task, timer or message moves it. */
export async function arrive(rt: ProcedureRuntime, token: Token, viaFlowId?: string): Promise<void> {
  if (rt.finished || rt.terminatedScopes.has(token.scope)) return;
  rt.tokens.set(token.id, token);
  const node = rt.node(token.nodeId);
  if (bodyOf(rt, token)) return act(rt, token, node, viaFlowId);
  if (!(await startBoundaries(rt, token, node))) return;
  await act(rt, token, node, viaFlowId);
  await takeBufferedMessages(rt, token, node);
}

/** The node acts on the token: passes it on, or parks it until a task, timer or message moves it. */
async function act(rt: ProcedureRuntime, token: Token, node: PlanNode, viaFlowId?: string): Promise<void> {
  if ((node.type === 'userTask' || node.type === 'subProcess') && isMultiInstance(node))
    return enterMultiInstance(rt, token, node);
  if (node.type === 'callActivity') return arriveAtCall(rt, token, node);
  if (node.type === 'serviceTask' && isMultiInstance(node) && patched(MULTI_INSTANCE_SERVICES))
    return bodyOf(rt, token) ? startService(rt, token, node) : enterMultiInstance(rt, token, node);
  switch (node.type) {
    case 'startEvent':
      return token.scope === '' ? beginProcedure(rt, token) : moveOn(rt, token);
    case 'boundaryTimer':
    case 'boundaryEvent':
    case 'boundaryCatch':
    case 'linkEvent':
      return moveOn(rt, token);
    case 'endEvent':
      return reachEnd(rt, token, node);
    case 'userTask':
      if (!(await openTaskGroup(rt, token, node))) await moveOn(rt, token);
      return;
    case 'serviceTask':
      return startService(rt, token, node);
    case 'exclusiveGateway':
      return choose(rt, token, node);
    case 'parallelGateway':
      return passParallel(rt, token, node, viaFlowId);
    case 'timerCatch':
      return armCatchTimer(rt, token, node);
    case 'messageCatch':
      return awaitMessage(rt, token, node);
    case 'subProcess':
      return enterSubProcess(rt, token, node);
    case 'throwEvent':
      return reachThrowEvent(rt, token, node);
    case 'inclusiveGateway':
      return passInclusive(rt, token, node, leaveNode);
    case 'eventGateway':
      return openRace(rt, token, node, arrive);
    case 'businessRuleTask':
      return evaluateBusinessRules(rt, token, node);
    case 'signalCatch':
      return awaitSignal(token, node);
    case 'signalThrow':
      return throwSignal(rt, token, node);
    case 'compensationThrow':
      return throwCompensation(rt, token, node);
    case 'passThroughTask':
      await recordPassThrough(rt, node);
      return moveOn(rt, token);
  }
}

/** The token leaves its node by the given flows (default: all outgoing). */
export async function moveOn(rt: ProcedureRuntime, token: Token, flowIds?: string[]): Promise<void> {
  rt.tokens.delete(token.id);
  cancelActivityTimers(rt, token.id);
  if (token.raceId !== undefined) await settleRace(rt, token);
  await leaveNode(rt, token, flowIds);
}

/** New tokens leave the position by the given flows; with none, the path ends there. */
export async function leaveNode(
  rt: ProcedureRuntime,
  from: Position,
  flowIds = rt.node(from.nodeId).outgoing,
): Promise<void> {
  markCompleted(rt, from.nodeId);
  noteCompleted(rt, from);
  if (flowIds.length === 0) {
    if (!(await compensationHandled(rt, from))) await closeScopeIfEmpty(rt, from.scope);
    return;
  }
  for (const flowId of flowIds) {
    const flow = rt.input.plan.flows[flowId];
    if (!flow) throw new Error(`plan has no flow ${flowId}`);
    await arrive(rt, { id: rt.nextTokenId(), nodeId: flow.targetId, scope: from.scope, path: [...from.path] }, flowId);
  }
}

function markCompleted(rt: ProcedureRuntime, nodeId: string): void {
  if (!rt.state.completedNodeIds.includes(nodeId)) rt.state.completedNodeIds.push(nodeId);
}

async function reachEnd(rt: ProcedureRuntime, token: Token, node: EndEventNode): Promise<void> {
  rt.tokens.delete(token.id);
  markCompleted(rt, node.id);
  rt.reachEnd(node.outcome);
  if (node.terminate) {
    if (token.scope === '' || !patched(TERMINATE_ENDS_SUB_PROCESS)) return terminate(rt);
    // inside a sub-process it ends that instance only, which then completes like any emptied one
    rt.terminatedScopes.add(token.scope);
    await withdraw(rt, tokensIn(rt, token.scope), '子流程终止 / sub-process terminated');
  }
  await closeScopeIfEmpty(rt, token.scope);
}

/** A sub-process whose inner tokens are all gone is done: its waiting token continues on its outgoing flow. */
async function closeScopeIfEmpty(rt: ProcedureRuntime, scope: string): Promise<void> {
  if (scope === '' || tokensIn(rt, scope).length > 0) return;
  const parent = rt.tokens.get(scope);
  if (!parent) return;
  cancelScopeTimers(rt, scope);
  // an instance of a multi-instance sub-process: its body decides whether the activity is done
  if (!(await completeInstance(rt, parent, rt.state.lastDecision ?? null))) await moveOn(rt, parent);
}

/**
 * What conditions read: `decision`, `decisions.<nodeId>`, `matter.*`, `form.*` (form fields also bare, as the
 * designer's hint writes them), and inside a multi-instance its element variable and loopCounter.
 */
export function conditionScope(rt: ProcedureRuntime, token?: Token): Record<string, unknown> {
  const { state } = rt;
  return {
    ...(token ? localsOf(rt, token) : {}),
    ...state.form,
    form: state.form,
    matter: rt.matter,
    decision: state.lastDecision ?? null,
    decisions: state.decisions,
  };
}

/** First outgoing flow (in plan order) whose condition holds, else the default; with neither the token parks as stuck. */
async function choose(rt: ProcedureRuntime, token: Token, node: ExclusiveGatewayNode): Promise<void> {
  const scope = conditionScope(rt, token);
  const chosen =
    node.outgoing.find((flowId) => {
      if (flowId === node.defaultFlowId) return false;
      const condition = rt.input.plan.flows[flowId]?.condition;
      return !condition || holds(condition, scope);
    }) ?? node.defaultFlowId;
  if (chosen) return moveOn(rt, token, [chosen]);
  if (raisesIncidents())
    return raiseIncident(rt, token, {
      kind: 'NO_WAY_OUT',
      zh: '没有满足条件的流向，也没有默认流向',
      en: 'no flow condition holds and there is no default flow',
      attempts: 1,
    });
  const reason = '没有满足条件的流向，也没有默认流向 / no flow condition holds and there is no default flow';
  token.wait = { kind: 'stuck', reason };
  await recordEvent(rt, 'procedure.stuck', { nodeId: node.id, reason });
}

/** Splits to all outgoing flows; as a join, waits for one token per incoming flow in the same scope. */
async function passParallel(
  rt: ProcedureRuntime,
  token: Token,
  node: ParallelGatewayNode,
  viaFlowId?: string,
): Promise<void> {
  if (node.incoming.length <= 1) return moveOn(rt, token);
  token.wait = { kind: 'join', flowId: viaFlowId ?? node.incoming[0] };
  const waiting = [...rt.tokens.values()].filter((other) => other.nodeId === node.id && other.scope === token.scope);
  const arrivals = node.incoming.map((flowId) =>
    waiting.find((other) => other.wait?.kind === 'join' && other.wait.flowId === flowId),
  );
  if (arrivals.some((arrival) => !arrival)) return;
  const joined = arrivals as Token[];
  for (const arrival of joined) rt.tokens.delete(arrival.id);
  const path = [...new Set(joined.flatMap((arrival) => arrival.path))];
  await leaveNode(rt, { nodeId: node.id, scope: token.scope, path });
}

async function armCatchTimer(rt: ProcedureRuntime, token: Token, node: TimerCatchNode): Promise<void> {
  token.wait = { kind: 'timer' };
  const problem = await armPlanTimer(rt, node.timer, conditionScope(rt, token), {
    key: `catch:${token.id}`,
    target: { kind: 'catch', tokenId: token.id },
  });
  if (problem) await parkOnIncident(rt, token, problem, 'DATA_INVALID');
}

async function awaitMessage(rt: ProcedureRuntime, token: Token, node: MessageCatchNode): Promise<void> {
  if (takeBufferedMessage(rt, node.message)) return moveOn(rt, token);
  token.wait = { kind: 'message', name: node.message };
  if (stopsForHigherAuthority(rt, node.message)) await stopForHigherAuthority(rt);
}

/** Takes one message of the name kept while nothing waited for it; false when none is kept. */
export function takeBufferedMessage(rt: ProcedureRuntime, name: string): boolean {
  const buffered = rt.memory.bufferedMessages[name] ?? 0;
  if (buffered === 0) return false;
  if (buffered === 1) delete rt.memory.bufferedMessages[name];
  else rt.memory.bufferedMessages[name] = buffered - 1;
  return true;
}

/**
 * A named message reaches every token waiting for it and every boundary waiting for it on a running activity; with
 * none waiting it is kept for the first catch or message boundary that comes (boundary-events.ts).
 */
export async function feedMessage(rt: ProcedureRuntime, name: string): Promise<void> {
  if (await triggerEventSubProcesses(rt, name)) return;
  const waiting = [...rt.tokens.values()].filter((token) => token.wait?.kind === 'message' && token.wait.name === name);
  const boundaries = waitingBoundaries(rt, 'message', name);
  if (waiting.length === 0 && boundaries.length === 0) {
    rt.memory.bufferedMessages[name] = (rt.memory.bufferedMessages[name] ?? 0) + 1;
    return;
  }
  for (const { boundary, host } of boundaries) await triggerBoundary(rt, boundary, host);
  // one that moved on may have reached a terminate end that withdrew the others
  for (const token of waiting) if (rt.tokens.get(token.id) === token) await moveOn(rt, token);
}

/** The sub-process begins unless a timer start of its event sub-processes has an invalid FEEL value (its incident). */
export async function enterSubProcess(rt: ProcedureRuntime, token: Token, node: SubProcessNode): Promise<void> {
  const starts = scopeTimers(rt, token);
  if ('problem' in starts) return parkOnIncident(rt, token, starts.problem, 'DATA_INVALID');
  token.wait = { kind: 'subProcess' };
  await arrive(rt, { id: rt.nextTokenId(), nodeId: node.startNodeId, scope: token.id, path: [...token.path] });
  if (rt.tokens.get(token.id) === token) await armScopeTimers(rt, starts.timers, token);
}

/** The service activity runs beside the lock (it may retry for long); its result moves the token under the lock. */
export function startService(rt: ProcedureRuntime, token: Token, node: ServiceTaskNode): void {
  token.wait = { kind: 'service' };
  rt.jobs += 1;
  rt.background(runService(rt, token, node, taskInputs(rt, token, node)));
}

async function runService(
  rt: ProcedureRuntime,
  token: Token,
  node: ServiceTaskNode,
  inputs: Record<string, unknown> | undefined,
): Promise<void> {
  const eventKey = rt.taskKeyFor(token.id);
  const budget = raisesIncidents() ? serviceRetryBudget(rt) : undefined;
  let result: string | undefined;
  let failure: ActivityFailure | undefined;
  try {
    ({ result } = await (budget ? serviceActivities(budget) : activities).runService({
      matterId: rt.matter.matterId,
      eventKey,
      activity: node.activity,
      params: {
        ...(token.locals ? withLocals(node.params, token.locals) : node.params),
        ...(inputs ? asParams(inputs) : {}),
      },
    }));
  } catch (err) {
    if (!(err instanceof ActivityFailure)) throw err;
    failure = err;
  }
  await runLocked(rt, async () => {
    rt.jobs -= 1;
    if (rt.tokens.get(token.id) !== token) return;
    const bpmnError = failure && bpmnErrorOf(failure);
    if (bpmnError) return catchServiceError(rt, token, bpmnError);
    if (failure && budget) return raiseIncident(rt, token, serviceIncidentCause(failure, budget));
    if (failure) {
      const reason = `服务调用失败 / service failed: ${failure.cause?.message ?? failure.message}`;
      token.wait = { kind: 'stuck', reason };
      await recordEvent(rt, 'procedure.stuck', { nodeId: node.id, activity: node.activity, reason });
      return;
    }
    applyTaskOutputs(rt, node, { ...inputs, result });
    // the service's own key: a service that records its event itself is not doubled
    await recordEvent(rt, `service.${node.activity}`, { nodeId: node.id, result }, undefined, eventKey);
    // an instance of a multi-instance service task: its body decides whether the activity is done
    if (!(token.locals && (await completeInstance(rt, token, result ?? null)))) await moveOn(rt, token);
  });
}

/** A multi-instance service call's parameters with `${name}` read from the instance's element variable / loopCounter. */
function withLocals(params: Record<string, string>, locals: Record<string, unknown>): Record<string, string> {
  const read = (whole: string, name: string) => (name in locals ? String(locals[name]) : whole);
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, read)]),
  );
}

/** A call activity: its boundary timers arm, then one called procedure runs (or one per element, multi-instance). */
async function arriveAtCall(rt: ProcedureRuntime, token: Token, node: CallActivityNode): Promise<void> {
  if (bodyOf(rt, token)) return startCall(rt, token, node);
  await armCallBoundaries(rt, token, node);
  return isMultiInstance(node) ? enterMultiInstance(rt, token, node) : startCall(rt, token, node);
}

/** A timer of the plan elapsed: a catch event lets its token go on; a boundary timer sends a token out by the boundary. */
export async function onPlanTimer(rt: ProcedureRuntime, timer: ArmedTimer): Promise<void> {
  const { target } = timer;
  if (target.kind === 'callBoundary') return onActivityTimer(rt, timer);
  if (target.kind === 'eventSubProcess') return onScopeTimer(rt, timer);
  if (target.kind === 'catch') {
    const token = rt.tokens.get(target.tokenId);
    if (token) await moveOn(rt, token);
    return;
  }
  const group = rt.groups.get(target.groupId);
  const boundary = rt.node(target.boundaryId);
  if (!group || boundary.type !== 'boundaryTimer') return;
  await recordEvent(rt, 'timer.fired', {
    nodeId: group.nodeId,
    boundaryId: boundary.id,
    interrupting: boundary.interrupting,
  });
  if (boundary.interrupting) await cancelGroup(rt, group.id, '超时转出 / interrupted by a boundary timer');
  else await rearmCycle(rt, timer, boundary);
  await arrive(rt, { id: rt.nextTokenId(), nodeId: boundary.id, scope: group.scope, path: [...group.path] });
}
