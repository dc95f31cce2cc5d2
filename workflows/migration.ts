import { patched, setHandler } from '@temporalio/workflow';
import type { UserTaskNode } from '../bpmn/plan';
import { recordEvent } from './events';
import { illegalMove } from './illegal-move';
import { registerLockedUpdate } from './locked-update';
import {
  MIGRATION_ROLES,
  getMigrationView,
  migrateMatter,
  type ElementMapping,
  type MigrateMatterInput,
  type MigrationView,
} from './migration-contract';
import { assessMigration, mappedId, type MigrationAssessment } from './migration-plan';
import { CURRENT_RULES, type MigrationRules } from './migration-tokens';
import { MATTER_MIGRATION, MIGRATION_IN_SCOPES, MIGRATION_LOCAL_WRITES, MIGRATION_OF_CALLS } from './patches';
import type { ProcedureRuntime } from './runtime';
import { syncTask } from './user-tasks';
import { armPlanTimer } from './timer-values';
import { boundaryTimerKey } from './boundary-index';
import { conditionScope } from './token-engine';

/** The matter as a dry run needs it: tokens, activations, open tasks, armed timers and pauses. */
export function migrationView(rt: ProcedureRuntime): MigrationView {
  const { state } = rt;
  return JSON.parse(
    JSON.stringify({
      versionId: rt.input.versionId,
      status: state.status,
      finished: rt.finished,
      matter: rt.matter,
      tokens: [...rt.tokens.values()],
      groups: [...rt.groups.values()],
      tasks: state.tasks,
      timers: rt.planTimers.list(),
      suspended: state.status === 'SUSPENDED',
      clockStops: state.clockStops ?? [],
      openIncidents: state.incidents?.length ?? 0,
    }),
  ) as MigrationView;
}

export function registerMigration(rt: ProcedureRuntime): void {
  setHandler(getMigrationView, () => migrationView(rt));
  registerLockedUpdate(rt, migrateMatter, checkMigration, (input) => migrate(rt, input));
}

/** As validator and again under the lock: an admin or designer, the matter on the source version, every token mapped. */
export function checkMigration(
  rt: ProcedureRuntime,
  input: MigrateMatterInput,
  rules: MigrationRules = CURRENT_RULES,
): MigrationAssessment {
  if (!input?.actor?.roles?.some((role) => (MIGRATION_ROLES as readonly string[]).includes(role)))
    throw illegalMove(
      'MIGRATION_FORBIDDEN',
      '只有管理员或流程设计人员可以迁移办件',
      'only an admin or a designer migrates matters',
    );
  // a matter never migrated runs the version it was accepted on, which the API checked against its row
  if (rt.migrated || (rt.input.versionId !== undefined && rt.input.versionId !== input.fromVersionId))
    throw illegalMove(
      'MIGRATION_VERSION_MISMATCH',
      `该办件已不在源版本 v${input.fromVersion} 上，不能迁移`,
      `the matter is no longer on the source version v${input.fromVersion}`,
    );
  const assessment = assessMigration(migrationView(rt), rt.input.plan, input.plan, input.mapping ?? {}, rules);
  if (!assessment.migratable)
    throw illegalMove(
      'MIGRATION_UNMAPPABLE',
      assessment.refusals.map((r) => r.zh).join('；'),
      assessment.refusals.map((r) => r.en).join('; '),
    );
  return assessment;
}

const mapIds = (ids: string[], mapping: ElementMapping, exists: (id: string) => boolean) => [
  ...new Set(ids.map((id) => mappedId(mapping, id)).filter(exists)),
];

/** The migration's writes are local activities, unless the run recorded its migration before they were. */
async function migrate(rt: ProcedureRuntime, input: MigrateMatterInput): Promise<void> {
  patched(MATTER_MIGRATION);
  rt.localWrites = patched(MIGRATION_LOCAL_WRITES);
  try {
    await moveOnto(rt, input);
  } finally {
    rt.localWrites = false;
  }
}

