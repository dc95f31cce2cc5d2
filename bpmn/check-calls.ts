/**
 * Publishing's checks of a plan's call activities against the procedures the centre has: the called procedure exists
 * and is published (the pinned version, if any), and no call leads back to the procedure being published (A calls B
 * calls A). Pure: the API passes what is published.
 */
import type { CompileProblem, ProcedurePlan } from './plan';
import type { CallActivityNode } from './plan-calls';

/** A call as publishing sees it: the key and the pinned version, if any. */
export type CallRef = Pick<CallActivityNode, 'procedureKey' | 'version'>;

/** Every procedure the centre has, by key: the calls of each published version (none published: an empty map). */
export type PublishedCalls = Map<string, Map<number, CallRef[]>>;

export const callsOfPlan = (plan: ProcedurePlan): CallActivityNode[] =>
  Object.values(plan.nodes).filter((node): node is CallActivityNode => node.type === 'callActivity');

const problem = (node: CallActivityNode, code: string, zh: string, en: string): CompileProblem => ({
  elementId: node.id,
  elementType: 'bpmn:CallActivity',
  code,
  messageZh: `${node.name ?? node.id}：${zh}`,
  messageEn: `${node.name ?? node.id}: ${en}`,
});

/** The calls of the version a call runs now: the pinned one, else the latest. */
function callsAt(published: PublishedCalls, call: CallRef): CallRef[] | undefined {
  const versions = published.get(call.procedureKey);
  if (!versions || versions.size === 0) return undefined;
  return versions.get(call.version ?? Math.max(...versions.keys()));
}

/** The chain of keys from `call` back to `ownKey`, if there is one. */
function cycleFrom(ownKey: string, call: CallRef, published: PublishedCalls, seen: Set<string>): string[] | undefined {
  if (call.procedureKey === ownKey) return [ownKey];
  const at = `${call.procedureKey}@${call.version ?? 'latest'}`;
  if (seen.has(at)) return undefined;
  seen.add(at);
  for (const next of callsAt(published, call) ?? []) {
    const rest = cycleFrom(ownKey, next, published, seen);
    if (rest) return [call.procedureKey, ...rest];
  }
  return undefined;
}

export function callProblems(ownKey: string, plan: ProcedurePlan, published: PublishedCalls): CompileProblem[] {
  const problems: CompileProblem[] = [];
  for (const node of callsOfPlan(plan)) {
    const { procedureKey: key, version } = node;
    if (!published.has(key) && key !== ownKey) {
      problems.push(
        problem(
          node,
          'CALLED_PROCEDURE_UNKNOWN',
          `被调用的流程 ${key} 不存在`,
          `the called procedure ${key} does not exist`,
        ),
      );
      continue;
    }
    if (key !== ownKey && !callsAt(published, node)) {
      problems.push(
        problem(
          node,
          'CALLED_PROCEDURE_UNPUBLISHED',
          version ? `被调用的流程 ${key} 没有已发布的第 ${version} 版` : `被调用的流程 ${key} 尚未发布`,
          version
            ? `the called procedure ${key} has no published version ${version}`
            : `the called procedure ${key} is not published`,
        ),
      );
      continue;
    }
    const cycle = cycleFrom(ownKey, node, published, new Set());
    if (cycle)
      problems.push(
        problem(
          node,
          'CALL_CYCLE',
          `调用形成循环：${[ownKey, ...cycle].join(' → ')}`,
          `the calls form a cycle: ${[ownKey, ...cycle].join(' → ')}`,
        ),
      );
  }
  return problems;
}
