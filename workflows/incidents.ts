import { patched } from '@temporalio/workflow';
import type { PlanNode } from '../bpmn/plan';
import { recordEvent } from './events';
import { illegalMove } from './illegal-move';
import {
  INCIDENT_ROLES,
  cancelFromIncident,
  moveIncident,
  retryIncident,
  type CancelFromIncidentInput,
  type IncidentCause,
  type IncidentRef,
  type MoveIncidentInput,
  type MoveTarget,
  type OpenIncident,
} from './incident-contract';
import type { Token } from './interpreter-types';
import { registerLockedUpdate } from './locked-update';
import { INCIDENTS } from './patches';
import { endAs } from './procedure-end';
import type { Actor } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';
import { arrive } from './token-engine';
import { cancelGroup } from './user-tasks';

/** Elements a token may be moved to: they act on arrival (no start, boundary or joining gateway). */
const MOVABLE: ReadonlySet<PlanNode['type']> = new Set([
  'userTask',
  'serviceTask',
  'businessRuleTask',
  'exclusiveGateway',
  'timerCatch',
  'messageCatch',
  'subProcess',
  'callActivity',
  'endEvent',
]);

/** The other elements of the token's scope (the top level, or the sub-process its scope token waits at). */
function moveTargets(rt: ProcedureRuntime, token: Token): MoveTarget[] {
  const parentId = token.scope === '' ? undefined : rt.tokens.get(token.scope)?.nodeId;
  return Object.values(rt.input.plan.nodes)
    .filter((node) => node.parentId === parentId && node.id !== token.nodeId && MOVABLE.has(node.type))
    .map((node) => ({ nodeId: node.id, name: node.name ?? node.id, type: node.type }));
}

/**
 * Whether the engine raises incidents in this run (a run recorded before them parks a token as `stuck`). Call it
 * where the token would otherwise park, once, before raising.
 */
export function raisesIncidents(): boolean {
  return patched(INCIDENTS);
}

/**
 * The one way a token that cannot go on by itself is parked, for every cause (a service beyond its retry budget
 * or refusing its input, an exclusive gateway with no way out, a BPMN error no boundary catches): the token stays
 * on its element, the incident joins the state (getState's `incidents`), its row is written (that write retries
 * without limit), the timeline records it (which tells the admins and managers on the bell), and the matter waits
 * for retryIncident, moveIncident or cancelFromIncident. Call it under the lock, where a step or the service's
 * result runs, with the token still in `rt.tokens`.
 */
export async function raiseIncident(rt: ProcedureRuntime, token: Token, cause: IncidentCause): Promise<void> {
  const node = rt.node(token.nodeId);
  const incident: OpenIncident = {
    ...cause,
    incidentId: rt.nextEventKey(),
    tokenId: token.id,
    nodeId: node.id,
    nodeName: node.name ?? node.id,
    since: rt.nowIso(),
    targets: moveTargets(rt, token),
  };
  token.wait = { kind: 'incident', incidentId: incident.incidentId };
  rt.state.incidents = [...(rt.state.incidents ?? []), incident];
  await rt.io.recordIncident({ matterId: rt.matter.matterId, incident });
  const { incidentId, nodeId, nodeName, kind, zh, en, attempts } = incident;
  await recordEvent(rt, 'incident.raised', { incidentId, nodeId, nodeName, kind, zh, en, attempts });
}

export function registerIncidentUpdates(rt: ProcedureRuntime): void {
  registerLockedUpdate(rt, retryIncident, checkIncident, (input) => retry(rt, input));
  registerLockedUpdate(rt, moveIncident, checkMove, (input) => move(rt, input));
  registerLockedUpdate(rt, cancelFromIncident, checkCancel, (input) => cancel(rt, input));
}

function openIncident(rt: ProcedureRuntime, incidentId: string): OpenIncident | undefined {
  return rt.state.incidents?.find((incident) => incident.incidentId === incidentId);
}