/**
 * Puts every token on its target element (inside sub-processes and multi-instance bodies too: scopes and races are
 * named by token ids, which stay), updates the open tasks (and their rows) to their new elements, keeps the
 * timers at their instants, records the migration, then swaps the plan: the main loop continues as new on it.
 */
async function moveOnto(rt: ProcedureRuntime, input: MigrateMatterInput): Promise<void> {
  const rules = { inScopes: patched(MIGRATION_IN_SCOPES), calls: patched(MIGRATION_OF_CALLS) };
  const assessment = checkMigration(rt, input, rules);
  const { plan, mapping } = input;
  const exists = (id: string) => plan.nodes[id] !== undefined;
  for (const token of rt.tokens.values()) {
    token.nodeId = assessment.tokenTargets[token.id];
    const joinFlow = assessment.joinFlows[token.id];
    if (joinFlow && token.wait?.kind === 'join') token.wait.flowId = joinFlow;
    token.path = mapIds(token.path, mapping, exists);
  }
  for (const group of rt.groups.values()) {
    group.nodeId = mappedId(mapping, group.nodeId);
    group.path = mapIds(group.path, mapping, exists);
  }
  for (const task of rt.state.tasks) {
    const node = plan.nodes[assessment.tokenTargets[task.tokenId]] as UserTaskNode;
    Object.assign(task, {
      nodeId: node.id,
      name: node.name ?? node.id,
      stepKind: node.stepKind,
      candidateRole: node.candidateRole,
      formFields: node.formFields,
    });
    const reopened = assessment.reopened.find((r) => r.taskKey === task.taskKey);
    if (reopened) {
      task.assigneeId = undefined;
      task.candidateDepartmentCode = reopened.departmentCode;
      if (task.state !== 'SUSPENDED') task.state = 'OPEN';
    }
    await syncTask(rt, task, input.actor);
  }
  rt.planTimers.cancelWhere((timer) => assessment.droppedTimers.includes(timer.key));
  const newTimers = [
    ...assessment.newBoundaryTimers.map(({ groupId, boundaryId }) => ({
      key: boundaryTimerKey(groupId, boundaryId),
      target: { kind: 'boundary' as const, boundaryId, groupId },
    })),
    ...assessment.newActivityTimers.map(({ tokenId, boundaryId }) => ({
      key: boundaryTimerKey(tokenId, boundaryId),
      target: { kind: 'callBoundary' as const, boundaryId, tokenId },
    })),
  ];
  for (const armed of newTimers) {
    const boundary = plan.nodes[armed.target.boundaryId];
    if (boundary?.type !== 'boundaryTimer') continue;
    const problem = await armPlanTimer(rt, boundary.timer, conditionScope(rt), armed);
    if (problem)
      await recordEvent(rt, 'timer.invalid', { nodeId: boundary.attachedToId, boundaryId: boundary.id, ...problem });
  }
  const { state, memory } = rt;
  state.completedNodeIds = mapIds(state.completedNodeIds, mapping, exists);
  state.decisions = Object.fromEntries(Object.entries(state.decisions).map(([id, d]) => [mappedId(mapping, id), d]));
  if (memory.handlers)
    memory.handlers = Object.fromEntries(Object.entries(memory.handlers).map(([id, h]) => [mappedId(mapping, id), h]));
  const atIso = rt.nowIso();
  await rt.io.recordMigration({
    matterId: rt.matter.matterId,
    migrationId: input.migrationId,
    fromVersionId: input.fromVersionId,
    toVersionId: input.toVersionId,
    atIso,
  });
  await recordEvent(
    rt,
    'matter.migrated',
    {
      migrationId: input.migrationId,
      fromVersion: input.fromVersion,
      toVersion: input.toVersion,
      outcome: assessment.outcome,
    },
    input.actor,
  );
  // last, once every write went through (a refused one rolls the step back with the old plan in place)
  rt.input.plan = plan;
  rt.input.versionId = input.toVersionId;
  rt.migrated = true;
}
