/**
 * The dry run of a version migration, for one running matter: what happens to each token, open task, timer and
 * pause, or why the matter cannot be migrated. Pure: the API's dry run and the workflow's validator run the same
 * function on the same view, so what the console promises is what the Update does.
 */
import type { PlanNode, ProcedurePlan, UserTaskNode } from '../bpmn/plan';
import { candidateDepartments } from './candidates';
import type { Token } from './interpreter-types';
import type { ElementMapping, MigrationView } from './migration-contract';

/** One line of what happens, or why not: a stable code and the text in Chinese and English. */
export interface MigrationNote {
  code: string;
  zh: string;
  en: string;
}

/** A task whose element changed who may do it: it is reopened (claim released) for this department. */
export interface ReopenedTask {
  taskKey: string;
  departmentCode?: string;
}

export interface MigrationAssessment {
  migratable: boolean;
  /** why not (empty when migratable) */
  refusals: MigrationNote[];
  /** what happens, token by token, task by task */
  outcome: MigrationNote[];
  /** token id → target element id, for every token */
  tokenTargets: Record<string, string>;
  reopened: ReopenedTask[];
  /** keys of boundary timers the target element no longer has: cancelled */
  droppedTimers: string[];
  /** boundary timers the target element has and the source had not: armed from the migration on */
  newBoundaryTimers: Array<{ groupId: string; boundaryId: string }>;
}

const note = (code: string, zh: string, en: string): MigrationNote => ({ code, zh, en });
const nameOf = (node: PlanNode | undefined, id: string) => node?.name ?? id;

/** The target element of a source element: the mapping's, else the same id. */
export const mappedId = (mapping: ElementMapping, sourceId: string) => mapping[sourceId] ?? sourceId;

const WAIT_ZH: Record<string, string> = {
  service: '服务调用',
  subProcess: '子流程',
  multiInstance: '多实例',
  race: '事件网关',
  inclusiveJoin: '包容网关汇聚',
  stuck: '人工处理（流程卡住）',
  incident: '故障处理',
};

/** Why a token cannot stand on the target element, or undefined when it can. */
function tokenProblem(
  token: Token,
  from: PlanNode | undefined,
  to: PlanNode | undefined,
  toId: string,
): MigrationNote | undefined {
  const name = nameOf(from, token.nodeId);
  if (token.scope !== '' || from?.parentId !== undefined)
    return note(
      'IN_SUB_PROCESS',
      `环节“${name}”位于子流程内：暂不支持迁移子流程中的办件`,
      `"${name}" is inside a sub-process: matters there are not migrated yet`,
    );
  if (token.locals || token.multiInstance || (from && 'multiInstance' in from && from.multiInstance))
    return note(
      'IN_MULTI_INSTANCE',
      `环节“${name}”是多实例（会签）环节：暂不支持迁移`,
      `"${name}" is a multi-instance activity: it is not migrated yet`,
    );
  if (!to)
    return note(
      'ELEMENT_GONE',
      `环节“${name}”在目标版本中不存在，且未映射到其他环节`,
      `"${name}" (${token.nodeId}) does not exist in the target version and is not mapped`,
    );
  const toName = nameOf(to, toId);
  if (to.parentId !== undefined || ('multiInstance' in to && to.multiInstance))
    return note(
      'SCOPE_DIFFERS',
      `环节“${name}”映射到的“${toName}”位于子流程或多实例中，作用域不同`,
      `"${name}" is mapped to "${toName}", which is inside a sub-process or a multi-instance: the scope differs`,
    );
  const wait = token.wait?.kind;
  const typeFits =
    (wait === 'task' && to.type === 'userTask') ||
    (wait === 'timer' && to.type === 'timerCatch') ||
    (wait === 'message' && to.type === 'messageCatch') ||
    (wait === 'join' && to.type === 'parallelGateway');
  if (wait && WAIT_ZH[wait])
    return note(
      'WAIT_NOT_MIGRATED',
      `环节“${name}”正在等待${WAIT_ZH[wait]}：暂不支持迁移，请待其完成后再迁移`,
      `"${name}" waits for ${wait}: not migrated yet, migrate once it is done`,
    );
  if (!typeFits)
    return note(
      'TYPE_DIFFERS',
      `环节“${name}”映射到的“${toName}”类型不同（${from?.type ?? '?'} → ${to.type}）`,
      `"${name}" is mapped to "${toName}" of another type (${from?.type ?? '?'} → ${to.type})`,
    );
  if (token.wait?.kind === 'message' && to.type === 'messageCatch' && to.message !== token.wait.name)
    return note(
      'MESSAGE_DIFFERS',
      `环节“${name}”等待的消息“${token.wait.name}”在“${toName}”中变为“${to.message}”`,
      `"${name}" waits for the message "${token.wait.name}", "${toName}" for "${to.message}"`,
    );
  if (token.wait?.kind === 'join' && from?.type === 'parallelGateway') {
    const same = [...from.incoming].sort().join() === [...to.incoming].sort().join();
    if (!same || !to.incoming.includes(token.wait.flowId ?? ''))
      return note(
        'JOIN_BRANCHES_DIFFER',
        `汇聚“${name}”的其他分支在目标版本中不同：无法保留已到达的分支`,
        `the join "${name}" has other branches in the target version: the branches that arrived cannot be kept`,
      );
  }
  return undefined;
}