/** As validator and again under the lock: an open incident of a running matter, resolved by an admin or a manager. */
export function checkIncident(rt: ProcedureRuntime, input: IncidentRef): OpenIncident {
  if (!input?.actor?.roles?.some((role) => (INCIDENT_ROLES as readonly string[]).includes(role)))
    throw illegalMove(
      'INCIDENT_FORBIDDEN',
      '只有管理员或督办人员可以处理故障',
      'only an admin or a manager resolves incidents',
    );
  const incident = openIncident(rt, input.incidentId);
  if (!incident || rt.finished)
    throw illegalMove(
      'INCIDENT_RESOLVED',
      '该故障已处理或不存在，请刷新后查看',
      'the incident has already been resolved or does not exist: refresh to see where the matter stands',
    );
  return incident;
}

function checkMove(rt: ProcedureRuntime, input: MoveIncidentInput): void {
  const incident = checkIncident(rt, input);
  if (!incident.targets.some((target) => target.nodeId === input.toNodeId))
    throw illegalMove(
      'INCIDENT_TARGET_INVALID',
      `不能将办理位置移到“${String(input.toNodeId)}”：只能移到同一层级的其他环节`,
      `the token cannot be moved to "${String(input.toNodeId)}": only to another element of the same scope`,
    );
}

function checkCancel(rt: ProcedureRuntime, input: CancelFromIncidentInput): void {
  checkIncident(rt, input);
  if (typeof input.reason !== 'string' || input.reason.trim() === '')
    throw illegalMove('INCIDENT_REASON_MISSING', '终止办理须写明理由', 'ending the matter needs a reason');
}

/** Takes the incident off the state and closes its row with how it was resolved. */
async function resolve(
  rt: ProcedureRuntime,
  incident: OpenIncident,
  resolution: 'RETRIED' | 'MOVED' | 'CANCELLED',
  actor: Actor,
  more: { note?: string; toNodeId?: string } = {},
): Promise<void> {
  rt.state.incidents = rt.state.incidents?.filter((open) => open.incidentId !== incident.incidentId);
  if (rt.state.incidents?.length === 0) rt.state.incidents = undefined;
  await rt.io.resolveIncident({
    matterId: rt.matter.matterId,
    incidentId: incident.incidentId,
    resolution,
    actorId: actor.userId,
    atIso: rt.nowIso(),
    ...more,
  });
  await recordEvent(
    rt,
    `incident.${resolution.toLowerCase()}`,
    { incidentId: incident.incidentId, nodeId: incident.nodeId, ...more },
    actor,
  );
}

function tokenOf(rt: ProcedureRuntime, incident: OpenIncident): Token {
  const token = rt.tokens.get(incident.tokenId);
  if (!token) throw new Error(`incident ${incident.incidentId} has no token`);
  return token;
}

/** The element runs again with the same token (a service keeps its idempotency key, so nothing doubles). */
async function retry(rt: ProcedureRuntime, input: IncidentRef): Promise<void> {
  const incident = checkIncident(rt, input);
  const token = tokenOf(rt, incident);
  await resolve(rt, incident, 'RETRIED', input.actor);
  rt.tokens.delete(token.id);
  await arrive(rt, { ...token, wait: undefined });
}

async function move(rt: ProcedureRuntime, input: MoveIncidentInput): Promise<void> {
  const incident = checkIncident(rt, input);
  const token = tokenOf(rt, incident);
  const comment = input.comment?.trim();
  await resolve(rt, incident, 'MOVED', input.actor, {
    toNodeId: input.toNodeId,
    ...(comment ? { note: comment } : {}),
  });
  rt.tokens.delete(token.id);
  await arrive(rt, { id: rt.nextTokenId(), nodeId: input.toNodeId, scope: token.scope, path: [...token.path] });
}

/** 终止办理: every other open incident closes with it, every open task is cancelled, and the matter ends TERMINATED. */
async function cancel(rt: ProcedureRuntime, input: CancelFromIncidentInput): Promise<void> {
  const incident = checkIncident(rt, input);
  const reason = input.reason.trim();
  for (const open of [incident, ...(rt.state.incidents ?? []).filter((other) => other !== incident)])
    await resolve(rt, open, 'CANCELLED', input.actor, { note: reason });
  const comment = '终止办理 / ended by the centre';
  for (const groupId of [...rt.groups.keys()]) await cancelGroup(rt, groupId, comment, input.actor);
  rt.tokens.clear();
  await endAs(
    rt,
    'TERMINATED',
    reason,
    { type: 'matter.terminated', data: { reason, incidentId: incident.incidentId } },
    input.actor,
  );
}
