/**
 * Call activities (bpmn:callActivity): the call token waits while another published procedure runs for the same
 * matter as a Temporal child workflow (the same interpreter, `calledBy` set). The child writes its tasks and events
 * on the matter (its Task rows name its workflow, so the API's task routes reach it), keeps no clock of its own (the
 * matter's deadline is the caller's) and tells its caller how it ended by a signal, which reaches whichever run of
 * the caller is current (it may have continued as new meanwhile; so the child is started ABANDON and the caller ends
 * it itself: an interrupting boundary, a withdrawal of the call, the matter ending).
 */
import {
  ActivityFailure,
  ParentClosePolicy,
  getExternalWorkflowHandle,
  patched,
  setHandler,
  startChild,
} from '@temporalio/workflow';
import { resolveList, resolvePath } from '../bpmn/expression';
import type { CallActivityNode, CallMapping } from '../bpmn/plan-calls';
import {
  calledProcedureEnded,
  calledWorkflowId,
  endCalledProcedure,
  type CalledProcedureEnd,
  type CalledVersion,
} from './call-contract';
import { recordEvent } from './events';
import type { Token } from './interpreter-types';
import { bodyOf, completeInstance } from './multi-instance';
import { CALL_ACTIVITIES } from './patches';
import type { procedureWorkflow } from './procedure';
import { endAs } from './procedure-end';
import type { ProcedureRuntime } from './runtime';
import { bpmnErrorOf, catchCalledError, parkOnIncident } from './throw-catch';
import { conditionScope, moveOn, runLocked } from './token-engine';
import { cancelActivityTimers } from './boundary-events';
import { armPlanTimer } from './timer-values';
import { boundaryTimerKey } from './boundary-index';
import { tokensIn, withdraw } from './withdraw';

function mapped(mappings: CallMapping[], scope: Record<string, unknown>): Record<string, unknown> {
  const read = (path: string[]) => resolveList(scope, path) ?? resolvePath(scope, path);
  return Object.fromEntries(mappings.map((m) => [m.target, read(m.sourcePath)]));
}

/** The call activity is reached (a plain one, or the body of a multi-instance one): its boundary timers arm. */
export async function armCallBoundaries(rt: ProcedureRuntime, token: Token, node: CallActivityNode): Promise<void> {
  for (const boundaryId of node.boundaryTimerIds) {
    const boundary = rt.node(boundaryId);
    if (boundary.type !== 'boundaryTimer') continue;
    // its FEEL values were checked as the token arrived (boundary-events.ts)
    await armPlanTimer(rt, boundary.timer, conditionScope(rt, token), {
      key: boundaryTimerKey(token.id, boundaryId),
      target: { kind: 'callBoundary', boundaryId, tokenId: token.id },
    });
  }
}

/** Reads the version to run (latest published, or the pinned one) and starts it as a child workflow. */
export async function startCall(rt: ProcedureRuntime, token: Token, node: CallActivityNode): Promise<void> {
  patched(CALL_ACTIVITIES);
  let called: CalledVersion;
  try {
    called = await rt.io.resolveCalledProcedure({ procedureKey: node.procedureKey, version: node.version });
  } catch (err) {
    if (!(err instanceof ActivityFailure)) throw err;
    const reason = bpmnErrorOf(err) ?? { zh: err.cause?.message ?? err.message, en: err.cause?.message ?? err.message };
    return parkOnIncident(rt, token, reason, 'DATA_INVALID');
  }
  const workflowId = calledWorkflowId(rt.workflowId, token.id);
  const form = {
    ...(node.propagateAllIn ? rt.state.form : {}),
    ...mapped(node.inputs, conditionScope(rt, token)),
  };
  token.wait = { kind: 'call', workflowId };
  rt.memory.calls = { ...rt.memory.calls, [token.id]: workflowId };
  await startChild<typeof procedureWorkflow>('procedureWorkflow', {
    workflowId,
    parentClosePolicy: ParentClosePolicy.ABANDON,
    args: [
      {
        matter: rt.matter,
        plan: called.plan,
        versionId: called.versionId,
        ...(rt.input.serviceRetry ? { serviceRetry: rt.input.serviceRetry } : {}),
        calledBy: {
          workflowId: rt.workflowId,
          tokenId: token.id,
          nodeId: node.id,
          procedureKey: node.procedureKey,
          versionId: called.versionId,
          version: called.version,
        },
        form,
      },
    ],
  });
  await recordEvent(rt, 'call.started', {
    nodeId: node.id,
    procedureKey: node.procedureKey,
    procedureName: called.name,
    version: called.version,
    workflowId,
  });
}

