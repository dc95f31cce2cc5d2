/**
 * Multi-instance activities (bpmn:multiInstanceLoopCharacteristics on a user task, a service task or a sub-process): the body token
 * waits at the activity while one instance per element of the collection runs in its scope, side by side or one
 * after the other. Each instance reads its element by the element variable (a user task's candidate department
 * `${dept}`: 会签 by each department of a list). The body is done when every instance is, or earlier when the
 * completion condition holds (或签: `nrOfCompletedInstances >= 1`); the instances still open are then withdrawn.
 */
import { holds, resolveCollection } from '../bpmn/expression';
import type { ServiceTaskNode, SubProcessNode, UserTaskNode } from '../bpmn/plan';
import type { CallActivityNode } from '../bpmn/plan-calls';
import type { MultiInstance } from '../bpmn/plan-events';
import { cancelActivityTimers } from './boundary-events';
import { startCall } from './call-activity';
import { candidateDepartments } from './candidates';
import { recordEvent } from './events';
import type { MultiInstanceBody, Token } from './interpreter-types';
import type { ProcedureRuntime } from './runtime';
import { parkOnIncident } from './throw-catch';
import { conditionScope, enterSubProcess, leaveNode, startService } from './token-engine';
import { openTaskGroup } from './user-tasks';
import { tokensIn, withdraw } from './withdraw';

type LoopableNode = UserTaskNode | ServiceTaskNode | SubProcessNode | CallActivityNode;
type LoopedNode = LoopableNode & { multiInstance: MultiInstance };

const COMPLETED_COMMENT = '多实例已满足完成条件 / the multi-instance completion condition holds';

const isBody = (token: Token | undefined): token is Token & { multiInstance: MultiInstanceBody } =>
  token?.multiInstance !== undefined;

export const isMultiInstance = (node: LoopableNode): node is LoopedNode => node.multiInstance !== undefined;

/** The body whose instance this token is, if it is one. */
export function bodyOf(rt: ProcedureRuntime, instance: Pick<Token, 'nodeId' | 'scope'>) {
  const body = instance.scope ? rt.tokens.get(instance.scope) : undefined;
  return isBody(body) && body.nodeId === instance.nodeId ? body : undefined;
}

/**
 * The token of the activity enclosing this one (the sub-process it runs in), seen from outside: for an instance of a
 * multi-instance sub-process that is its whole body.
 */
export function enclosingActivity(rt: ProcedureRuntime, token: Token): Token | undefined {
  const parent = token.scope ? rt.tokens.get(token.scope) : undefined;
  if (!parent) return undefined;
  return bodyOf(rt, parent) ?? parent;
}

/** The variables of the instances around the token (and its own), the innermost winning. */
export function localsOf(rt: ProcedureRuntime, token: Token): Record<string, unknown> {
  const chain: Token[] = [];
  for (let at: Token | undefined = token; at; at = at.scope ? rt.tokens.get(at.scope) : undefined) chain.push(at);
  return Object.assign({}, ...chain.reverse().map((at) => at.locals ?? {}));
}

/** The body arrives: the collection is read, and the first instance (sequential) or all of them start. */
export async function enterMultiInstance(rt: ProcedureRuntime, body: Token, node: LoopedNode): Promise<void> {
  const { multiInstance: mi } = node;
  const items = resolveCollection(mi.collection, conditionScope(rt, body));
  if (!items) {
    return parkOnIncident(
      rt,
      body,
      {
        code: 'MULTI_INSTANCE_COLLECTION',
        zh: `多实例集合 ${mi.collectionSource} 不是列表`,
        en: `the multi-instance collection ${mi.collectionSource} is not a list`,
      },
      'DATA_INVALID',
    );
  }
  body.wait = { kind: 'multiInstance' };
  body.multiInstance = { items, instanceIds: [], completed: 0, outputs: [] };
  await recordEvent(rt, 'multiInstance.started', { nodeId: node.id, instances: items.length });
  if (items.length === 0) return finishBody(rt, body as Token & { multiInstance: MultiInstanceBody }, node);
  const first = mi.sequential ? 1 : items.length;
  for (let i = 0; i < first; i += 1)
    await startInstance(rt, body as Token & { multiInstance: MultiInstanceBody }, node);
}

