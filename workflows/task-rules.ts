/**
 * The checks behind every update: run once as the update's validator (a rejected update leaves no trace in
 * history) and again under the lock, because the state may have moved while the update waited for its turn.
 */
import { designedFormProblems } from '../bpmn/form-schema';
import type { FormValue } from '../bpmn/form-values';
import { TASK_DECISIONS } from '../bpmn/plan';
import { deliveryFormProblem } from '../domain/delivery';
import { EXTENSIONS_ALLOWED, EXTENSION_MAX_WORKING_DAYS } from '../domain/legal-limits';
import { awaitedByCompensation } from './compensation';
import { illegalMove } from './illegal-move';
import { messageWaits, notAwaitedReason } from './message-waits';
import type {
  Actor,
  CompleteTaskInput,
  ExtendInput,
  LiveTask,
  MessageInput,
  ReturnTaskInput,
  SupplementInput,
  TaskRef,
  TransferTaskInput,
} from './procedure-contract';
import type { ProcedureRuntime } from './runtime';
import { groupOf } from './user-tasks';

export function requireRunning(rt: ProcedureRuntime): void {
  if (rt.finished) throw illegalMove('PROCEDURE_FINISHED', '办件已办结', 'procedure finished');
}

function requireNotSuspended(rt: ProcedureRuntime): void {
  if (rt.state.status === 'SUSPENDED')
    throw illegalMove('MATTER_SUSPENDED', '办件已中止，等待补正', 'matter suspended awaiting supplement');
}

function requireTask(rt: ProcedureRuntime, taskKey: string): LiveTask {
  const task = rt.task(taskKey);
  if (!task) throw illegalMove('TASK_NOT_FOUND', '任务不存在', 'task not found');
  return task;
}

/**
 * Separation of duties (`distinctFrom` of the step): nobody who completed one of the named steps of this matter may
 * do this one. Steps completed before the rule was recorded (runs started earlier) are not known, and do not count.
 */
function requireDistinct(rt: ProcedureRuntime, task: LiveTask, userId: string): void {
  const node = rt.node(task.nodeId);
  if (node.type !== 'userTask' || !node.distinctFrom) return;
  const handled = node.distinctFrom.filter((id) => rt.memory.handlers?.[id]?.includes(userId));
  if (handled.length === 0) return;
  const names = handled.map((id) => rt.input.plan.nodes[id]?.name ?? id);
  throw illegalMove(
    'SEPARATION_OF_DUTIES',
    `“${task.name}”须由未办理过“${names.join('”“')}”的人员办理`,
    `"${task.name}" must be done by someone who did not do "${names.join('", "')}" of this matter`,
  );
}

function requireCandidate(task: LiveTask, actor: Actor): void {
  if (task.candidateDepartmentCode && actor.departmentCode !== task.candidateDepartmentCode) {
    throw illegalMove('NOT_CANDIDATE_DEPARTMENT', '不是该任务的候选部门', 'actor is not in the candidate department');
  }
  if (task.candidateRole && !actor.roles.includes(task.candidateRole)) {
    throw illegalMove('NOT_CANDIDATE_ROLE', '不具备该任务要求的角色', 'actor lacks the candidate role');
  }
}

/** A task in hand: open or claimed, the actor a candidate, and, once claimed, the assignee. */
function requireHandler(rt: ProcedureRuntime, { taskKey, actor }: TaskRef): LiveTask {
  requireRunning(rt);
  requireNotSuspended(rt);
  const task = requireTask(rt, taskKey);
  if (task.state !== 'OPEN' && task.state !== 'CLAIMED')
    throw illegalMove('TASK_NOT_OPEN', '任务不在办理状态', 'task is not open or claimed');
  requireCandidate(task, actor);
  if (task.state === 'CLAIMED' && task.assigneeId !== actor.userId) {
    throw illegalMove('CLAIMED_BY_ANOTHER', '任务已由他人认领', 'task is claimed by someone else');
  }
  return task;
}

