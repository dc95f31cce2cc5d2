/**
 * Whether one token of a running matter can stand on its target element: the element exists, has a fitting type,
 * sits in the scope its enclosing sub-process migrates to, loops (multi-instance) as the source did, and waits for
 * the same thing. Pure, for the dry run and the Update alike (migration-plan.ts).
 */
import type { PlanNode, ProcedurePlan } from '../bpmn/plan';
import type { Token } from './interpreter-types';
import type { ElementMapping } from './migration-contract';

/** One line of what happens, or why not: a stable code and the text in Chinese and English. */
export interface MigrationNote {
  code: string;
  zh: string;
  en: string;
}

/**
 * Which tokens migrate: `inScopes` (patch MIGRATION_IN_SCOPES) takes tokens in sub-processes, multi-instance
 * activities and event-based gateways; without it only top-level tokens outside those do, as migration was first
 * recorded. `calls` (patch MIGRATION_OF_CALLS) takes tokens waiting for a called procedure, and has activities'
 * boundary timers follow the target element.
 */
export interface MigrationRules {
  inScopes: boolean;
  calls: boolean;
}
export const CURRENT_RULES: MigrationRules = { inScopes: true, calls: true };

export const note = (code: string, zh: string, en: string): MigrationNote => ({ code, zh, en });
export const nameOf = (node: PlanNode | undefined, id: string) => node?.name ?? id;

/** The target element of a source element: the mapping's, else the same id. */
export const mappedId = (mapping: ElementMapping, sourceId: string) => mapping[sourceId] ?? sourceId;

const WAIT_ZH: Record<string, string> = {
  service: '服务调用',
  subProcess: '子流程',
  call: '被调用的流程',
  multiInstance: '多实例',
  race: '事件网关',
  inclusiveJoin: '包容网关汇聚',
  stuck: '人工处理（流程卡住）',
  incident: '故障处理',
  compensation: '补偿处理完成',
};
/** waits that never migrate: the token is inside work in flight, or needs a person first */
const NEVER_MIGRATED = new Set(['service', 'inclusiveJoin', 'stuck', 'incident', 'compensation']);

const loopOf = (node: PlanNode | undefined) =>
  node && (node.type === 'userTask' || node.type === 'subProcess') ? node.multiInstance : undefined;

/** What the token waits for fits the target element's type. */
function typeFits(token: Token, from: PlanNode | undefined, to: PlanNode): boolean {
  switch (token.wait?.kind) {
    case 'task':
      return to.type === 'userTask';
    case 'timer':
      return to.type === 'timerCatch';
    case 'message':
      return to.type === 'messageCatch';
    case 'join':
      return to.type === 'parallelGateway';
    case 'subProcess':
      return to.type === 'subProcess';
    case 'call':
      return to.type === 'callActivity';
    case 'multiInstance':
      return to.type === from?.type;
    case 'race':
      return to.type === 'eventGateway';
    default:
      return false;
  }
}

export interface TokenContext {
  source: ProcedurePlan;
  target: ProcedurePlan;
  mapping: ElementMapping;
  /** every token of the matter, by id (the enclosing scopes and a gateway's racers are looked up there) */
  tokens: Map<string, Token>;
  rules: MigrationRules;
}

/** Why the token cannot stand on its target element, or undefined when it can. */
export function tokenProblem(token: Token, ctx: TokenContext): MigrationNote | undefined {
  const { source, target, mapping, rules } = ctx;
  const from = source.nodes[token.nodeId];
  const toId = mappedId(mapping, token.nodeId);
  const to = target.nodes[toId];
  const name = nameOf(from, token.nodeId);
  if (!rules.inScopes) {
    if (token.scope !== '' || from?.parentId !== undefined)
      return note(
        'IN_SUB_PROCESS',
        `环节“${name}”位于子流程内：暂不支持迁移子流程中的办件`,
        `"${name}" is inside a sub-process: matters there are not migrated yet`,
      );
    if (token.locals || token.multiInstance || loopOf(from))
      return note(
        'IN_MULTI_INSTANCE',
        `环节“${name}”是多实例（会签）环节：暂不支持迁移`,
        `"${name}" is a multi-instance activity: it is not migrated yet`,
      );
  }
  if (!to)
    return note(
      'ELEMENT_GONE',
      `环节“${name}”在目标版本中不存在，且未映射到其他环节`,
      `"${name}" (${token.nodeId}) does not exist in the target version and is not mapped`,
    );
  const toName = nameOf(to, toId);
  const wait = token.wait?.kind;
  if (!rules.inScopes && (to.parentId !== undefined || loopOf(to)))
    return note(
      'SCOPE_DIFFERS',
      `环节“${name}”映射到的“${toName}”位于子流程或多实例中，作用域不同`,
      `"${name}" is mapped to "${toName}", which is inside a sub-process or a multi-instance: the scope differs`,
    );
  if (rules.inScopes) {
    const problem = scopeProblem(token, ctx, name, to, toName) ?? loopProblem(from, to, name, toName);
    if (problem) return problem;
  }
  if (wait && WAIT_ZH[wait] && (!rules.inScopes || NEVER_MIGRATED.has(wait) || (wait === 'call' && !rules.calls)))
    return note(
      'WAIT_NOT_MIGRATED',
      `环节“${name}”正在等待${WAIT_ZH[wait]}：暂不支持迁移，请待其完成后再迁移`,
      `"${name}" waits for ${wait}: not migrated yet, migrate once it is done`,
    );
  if (!typeFits(token, from, to))
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
  if (from?.type === 'callActivity' && to.type === 'callActivity' && from.procedureKey !== to.procedureKey)
    return note(
      'CALLEE_DIFFERS',
      `调用活动“${name}”映射到的“${toName}”调用另一个流程（${from.procedureKey} → ${to.procedureKey}）：正在运行的被调用流程无法保留`,
      `the call activity "${name}" is mapped to "${toName}", which calls another procedure (${from.procedureKey} → ${to.procedureKey}): the running called procedure cannot be kept`,
    );
  if (token.wait?.kind === 'join' && from?.type === 'parallelGateway') {
    const same = rules.inScopes
      ? joinFlowOn(token.wait.flowId ?? from.incoming[0], ctx, to) !== undefined && sameBranches(from.incoming, ctx, to)
      : [...from.incoming].sort().join() === [...to.incoming].sort().join() &&
        to.incoming.includes(token.wait.flowId ?? '');
    if (!same)
      return note(
        'JOIN_BRANCHES_DIFFER',
        `汇聚“${name}”的其他分支在目标版本中不同：无法保留已到达的分支`,
        `the join "${name}" has other branches in the target version: the branches that arrived cannot be kept`,
      );
  }
  if (token.wait?.kind === 'race') return raceProblem(token, ctx, name, to, toName);
  return undefined;
}

