import type { UserTaskNode } from '../bpmn/plan';
import { candidateDepartments } from './candidates';
import { recordEvent } from './events';
import { taskInputs } from './io-mappings';
import { localsOf } from './multi-instance';
import { armPlanTimer } from './timer-values';
import { boundaryTimerKey } from './boundary-index';
import { conditionScope } from './token-engine';
import type { TaskGroup, Token } from './interpreter-types';
import type { Actor, LiveTask } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';

/**
 * Opens the tasks of a user-task node for the arriving token: one per candidate department, its step due time,
 * the rows (syncTask) and the node's boundary timers. Returns false when there is nobody to open a task for
 * (`$co` on a matter without co-departments), and the token passes on.
 */
export async function openTaskGroup(
  rt: ProcedureRuntime,
  token: Token,
  node: UserTaskNode,
  departments = candidateDepartments(node.candidateDepartment, rt.matter, localsOf(rt, token)),
): Promise<boolean> {
  if (departments.length === 0) return false;
  const group: TaskGroup = { id: token.id, nodeId: node.id, scope: token.scope, path: token.path, decisions: [] };
  rt.groups.set(group.id, group);
  const now = rt.nowIso();
  const dueAt = node.timeLimitDays
    ? (await rt.io.stepDueAt({ fromIso: now, workingDays: node.timeLimitDays })).dueAt
    : undefined;
  const variables = taskInputs(rt, token, node);
  if (departments.length > 1) rt.tokens.delete(token.id);
  for (const departmentCode of departments) {
    const taskToken: Token = departments.length === 1 ? token : { ...token, id: rt.nextTokenId() };
    taskToken.groupId = group.id;
    taskToken.wait = { kind: 'task' };
    rt.tokens.set(taskToken.id, taskToken);
    const task: LiveTask = {
      taskKey: rt.taskKeyFor(taskToken.id),
      nodeId: node.id,
      tokenId: taskToken.id,
      name: node.name ?? node.id,
      stepKind: node.stepKind,
      candidateDepartmentCode: departmentCode,
      candidateRole: node.candidateRole,
      state: 'OPEN',
      formFields: node.formFields,
      ...(variables ? { variables } : {}),
      dueAt,
      createdAt: now,
    };
    rt.state.tasks.push(task);
    await syncTask(rt, task);
    await recordEvent(rt, 'task.opened', {
      taskKey: task.taskKey,
      nodeId: node.id,
      candidateDepartmentCode: departmentCode,
    });
  }
  await armBoundaryTimers(rt, group, node, token, now);
  return true;
}

/**
 * The activation's boundary timers, from when its tasks opened. A FEEL value was checked as the token arrived; one
 * that turns invalid since (a multi-instance task's later instance) is recorded, and that timer is not armed.
 */
async function armBoundaryTimers(
  rt: ProcedureRuntime,
  group: TaskGroup,
  node: UserTaskNode,
  token: Token,
  fromIso: string,
): Promise<void> {
  for (const boundaryId of node.boundaryTimerIds) {
    const boundary = rt.node(boundaryId);
    if (boundary.type !== 'boundaryTimer') continue;
    const problem = await armPlanTimer(
      rt,
      boundary.timer,
      conditionScope(rt, token),
      { key: boundaryTimerKey(group.id, boundaryId), target: { kind: 'boundary', boundaryId, groupId: group.id } },
      fromIso,
    );
    if (problem) await recordEvent(rt, 'timer.invalid', { nodeId: node.id, boundaryId, ...problem });
  }
}

/**
 * Writes the task's row; the row may come back with an assignee (AB岗 backup). `actor`: who moved the task; a task
 * someone takes for themselves stays theirs even while they are marked absent.
 */
export async function syncTask(rt: ProcedureRuntime, task: LiveTask, actor?: Actor): Promise<void> {
  const { assigneeId } = await rt.io.syncTask({
    matterId: rt.matter.matterId,
    task,
    status: task.state,
    actorId: actor?.userId,
    ...(rt.input.calledBy
      ? { owner: { workflowId: rt.workflowId, procedureVersionId: rt.input.calledBy.versionId } }
      : {}),
  });
  if (assigneeId) task.assigneeId = assigneeId;
}

export function groupOf(rt: ProcedureRuntime, task: LiveTask): TaskGroup {
  const groupId = rt.tokens.get(task.tokenId)?.groupId;
  const group = groupId ? rt.groups.get(groupId) : undefined;
  if (!group) throw new Error(`task ${task.taskKey} has no activation`);
  return group;
}

export function tasksOfGroup(rt: ProcedureRuntime, groupId: string): LiveTask[] {
  return rt.state.tasks.filter((task) => rt.tokens.get(task.tokenId)?.groupId === groupId);
}

export interface TaskClosing {
  status: 'COMPLETED' | 'CANCELLED';
  actor?: Actor;
  decision?: string;
  comment?: string;
  formData?: Record<string, unknown>;
  /** the StepSubmission whose opinion and values the row takes */
  submissionId?: string;
}

/** Removes the task and its token, and closes its row. */
export async function closeTask(rt: ProcedureRuntime, task: LiveTask, closing: TaskClosing): Promise<void> {
  const index = rt.state.tasks.indexOf(task);
  if (index >= 0) rt.state.tasks.splice(index, 1);
  rt.tokens.delete(task.tokenId);
  await rt.io.closeTask({
    taskKey: task.taskKey,
    status: closing.status,
    actorId: closing.actor?.userId,
    decision: closing.decision,
    comment: closing.comment,
    formData: closing.formData,
    ...(closing.submissionId ? { submissionId: closing.submissionId } : {}),
  });
}

/** The activation is over: its boundary timers are cancelled with it. */
export function endGroup(rt: ProcedureRuntime, groupId: string): void {
  rt.planTimers.cancelWhere((timer) => timer.target.kind === 'boundary' && timer.target.groupId === groupId);
  rt.groups.delete(groupId);
}

/** Cancels every task still open in the activation (interrupting timer, 退回, terminate). */
export async function cancelGroup(
  rt: ProcedureRuntime,
  groupId: string,
  comment: string,
  actor?: Actor,
): Promise<void> {
  endGroup(rt, groupId);
  for (const task of tasksOfGroup(rt, groupId)) {
    await closeTask(rt, task, { status: 'CANCELLED', comment, actor });
    await recordEvent(rt, 'task.cancelled', { taskKey: task.taskKey, nodeId: task.nodeId, comment }, actor);
  }
}
