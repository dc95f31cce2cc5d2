import { patched } from '@temporalio/workflow';
import { recordEvent } from './events';
import { registerLockedUpdate } from './locked-update';
import {
  claimTask,
  completeTask,
  returnTask,
  transferTask,
  unclaimTask,
  type CompleteTaskInput,
  type LiveTask,
  type ReturnTaskInput,
  type TaskRef,
  type TransferTaskInput,
} from './procedure-contract';
import { RETURN_REWINDS_SCOPE } from './patches';
import type { ProcedureRuntime } from './runtime';
import { checkClaim, checkComplete, checkReturn, checkTransfer, checkUnclaim } from './task-rules';
import { applyTaskOutputs } from './io-mappings';
import { bodyOf, completeInstance } from './multi-instance';
import { arrive, leaveNode } from './token-engine';
import { cancelGroup, closeTask, endGroup, groupOf, syncTask, tasksOfGroup } from './user-tasks';
import { tokensIn, withdraw } from './withdraw';

/** The moves staff make on a task: claim, unclaim, complete, return (退回) and transfer (转办). */
export function registerTaskUpdates(rt: ProcedureRuntime): void {
  registerLockedUpdate(rt, claimTask, checkClaim, (ref) => claim(rt, ref));
  registerLockedUpdate(rt, unclaimTask, checkUnclaim, (ref) => unclaim(rt, ref));
  registerLockedUpdate(rt, completeTask, checkComplete, (input) => complete(rt, input));
  registerLockedUpdate(rt, returnTask, checkReturn, (input) => returnTo(rt, input));
  registerLockedUpdate(rt, transferTask, checkTransfer, (input) => transfer(rt, input));
}

function taskOf(rt: ProcedureRuntime, taskKey: string): LiveTask {
  const task = rt.task(taskKey);
  if (!task) throw new Error(`task ${taskKey} vanished after its check`);
  return task;
}

export async function claim(rt: ProcedureRuntime, { taskKey, actor }: TaskRef): Promise<void> {
  const task = taskOf(rt, taskKey);
  task.state = 'CLAIMED';
  task.assigneeId = actor.userId;
  await syncTask(rt, task, actor);
  await recordEvent(rt, 'task.claimed', { taskKey, nodeId: task.nodeId }, actor);
}

async function unclaim(rt: ProcedureRuntime, { taskKey, actor }: TaskRef): Promise<void> {
  const task = taskOf(rt, taskKey);
  task.state = 'OPEN';
  task.assigneeId = undefined;
  await syncTask(rt, task);
  await recordEvent(rt, 'task.unclaimed', { taskKey, nodeId: task.nodeId }, actor);
}

/** A rejection by any department of a `$co` activation decides it; otherwise the latest decision stands. */
function groupDecision(decisions: string[]): string {
  return decisions.includes('reject') ? 'reject' : decisions[decisions.length - 1];
}

/** Who completed the step, for separation of duties at later steps. */
function recordHandler(rt: ProcedureRuntime, nodeId: string, userId: string): void {
  const handlers = (rt.memory.handlers ??= {});
  handlers[nodeId] = [...new Set([...(handlers[nodeId] ?? []), userId])];
}

export async function complete(rt: ProcedureRuntime, input: CompleteTaskInput): Promise<void> {
  const { taskKey, actor, decision, comment, formData, submission } = input;
  const task = taskOf(rt, taskKey);
  const group = groupOf(rt, task);
  group.decisions.push(decision);
  rt.state.decisions[task.nodeId] = groupDecision(group.decisions);
  rt.state.lastDecision = rt.state.decisions[task.nodeId];
  if (formData) Object.assign(rt.state.form, formData);
  const node = rt.node(task.nodeId);
  if (node.type === 'userTask') applyTaskOutputs(rt, node, task.variables);
  recordHandler(rt, task.nodeId, actor.userId);
  // with a submission the opinion and the values are in its row: the history holds its id, never the text
  const said = submission ? { submissionId: submission.id } : { comment, formData };
  await closeTask(rt, task, { status: 'COMPLETED', actor, decision, ...said });
  const noted = submission ? { submissionId: submission.id } : { comment };
  await recordEvent(rt, 'task.completed', { taskKey, nodeId: task.nodeId, decision, ...noted }, actor);
  if (tasksOfGroup(rt, group.id).length > 0) return;
  endGroup(rt, group.id);
  // an instance of a multi-instance task (the group is its token's): its result is the group's decision
  const instance = { id: group.id, nodeId: group.nodeId, scope: group.scope };
  if (await completeInstance(rt, instance, rt.state.decisions[group.nodeId])) return;
  await leaveNode(rt, { nodeId: group.nodeId, scope: group.scope, path: [...group.path, group.nodeId] });
}

/**
 * 退回: the activation's tasks close and the earlier step opens again as a new token, its path cut back to there.
 * Everything else in the scope that came through that step is rewound with it (the other branches of a parallel
 * split after it, a token waiting at their join), so the step runs on from there once.
 */
async function returnTo(rt: ProcedureRuntime, input: ReturnTaskInput): Promise<void> {
  const { taskKey, actor, toNodeId, comment } = input;
  const task = taskOf(rt, taskKey);
  const group = groupOf(rt, task);
  await closeTask(rt, task, { status: 'CANCELLED', actor, comment });
  await cancelGroup(rt, group.id, comment, actor);
  // from one instance of a multi-instance task the whole activity goes back, its other instances withdrawn
  const body = bodyOf(rt, group);
  if (body) await withdraw(rt, [body], comment, actor);
  const scope = body ? body.scope : group.scope;
  if (patched(RETURN_REWINDS_SCOPE)) {
    await withdraw(
      rt,
      tokensIn(rt, scope).filter((token) => token.path.includes(toNodeId)),
      comment,
      actor,
    );
  }
  await recordEvent(rt, 'task.returned', { taskKey, fromNodeId: group.nodeId, toNodeId, comment }, actor);
  const path = group.path.slice(0, group.path.lastIndexOf(toNodeId));
  await arrive(rt, { id: rt.nextTokenId(), nodeId: toNodeId, scope, path });
}

/** 转办: to another department (the task opens there) and/or to a named user (who then holds it). */
async function transfer(rt: ProcedureRuntime, input: TransferTaskInput): Promise<void> {
  const { taskKey, actor, toDepartmentCode, toUserId, comment } = input;
  const task = taskOf(rt, taskKey);
  const from = { departmentCode: task.candidateDepartmentCode, assigneeId: task.assigneeId };
  if (toDepartmentCode) {
    task.candidateDepartmentCode = toDepartmentCode;
    task.assigneeId = undefined;
    if (task.state !== 'SUSPENDED') task.state = 'OPEN';
  }
  if (toUserId) {
    task.assigneeId = toUserId;
    if (task.state !== 'SUSPENDED') task.state = 'CLAIMED';
  }
  await syncTask(rt, task, actor);
  await recordEvent(
    rt,
    'task.transferred',
    {
      taskKey,
      nodeId: task.nodeId,
      from,
      to: { departmentCode: task.candidateDepartmentCode, assigneeId: task.assigneeId },
      comment,
    },
    actor,
  );
}
