/**
 * BPMN errors and escalations at run time: a throw event, or a service activity failing with a BPMN error, looks for
 * the nearest matching boundary event from its activity outwards. An interrupting catch withdraws the activity
 * (a sub-process with all inside it); the boundary's token leaves beside it. An error nobody catches is an incident
 * (incidents.ts): the token stays where it is until a person retries, moves or cancels.
 */
import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';
import { BPMN_ERROR_TYPE, type BpmnErrorDetails } from '../bpmn/bpmn-error';
import type { BoundaryEventNode, ThrowEventNode, ThrowKind } from '../bpmn/plan-events';
import { recordEvent } from './events';
import type { IncidentKind } from './incident-contract';
import { raiseIncident, raisesIncidents } from './incidents';
import type { Token } from './interpreter-types';
import { catchInScope, isEventSubProcessToken } from './event-sub-processes';
import { bodyOf, enclosingActivity } from './multi-instance';
import type { ProcedureRuntime } from './runtime';
import { arrive, moveOn } from './token-engine';
import { endAs } from './procedure-end';
import { tokensIn, withdraw } from './withdraw';

const INTERRUPTED: Record<ThrowKind, string> = {
  error: '错误边界事件中断 / interrupted by an error boundary event',
  escalation: '升级边界事件中断 / interrupted by an escalation boundary event',
};

/** Why a token cannot go on: a code where there is one, and why in both languages. */
export interface FailureCause {
  code?: string;
  zh: string;
  en: string;
}

/** The boundary event on the activity that catches it: one naming the code first, else one catching all. */
function catcherOn(rt: ProcedureRuntime, hostNodeId: string, kind: ThrowKind, code?: string) {
  const boundaries = Object.values(rt.input.plan.nodes).filter(
    (node): node is BoundaryEventNode =>
      node.type === 'boundaryEvent' && node.attachedToId === hostNodeId && node.kind === kind,
  );
  return (
    boundaries.find((boundary) => boundary.code !== undefined && boundary.code === code) ??
    boundaries.find((boundary) => boundary.code === undefined)
  );
}

/**
 * From the activity `host` outwards, the first catcher takes it; false when none does. At each level an event
 * sub-process of the scope the throw happened in comes before the boundary events of the activity around that scope
 * (`scope`: the thrower's own scope, when the thrower is no activity with boundaries of its own).
 */
async function propagate(
  rt: ProcedureRuntime,
  host: Token | undefined,
  kind: ThrowKind,
  code: string | undefined,
  thrownAtId: string,
  scope?: string,
): Promise<boolean> {
  if (scope !== undefined && (await catchInScope(rt, scope, kind, code, thrownAtId))) return true;
  for (let at = host; at; at = enclosingActivity(rt, at)) {
    const boundary = catcherOn(rt, at.nodeId, kind, code);
    if (!boundary) {
      if (!isEventSubProcessToken(rt, at) && (await catchInScope(rt, at.scope, kind, code, thrownAtId))) return true;
      continue;
    }
    await recordEvent(rt, `${kind}.caught`, {
      nodeId: thrownAtId,
      attachedToId: at.nodeId,
      boundaryId: boundary.id,
      code: code ?? null,
      interrupting: boundary.interrupting,
    });
    if (boundary.interrupting) await withdraw(rt, [at], INTERRUPTED[kind]);
    await arrive(rt, { id: rt.nextTokenId(), nodeId: boundary.id, scope: at.scope, path: [...at.path] });
    return true;
  }
  return false;
}

/**
 * The token stays where it is, waiting for a person to repair the matter: an incident (incidents.ts), or, in a run
 * recorded before incidents, an `incident` event naming the element and why.
 */
export async function parkOnIncident(
  rt: ProcedureRuntime,
  token: Token,
  cause: FailureCause,
  kind: IncidentKind = 'BPMN_ERROR',
): Promise<void> {
  if (raisesIncidents()) {
    const [zh, en] = cause.code
      ? [`${cause.zh}（代码 ${cause.code}）`, `${cause.en} (code ${cause.code})`]
      : [cause.zh, cause.en];
    return raiseIncident(rt, token, { kind, zh, en, attempts: 1 });
  }
  token.wait = { kind: 'stuck', reason: `${cause.zh} / ${cause.en}` };
  await recordEvent(rt, 'incident', { nodeId: token.nodeId, cause });
}

/** An error end, an escalation end or an escalation intermediate throw event. */
export async function reachThrowEvent(rt: ProcedureRuntime, token: Token, node: ThrowEventNode): Promise<void> {
  const caught = await propagate(rt, enclosingActivity(rt, token), node.kind, node.code, node.id, token.scope);
  // an interrupting catch withdrew the activity this token was in
  if (rt.tokens.get(token.id) !== token) return;
  // in a called procedure, an error nobody inside caught ends it and goes to its caller (call-activity.ts)
  if (!caught && node.kind === 'error' && rt.input.calledBy) return throwToCaller(rt, node);
  if (!caught && node.kind === 'error') {
    return parkOnIncident(rt, token, {
      code: node.code,
      zh: `错误 ${node.code ?? ''} 没有被任何边界事件捕获`,
      en: `no boundary event caught the error ${node.code ?? ''}`,
    });
  }
  if (!caught) await recordEvent(rt, 'escalation.uncaught', { nodeId: node.id, code: node.code ?? null });
  await moveOn(rt, token);
}

async function throwToCaller(rt: ProcedureRuntime, node: ThrowEventNode): Promise<void> {
  const cause = {
    ...(node.code ? { code: node.code } : {}),
    zh: `错误 ${node.code ?? ''}（${node.name ?? node.id}）`,
    en: `error ${node.code ?? ''} (${node.name ?? node.id})`,
  };
  rt.memory.thrown = cause;
  await withdraw(rt, tokensIn(rt, ''), '被调用的流程抛出错误 / the called procedure threw an error');
  await endAs(rt, 'TERMINATED', cause.zh, { type: 'calledProcedure.threw', data: { nodeId: node.id, ...cause } });
}

/** The BPMN error a service activity failed with (BPMN_ERROR_TYPE), if it was one. */
export function bpmnErrorOf(failure: ActivityFailure): BpmnErrorDetails | undefined {
  const cause = failure.cause;
  if (!(cause instanceof ApplicationFailure) || cause.type !== BPMN_ERROR_TYPE) return undefined;
  const details = cause.details?.[0] as Partial<BpmnErrorDetails> | undefined;
  const code = typeof details?.code === 'string' ? details.code : '';
  return { code, zh: details?.zh ?? cause.message, en: details?.en ?? cause.message };
}

/** A service task's activity failed with a BPMN error: its own boundary, or an enclosing sub-process's, catches it. */
/** A called procedure ended on an error end nobody in it caught: the call activity's boundary may catch it. */
export async function catchCalledError(rt: ProcedureRuntime, token: Token, error: FailureCause): Promise<void> {
  if (await propagate(rt, bodyOf(rt, token) ?? token, 'error', error.code, token.nodeId)) return;
  await parkOnIncident(rt, token, {
    ...error,
    zh: `被调用的流程抛出错误，没有边界事件捕获：${error.zh}`,
    en: `the called procedure threw an error no boundary event caught: ${error.en}`,
  });
}

export async function catchServiceError(rt: ProcedureRuntime, token: Token, error: BpmnErrorDetails): Promise<void> {
  // an instance of a multi-instance service task: seen from outside, the whole activity threw
  if (await propagate(rt, bodyOf(rt, token) ?? token, 'error', error.code, token.nodeId)) return;
  await parkOnIncident(rt, token, error);
}
