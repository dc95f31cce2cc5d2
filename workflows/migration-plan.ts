/**
 * The dry run of a version migration, for one running matter: what happens to each token, open task, timer and
 * pause, or why the matter cannot be migrated. Pure: the API's dry run and the workflow's validator run the same
 * function on the same view, so what the console promises is what the Update does.
 */
import type { ProcedurePlan, UserTaskNode } from '../bpmn/plan';
import { candidateDepartments } from './candidates';
import {
  keepsActivityTimer,
  newActivityTimers,
  tellRunningActivities,
  type ActivityPass,
  type ActivityTimer,
} from './migration-boundaries';
import type { ElementMapping, MigrationView } from './migration-contract';
import {
  CURRENT_RULES,
  joinFlowOn,
  mappedId,
  nameOf,
  note,
  tokenProblem,
  type MigrationNote,
  type MigrationRules,
} from './migration-tokens';

export { mappedId, type MigrationNote } from './migration-tokens';

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
  /** the same for a call activity or sub-process: armed on its token */
  newActivityTimers: ActivityTimer[];
  /** token id → the target join's flow it arrived by, for a branch waiting at a join whose flow ids changed */
  joinFlows: Record<string, string>;
}

const sameCandidates = (a: UserTaskNode, b: UserTaskNode) =>
  (a.candidateDepartment ?? '') === (b.candidateDepartment ?? '') && a.candidateRole === b.candidateRole;

/** What a migration from `source` to `target` with `mapping` does to the matter the view shows. */
export function assessMigration(
  view: MigrationView,
  source: ProcedurePlan,
  target: ProcedurePlan,
  mapping: ElementMapping,
  rules: MigrationRules = CURRENT_RULES,
): MigrationAssessment {
  const result: MigrationAssessment = {
    migratable: false,
    refusals: [],
    outcome: [],
    tokenTargets: {},
    reopened: [],
    droppedTimers: [],
    newBoundaryTimers: [],
    newActivityTimers: [],
    joinFlows: {},
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

  const tokens = new Map(view.tokens.map((token) => [token.id, token]));
  const ctx = { source, target, mapping, tokens, rules };
  for (const token of view.tokens) {
    const from = source.nodes[token.nodeId];
    const toId = mappedId(mapping, token.nodeId);
    const to = target.nodes[toId];
    const problem = tokenProblem(token, ctx);
    if (problem) {
      refuse(problem);
      continue;
    }
    result.tokenTargets[token.id] = toId;
    if (rules.inScopes && token.wait?.kind === 'join' && from && to) {
      const flowId = joinFlowOn(token.wait.flowId ?? from.incoming[0], ctx, to);
      if (flowId && flowId !== token.wait.flowId) result.joinFlows[token.id] = flowId;
    }
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
    // an instance's department comes from its element of the collection: another rule cannot be read here
    if (from.multiInstance || to.multiInstance) {
      refuse(
        note(
          'CANDIDATES_DIFFER',
          `多实例待办${where}的办理人范围在目标版本中不同：无法保留各实例的待办`,
          `who may do the multi-instance task "${task.name}" differs in the target version: its instances cannot be kept`,
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

  const activities: ActivityPass = { view, source, target, tokenTargets: result.tokenTargets, tell };
  tellRunningActivities(activities);
  const keepsTaskTimer = (groupId: string, boundaryId: string) => {
    const group = view.groups.find((g) => g.id === groupId);
    const toNode = group ? target.nodes[mappedId(mapping, group.nodeId)] : undefined;
    return toNode?.type === 'userTask' && toNode.boundaryTimerIds.includes(boundaryId);
  };
  for (const timer of view.timers) {
    const on = timer.target;
    if (on.kind === 'eventSubProcess') {
      keepStartTimer(timer.key, on.nodeId, timer.fireAt);
      continue;
    }
    const followsTarget = on.kind === 'boundary' || (on.kind === 'callBoundary' && rules.calls);
    if (!followsTarget) {
      tell(note('TIMER_KEPT', `定时器按原到期时间 ${timer.fireAt} 重新设置`, `timer re-armed at ${timer.fireAt}`));
      continue;
    }
    const { boundaryId } = on;
    if (on.kind === 'boundary' ? keepsTaskTimer(on.groupId, boundaryId) : keepsActivityTimer(activities, timer))
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
  const added = (boundaryId: string) =>
    tell(
      note(
        'TIMER_ADDED',
        `新增边界定时器“${boundaryId}”自迁移时起计时`,
        `new boundary timer "${boundaryId}" runs from the migration on`,
      ),
    );
  for (const group of view.groups) {
    const fromNode = source.nodes[group.nodeId];
    const toNode = target.nodes[mappedId(mapping, group.nodeId)];
    if (toNode?.type !== 'userTask') continue;
    const had = fromNode?.type === 'userTask' ? fromNode.boundaryTimerIds : [];
    for (const boundaryId of toNode.boundaryTimerIds.filter((id) => !had.includes(id))) {
      result.newBoundaryTimers.push({ groupId: group.id, boundaryId });
      added(boundaryId);
    }
  }
  if (rules.calls) result.newActivityTimers = newActivityTimers(activities);
  for (const { boundaryId } of result.newActivityTimers) added(boundaryId);

  if (view.suspended)
    tell(note('PAUSE_KEPT', '补正暂停保留，时限继续停止计时', 'the 补正 pause is kept: the clock stays stopped'));
  for (const stop of view.clockStops)
    tell(note('CLOCK_STOP_KEPT', `停止计时（${stop.kind}）保留`, `the clock stop (${stop.kind}) is kept`));
  result.migratable = result.refusals.length === 0;
  return result;
}