/** An instance of a multi-instance activity: it stands on its body's element, inside the body's scope. */
export function isInstance(token: Token, tokens: Map<string, Token>): boolean {
  const enclosing = token.scope ? tokens.get(token.scope) : undefined;
  return enclosing?.multiInstance !== undefined && enclosing.nodeId === token.nodeId;
}

/**
 * The target must sit where the token's scope goes: at top level for a top-level token, else inside the element its
 * enclosing sub-process migrates to. An instance of a multi-instance activity stands on its body's element.
 */
function scopeProblem(
  token: Token,
  { mapping, target, tokens }: TokenContext,
  name: string,
  to: PlanNode,
  toName: string,
): MigrationNote | undefined {
  if (isInstance(token, tokens)) return undefined;
  const enclosing = token.scope ? tokens.get(token.scope) : undefined;
  const expected = enclosing ? mappedId(mapping, enclosing.nodeId) : undefined;
  if (to.parentId === expected) return undefined;
  const where = (parentId: string | undefined) =>
    parentId === undefined
      ? { zh: '流程顶层', en: 'the top level' }
      : {
          zh: `子流程“${nameOf(target.nodes[parentId], parentId)}”`,
          en: `the sub-process "${nameOf(target.nodes[parentId], parentId)}"`,
        };
  const at = where(to.parentId);
  const scope = where(expected);
  return note(
    'SCOPE_DIFFERS',
    `环节“${name}”映射到的“${toName}”位于${at.zh}，而它所在的作用域迁移到${scope.zh}`,
    `"${name}" is mapped to "${toName}" in ${at.en}, but its scope migrates to ${scope.en}`,
  );
}

/** A multi-instance activity stays one, looping the same way (its instances and their tasks are kept). */
function loopProblem(
  from: PlanNode | undefined,
  to: PlanNode,
  name: string,
  toName: string,
): MigrationNote | undefined {
  const was = loopOf(from);
  const is = loopOf(to);
  if (!was && !is) return undefined;
  if (was && is && was.sequential === is.sequential) return undefined;
  const kind = (loop: typeof was) =>
    !loop
      ? ['单实例', 'single']
      : loop.sequential
        ? ['串行多实例', 'sequential multi-instance']
        : ['并行多实例', 'parallel multi-instance'];
  const [fromZh, fromEn] = kind(was);
  const [toZh, toEn] = kind(is);
  return note(
    'MULTI_INSTANCE_DIFFERS',
    `环节“${name}”（${fromZh}）映射到的“${toName}”是${toZh}：运行中的实例无法保留`,
    `"${name}" (${fromEn}) is mapped to "${toName}", a ${toEn} activity: its running instances cannot be kept`,
  );
}

/** An event-based gateway's catches migrate with it: the target gateway leads to exactly their targets. */
function raceProblem(
  token: Token,
  { mapping, target, tokens }: TokenContext,
  name: string,
  to: PlanNode,
  toName: string,
): MigrationNote | undefined {
  const racing = [...tokens.values()].filter((t) => t.raceId === token.id).map((t) => mappedId(mapping, t.nodeId));
  const leadsTo = to.outgoing.map((flowId) => target.flows[flowId]?.targetId);
  const same = [...new Set(racing)].sort().join() === [...new Set(leadsTo)].sort().join();
  if (same) return undefined;
  return note(
    'RACE_DIFFERS',
    `事件网关“${name}”映射到的“${toName}”等待的事件不同：正在等待的事件无法保留`,
    `the event gateway "${name}" is mapped to "${toName}", which waits for other events: the waits cannot be kept`,
  );
}

/** The target join's incoming flow that a branch arriving by `flowId` counts as: the one from the mapped element. */
export function joinFlowOn(
  flowId: string,
  { source, target, mapping }: TokenContext,
  to: PlanNode,
): string | undefined {
  const flow = source.flows[flowId];
  if (!flow) return undefined;
  const from = mappedId(mapping, flow.sourceId);
  return to.incoming.find((id) => target.flows[id]?.sourceId === from);
}

/** Each branch of the source join has its own branch on the target join, and the target has no other. */
function sameBranches(incoming: string[], ctx: TokenContext, to: PlanNode): boolean {
  const onTarget = incoming.map((flowId) => joinFlowOn(flowId, ctx, to));
  return (
    onTarget.every(Boolean) && new Set(onTarget).size === incoming.length && to.incoming.length === incoming.length
  );
}