export function checkClaim(rt: ProcedureRuntime, ref: TaskRef): LiveTask {
  requireRunning(rt);
  requireNotSuspended(rt);
  const task = requireTask(rt, ref.taskKey);
  if (task.state === 'CLAIMED') throw illegalMove('ALREADY_CLAIMED', '任务已被认领', 'task already claimed');
  if (task.state !== 'OPEN') throw illegalMove('TASK_NOT_OPEN', '任务不在办理状态', 'task is not open');
  requireCandidate(task, ref.actor);
  requireDistinct(rt, task, ref.actor.userId);
  return task;
}

export function checkUnclaim(rt: ProcedureRuntime, ref: TaskRef): LiveTask {
  const task = requireHandler(rt, ref);
  if (task.state !== 'CLAIMED') throw illegalMove('NOT_CLAIMED', '任务未被认领', 'task is not claimed');
  return task;
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export function checkComplete(rt: ProcedureRuntime, input: CompleteTaskInput): LiveTask {
  const task = requireHandler(rt, input);
  if (isBlank(input.decision)) throw illegalMove('DECISION_MISSING', '缺少办理结论', 'decision missing');
  if (!(TASK_DECISIONS as readonly string[]).includes(input.decision)) {
    throw illegalMove(
      'DECISION_UNKNOWN',
      `办理结论无效：${input.decision}`,
      `unknown decision: ${input.decision} (allowed: ${TASK_DECISIONS.join(', ')})`,
    );
  }
  const filled = (key: string) =>
    input.submission?.filled.includes(key) || !isBlank(input.formData?.[key]) || !isBlank(rt.state.form[key]);
  const node = rt.node(task.nodeId);
  if (node.type === 'userTask' && node.designedForm) checkDesignedForm(task, input, filled);
  const missing = task.formFields.filter((field) => field.required && !filled(field.key)).map((field) => field.key);
  if (missing.length > 0)
    throw illegalMove(
      'FORM_FIELDS_MISSING',
      `缺少必填项：${missing.join('、')}`,
      `required form fields missing: ${missing.join(', ')}`,
    );
  if (node.type === 'userTask' && node.opinionRequired && !input.submission?.opinion && isBlank(input.comment)) {
    const label = node.opinionLabel ?? '办理意见';
    throw illegalMove('OPINION_MISSING', `请填写${label}`, `the step's opinion (${label}) is required`);
  }
  requireDistinct(rt, task, input.actor.userId);
  // with a submission the values stay in PostgreSQL: the API checked the waybill before writing it
  const delivery =
    task.stepKind === 'deliver' && !input.submission ? deliveryFormProblem(input.formData ?? {}) : undefined;
  if (delivery) throw illegalMove(delivery.code, delivery.zh, delivery.en);
  return task;
}

/**
 * A form designed with form-js: the values the Update carries (with a submission, only those conditions read; the
 * API checked them all before writing it) against the form's rules, its required fields against what is filled.
 */
function checkDesignedForm(task: LiveTask, input: CompleteTaskInput, filled: (key: string) => boolean): void {
  const values = (input.formData ?? {}) as Record<string, FormValue>;
  const problems = designedFormProblems(
    task.formFields,
    values,
    task.formFields.map((f) => f.key).filter((key) => values[key] === undefined && filled(key)),
  );
  if (problems.length > 0)
    throw illegalMove(
      'FORM_VALUES_INVALID',
      problems.map((p) => p.zh).join('；'),
      problems.map((p) => p.en).join('; '),
    );
}

export function checkReturn(rt: ProcedureRuntime, input: ReturnTaskInput): LiveTask {
  const task = requireHandler(rt, input);
  if (isBlank(input.comment)) throw illegalMove('RETURN_REASON_MISSING', '退回须说明理由', 'a return needs a reason');
  if (awaitedByCompensation(rt, task.nodeId, groupOf(rt, task).scope))
    throw illegalMove(
      'RETURN_FROM_COMPENSATION',
      '补偿处理任务不能退回：补偿事件正在等待它完成',
      'a compensation handler task cannot be returned: the compensation event waits for it to complete',
    );
  const target = rt.input.plan.nodes[input.toNodeId];
  const onPath = groupOf(rt, task).path.includes(input.toNodeId);
  if (!target || target.type !== 'userTask' || !onPath) {
    throw illegalMove(
      'RETURN_TARGET_NOT_ON_PATH',
      '退回目标不是本任务之前经过的环节',
      'return target is not an earlier user task on the path',
    );
  }
  if (target.parentId !== rt.node(task.nodeId).parentId) {
    throw illegalMove(
      'RETURN_TARGET_IN_OTHER_SCOPE',
      '退回目标与本任务不在同一子流程内',
      'return target is not in the same sub-process as this task',
    );
  }
  return task;
}

export function checkTransfer(rt: ProcedureRuntime, input: TransferTaskInput): LiveTask {
  const task = input.authority ? requireTransferAuthority(rt, input) : requireHandler(rt, input);
  if (isBlank(input.toDepartmentCode) && isBlank(input.toUserId)) {
    throw illegalMove('TRANSFER_TARGET_MISSING', '须指定转办部门或人员', 'a transfer needs a department or a user');
  }
  if (input.toUserId) requireDistinct(rt, task, input.toUserId);
  return task;
}

/** 督办 reassignment by a manager, or AB岗 take-over by a candidate backup for themselves. */
function requireTransferAuthority(rt: ProcedureRuntime, input: TransferTaskInput): LiveTask {
  requireRunning(rt);
  const task = requireTask(rt, input.taskKey);
  if (task.state !== 'OPEN' && task.state !== 'CLAIMED' && task.state !== 'SUSPENDED')
    throw illegalMove('TASK_NOT_OPEN', '任务不在办理状态', 'task is not open or claimed');
  if (input.authority === 'SUPERVISOR' && !input.actor.roles.includes('MANAGER')) {
    throw illegalMove('REASSIGN_NEEDS_MANAGER', '只有管理人员可以改派', 'only a manager may reassign');
  }
  if (input.authority === 'BACKUP') {
    requireCandidate(task, input.actor);
    if (input.toUserId !== input.actor.userId)
      throw illegalMove(
        'BACKUP_TAKES_FOR_SELF',
        'B 岗只能接办给自己',
        'a backup takes a task over for themselves only',
      );
  }
  return task;
}

export function checkSupplement(rt: ProcedureRuntime, input: SupplementInput): LiveTask {
  const task = requireHandler(rt, input);
  if (isBlank(input.reason))
    throw illegalMove('SUPPLEMENT_REASON_MISSING', '补正须说明理由', 'a supplement request needs a reason');
  if (!Array.isArray(input.missing) || input.missing.filter((item) => !isBlank(item)).length === 0) {
    throw illegalMove(
      'SUPPLEMENT_MATERIALS_MISSING',
      '须一次性列明需补正的材料',
      'list every missing material at once',
    );
  }
  return task;
}

export function checkMessage(rt: ProcedureRuntime, input: MessageInput): void {
  requireRunning(rt);
  if (isBlank(input.name)) throw illegalMove('MESSAGE_NAME_MISSING', '缺少消息名称', 'message name missing');
  if (input.onlyIfAwaited && !messageWaits(rt).some((wait) => wait.name === input.name))
    throw notAwaited(rt, input.name);
}

function notAwaited(rt: ProcedureRuntime, name: string) {
  const { zh, en } = notAwaitedReason(name, messageWaits(rt));
  return illegalMove('MESSAGE_NOT_AWAITED', zh, en);
}

export function checkExtend(rt: ProcedureRuntime, input: ExtendInput): void {
  requireRunning(rt);
  if ((rt.memory.extensionsGranted ?? 0) >= EXTENSIONS_ALLOWED)
    throw illegalMove(
      'EXTENSION_ALREADY_GRANTED',
      '办理期限已延长过一次，依法不得再次延长（行政许可法第四十二条）',
      'the time limit has already been extended once: Licensing Law art. 42 allows one extension',
    );
  if (!Number.isInteger(input.workingDays) || input.workingDays < 1 || input.workingDays > EXTENSION_MAX_WORKING_DAYS) {
    throw illegalMove(
      'EXTENSION_OUT_OF_RANGE',
      `延长天数须为 1 至 ${EXTENSION_MAX_WORKING_DAYS} 个工作日`,
      `extension must be 1 to ${EXTENSION_MAX_WORKING_DAYS} working days`,
    );
  }
  if (isBlank(input.reason))
    throw illegalMove('EXTENSION_REASON_MISSING', '延长须说明理由', 'an extension needs a reason');
}