const sameCandidates = (a: UserTaskNode, b: UserTaskNode) =>
  (a.candidateDepartment ?? '') === (b.candidateDepartment ?? '') && a.candidateRole === b.candidateRole;

/** What a migration from `source` to `target` with `mapping` does to the matter the view shows. */
export function assessMigration(
  view: MigrationView,
  source: ProcedurePlan,
  target: ProcedurePlan,
  mapping: ElementMapping,
): MigrationAssessment {
  const result: MigrationAssessment = {
    migratable: false,
    refusals: [],
    outcome: [],
    tokenTargets: {},
    reopened: [],
    droppedTimers: [],
    newBoundaryTimers: [],
  };
  const refuse = (n: MigrationNote) => result.refusals.push(n);
  const tell = (n: MigrationNote) => result.outcome.push(n);
  // an event sub-process's timer start stays when the target version has the same timer-started event sub-process
  const keepStartTimer = (key: string, nodeId: string, fireAt: string) => {
    const toNode = target.nodes[nodeId];
    if (toNode?.type === 'subProcess' && toNode.trigger?.kind === 'timer')
      return tell(
        note(
          'TIMER_KEPT',
          `事件子流程“${nodeId}”的定时器按原到期时间 ${fireAt} 重新设置`,
          `the timer of the event sub-process "${nodeId}" re-armed at ${fireAt}`,
        ),
      );
    result.droppedTimers.push(key);
    tell(
      note(
        'TIMER_DROPPED',
        `事件子流程“${nodeId}”的定时器在目标版本中已删除，取消`,
        `the timer of the event sub-process "${nodeId}" is gone in the target version: cancelled`,
      ),
    );
  };
  if (view.finished)
    refuse(note('MATTER_FINISHED', '办件已结束，无需迁移', 'the matter has ended: nothing to migrate'));
  if (view.openIncidents > 0)
    refuse(
      note(
        'MATTER_HAS_INCIDENT',
        '办件有未处理的故障：请先在故障处理中处理，再迁移',
        'the matter has an open incident: resolve it first, then migrate',
      ),
    );
  for (const [fromId, toId] of Object.entries(mapping))
    if (!target.nodes[toId])
      refuse(
        note(
          'MAPPING_TARGET_UNKNOWN',
          `映射目标“${toId}”（源环节 ${fromId}）在目标版本中不存在`,
          `the mapping target "${toId}" (of ${fromId}) does not exist in the target version`,
        ),
      );

  for (const token of view.tokens) {
    const from = source.nodes[token.nodeId];
    const toId = mappedId(mapping, token.nodeId);
    const to = target.nodes[toId];
    const problem = tokenProblem(token, from, to, toId);
    if (problem) {
      refuse(problem);
      continue;
    }
    result.tokenTargets[token.id] = toId;
    if (token.wait?.kind !== 'task')
      tell(
        note(
          'TOKEN_MOVED',
          `办理位置“${nameOf(from, token.nodeId)}” → “${nameOf(to, toId)}”`,
          `token at "${nameOf(from, token.nodeId)}" → "${nameOf(to, toId)}"`,
        ),
      );
  }

  for (const task of view.tasks) {
    const toId = result.tokenTargets[task.tokenId];
    const from = source.nodes[task.nodeId];
    const to = toId ? target.nodes[toId] : undefined;
    if (from?.type !== 'userTask' || to?.type !== 'userTask') continue;
    const where = `“${task.name}” → “${nameOf(to, toId)}”`;
    if (sameCandidates(from, to)) {
      const holder = task.assigneeId ? '，签收人不变' : '';
      tell(
        note(
          'TASK_KEPT',
          `待办${where}保留${holder}`,
          `open task "${task.name}" → "${nameOf(to, toId)}" kept${task.assigneeId ? ' with its holder' : ''}`,
        ),
      );
      continue;
    }
    const departments = candidateDepartments(to.candidateDepartment, view.matter);
    if (departments.length !== 1) {
      refuse(
        note(
          'CANDIDATES_DIFFER',
          `待办${where}的办理部门在目标版本中变为多个：暂不支持迁移`,
          `the task "${task.name}" would be for several departments in the target version: not migrated yet`,
        ),
      );
      continue;
    }
    result.reopened.push({ taskKey: task.taskKey, departmentCode: departments[0] });
    tell(
      note(
        'TASK_REOPENED',
        `待办${where}的办理人范围已变，重新开放待签收${departments[0] ? `（${departments[0]}）` : ''}`,
        `open task "${task.name}" → "${nameOf(to, toId)}": who may do it changed, reopened for claiming`,
      ),
    );
  }

  for (const timer of view.timers) {
    if (timer.target.kind === 'eventSubProcess') {
      keepStartTimer(timer.key, timer.target.nodeId, timer.fireAt);
      continue;
    }
    if (timer.target.kind !== 'boundary') {
      tell(note('TIMER_KEPT', `定时器按原到期时间 ${timer.fireAt} 重新设置`, `timer re-armed at ${timer.fireAt}`));
      continue;
    }
    const { boundaryId, groupId } = timer.target;
    const group = view.groups.find((g) => g.id === groupId);
    const toNode = group ? target.nodes[mappedId(mapping, group.nodeId)] : undefined;
    if (toNode?.type === 'userTask' && toNode.boundaryTimerIds.includes(boundaryId))
      tell(
        note(
          'TIMER_KEPT',
          `边界定时器“${boundaryId}”按原到期时间 ${timer.fireAt} 重新设置`,
          `boundary timer "${boundaryId}" re-armed at ${timer.fireAt}`,
        ),
      );
    else {
      result.droppedTimers.push(timer.key);
      tell(
        note(
          'TIMER_DROPPED',
          `边界定时器“${boundaryId}”在目标版本中已删除，取消`,
          `boundary timer "${boundaryId}" is gone in the target version: cancelled`,
        ),
      );
    }
  }
  for (const group of view.groups) {
    const fromNode = source.nodes[group.nodeId];
    const toNode = target.nodes[mappedId(mapping, group.nodeId)];
    if (toNode?.type !== 'userTask') continue;
    const had = fromNode?.type === 'userTask' ? fromNode.boundaryTimerIds : [];
    for (const boundaryId of toNode.boundaryTimerIds.filter((id) => !had.includes(id))) {
      result.newBoundaryTimers.push({ groupId: group.id, boundaryId });
      tell(
        note(
          'TIMER_ADDED',
          `新增边界定时器“${boundaryId}”自迁移时起计时`,
          `new boundary timer "${boundaryId}" runs from the migration on`,
        ),
      );
    }
  }

  if (view.suspended)
    tell(note('PAUSE_KEPT', '补正暂停保留，时限继续停止计时', 'the 补正 pause is kept: the clock stays stopped'));
  for (const stop of view.clockStops)
    tell(note('CLOCK_STOP_KEPT', `停止计时（${stop.kind}）保留`, `the clock stop (${stop.kind}) is kept`));
  result.migratable = result.refusals.length === 0;
  return result;
}