/** The caller stops waiting for the child (its end arrived, or the call is withdrawn). */
function forget(rt: ProcedureRuntime, tokenId: string): string | undefined {
  const workflowId = rt.memory.calls?.[tokenId];
  if (!workflowId || !rt.memory.calls) return undefined;
  const { [tokenId]: _gone, ...others } = rt.memory.calls;
  rt.memory.calls = Object.keys(others).length > 0 ? others : undefined;
  return workflowId;
}

/** Tells a child to end (it cancels its open tasks); one that ended meanwhile cannot be told, and needs not be. */
async function tellToEnd(workflowId: string, reason: string): Promise<void> {
  try {
    await getExternalWorkflowHandle(workflowId).signal(endCalledProcedure, { reason });
  } catch {
    // the child has already ended
  }
}

/** A call token is withdrawn (an interrupting boundary, 退回, a terminate end): its called procedure ends with it. */
export async function withdrawCall(rt: ProcedureRuntime, token: Token, reason: string): Promise<void> {
  cancelActivityTimers(rt, token.id);
  const workflowId = forget(rt, token.id);
  if (!workflowId) return;
  await recordEvent(rt, 'call.withdrawn', { nodeId: token.nodeId, workflowId, reason });
  await tellToEnd(workflowId, reason);
}

/** The matter ends (completed, withdrawn, terminated): every called procedure still running ends with it. */
export async function endAllCalls(rt: ProcedureRuntime, reason: string): Promise<void> {
  const running = Object.values(rt.memory.calls ?? {});
  rt.memory.calls = undefined;
  for (const workflowId of running) await tellToEnd(workflowId, reason);
}

/** The child's end reached the caller: outputs mapped back, then the call token goes on (or its error is caught). */
async function onCalledEnded(rt: ProcedureRuntime, end: CalledProcedureEnd): Promise<void> {
  const token = rt.tokens.get(end.tokenId);
  if (!token || token.wait?.kind !== 'call' || rt.memory.calls?.[token.id] !== token.wait.workflowId) return;
  forget(rt, token.id);
  const node = rt.node(token.nodeId) as CallActivityNode;
  await recordEvent(rt, 'call.ended', { nodeId: node.id, status: end.status, error: end.error?.code ?? null });
  const body = bodyOf(rt, token);
  if (!body) cancelActivityTimers(rt, token.id);
  if (end.error) return catchCalledError(rt, token, end.error);
  if (end.status === 'WITHDRAWN' || end.status === 'TERMINATED')
    return parkOnIncident(
      rt,
      token,
      { zh: `被调用的流程未办结（${end.status}）`, en: `the called procedure did not finish (${end.status})` },
      'DATA_INVALID',
    );
  const outputs = mapped(node.outputs, { ...end.form, form: end.form });
  if (node.propagateAllOut) Object.assign(rt.state.form, end.form);
  Object.assign(rt.state.form, outputs);
  rt.state.decisions[node.id] = end.status;
  if (!(await completeInstance(rt, token, node.propagateAllOut ? { ...end.form, ...outputs } : outputs)))
    return moveOn(rt, token);
  if (body && !rt.tokens.has(body.id)) cancelActivityTimers(rt, body.id);
}

/** Both roles' signals: a caller hears its children end; a child is told to end. */
export function registerCallSignals(rt: ProcedureRuntime): void {
  setHandler(calledProcedureEnded, (end) => runLocked(rt, () => onCalledEnded(rt, end)));
  setHandler(endCalledProcedure, ({ reason }) => runLocked(rt, () => endAsCalled(rt, reason)));
}

/** Told by the caller to end: every token withdrawn (open tasks cancelled, its own calls ended), ended WITHDRAWN. */
async function endAsCalled(rt: ProcedureRuntime, reason: string): Promise<void> {
  if (rt.finished) return;
  await withdraw(rt, tokensIn(rt, ''), reason);
  await endAs(rt, 'WITHDRAWN', reason, { type: 'calledProcedure.withdrawn', data: { reason } });
}

/** A child ended: its caller is told (a caller that has ended meanwhile cannot be, and needs not be). */
export async function tellCaller(rt: ProcedureRuntime): Promise<void> {
  const calledBy = rt.input.calledBy;
  if (!calledBy) return;
  const end: CalledProcedureEnd = {
    tokenId: calledBy.tokenId,
    status: rt.state.status as CalledProcedureEnd['status'],
    form: rt.state.form,
    ...(rt.memory.thrown ? { error: rt.memory.thrown } : {}),
  };
  try {
    await getExternalWorkflowHandle(calledBy.workflowId).signal(calledProcedureEnded, end);
  } catch {
    // the caller has ended
  }
}