async function startInstance(
  rt: ProcedureRuntime,
  body: Token & { multiInstance: MultiInstanceBody },
  node: LoopedNode,
): Promise<void> {
  const state = body.multiInstance;
  const index = state.instanceIds.length;
  const { elementVariable } = node.multiInstance;
  const instance: Token = {
    id: rt.nextTokenId(),
    nodeId: node.id,
    scope: body.id,
    path: [...body.path],
    locals: { loopCounter: index + 1, ...(elementVariable ? { [elementVariable]: state.items[index] } : {}) },
  };
  state.instanceIds.push(instance.id);
  rt.tokens.set(instance.id, instance);
  if (node.type === 'subProcess') return enterSubProcess(rt, instance, node);
  // each instance's call is its own activity, with the service retry budget and its own incident
  if (node.type === 'serviceTask') return startService(rt, instance, node);
  if (node.type === 'callActivity') return startCall(rt, instance, node);
  const departments = candidateDepartments(node.candidateDepartment, rt.matter, localsOf(rt, instance));
  if (departments.length > 0) {
    await openTaskGroup(rt, instance, node, departments);
    return;
  }
  await parkOnIncident(
    rt,
    instance,
    {
      code: 'MULTI_INSTANCE_ELEMENT',
      zh: `第 ${index + 1} 个元素不是办理部门：${JSON.stringify(state.items[index])}`,
      en: `element ${index + 1} is not a department: ${JSON.stringify(state.items[index])}`,
    },
    'DATA_INVALID',
  );
}

/**
 * An instance is done (its task group completed, or its sub-process emptied). Returns false when the finished
 * activity was no instance, for the caller to move on as usual.
 */
export async function completeInstance(
  rt: ProcedureRuntime,
  instance: Pick<Token, 'id' | 'nodeId' | 'scope'>,
  output: unknown,
): Promise<boolean> {
  const body = bodyOf(rt, instance);
  if (!body) return false;
  const node = rt.node(body.nodeId) as LoopedNode;
  const state = body.multiInstance;
  rt.tokens.delete(instance.id);
  state.completed += 1;
  state.outputs[state.instanceIds.indexOf(instance.id)] = output;
  const { outputCollection, completionCondition, sequential } = node.multiInstance;
  if (outputCollection) rt.state.form[outputCollection] = [...state.outputs];
  // a `$co` task instance's tokens are copies: its group (named by the instance) tells it is still open
  const active = state.instanceIds.filter((id) => rt.tokens.has(id) || rt.groups.has(id)).length;
  const counts = {
    nrOfInstances: state.items.length,
    nrOfCompletedInstances: state.completed,
    nrOfActiveInstances: active,
  };
  const conditionMet = completionCondition && holds(completionCondition, { ...conditionScope(rt, body), ...counts });
  if (!conditionMet && state.instanceIds.length < state.items.length && sequential) {
    await startInstance(rt, body, node);
    return true;
  }
  if (!conditionMet && active > 0) return true;
  await withdraw(rt, tokensIn(rt, body.id), COMPLETED_COMMENT);
  await recordEvent(rt, 'multiInstance.completed', { nodeId: node.id, ...counts, conditionMet: !!conditionMet });
  await finishBody(rt, body, node);
  return true;
}

/** The body leaves: a user task's decision is a rejection if any instance rejected, else the last one's. */
async function finishBody(
  rt: ProcedureRuntime,
  body: Token & { multiInstance: MultiInstanceBody },
  node: LoopedNode,
): Promise<void> {
  rt.tokens.delete(body.id);
  // a call activity's body cancels its own when its call ends (call-activity.ts)
  if (node.type === 'serviceTask' || node.type === 'subProcess') cancelActivityTimers(rt, body.id);
  if (node.type === 'userTask') {
    const decisions = body.multiInstance.outputs.filter((output): output is string => typeof output === 'string');
    if (decisions.length > 0) {
      const decision = decisions.includes('reject') ? 'reject' : (decisions[decisions.length - 1] as string);
      rt.state.decisions[node.id] = decision;
      rt.state.lastDecision = decision;
    }
  }
  const path = node.type === 'userTask' ? [...body.path, node.id] : [...body.path];
  await leaveNode(rt, { nodeId: node.id, scope: body.scope, path });
}
