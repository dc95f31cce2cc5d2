/**
 * bpmn:callActivity: the called procedure by its key, as `ow:CalledProcedure key version propagateAllIn
 * propagateAllOut` writes it, or as Camunda 8 does (`zeebe:calledElement processId propagateAllParentVariables
 * propagateAllChildVariables`, both propagating by default there), or the standard `calledElement` attribute; the
 * variables handed across as `ow:In` / `ow:Out source target`, or Camunda 8's `zeebe:ioMapping` input / output.
 */
import { parseExpression } from '../expression';
import type { CallActivityNode, CallMapping } from '../plan-calls';
import type { Findings } from './findings';
import { extensionChildren } from './extension-elements';
import { nodeBase } from './node-base';
import { OW_NS, ZEEBE_NS } from './namespaces';
import { zeebeMappings } from './io-mappings';
import type { SourceNode } from './read-process';
import type { XmlElement } from './xml-tree';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PROCEDURE_KEY = /^[A-Za-z0-9_.-]{1,64}$/;

/** The children of the node's bpmn:extensionElements in the namespace, by local name (any capitalisation). */
function extensions(el: XmlElement, ns: string, local: string): XmlElement[] {
  return extensionChildren(el).filter((c) => c.ns === ns && c.local.toLowerCase() === local);
}

const attr = (el: XmlElement | undefined, name: string) => el?.attrs.get(name)?.trim() || undefined;
const unwrap = (source: string) => (/^\$\{([\s\S]*)\}$/.exec(source)?.[1] ?? source.replace(/^=/, '')).trim();

function mapping(node: SourceNode, source: string, target: string, findings: Findings): CallMapping | undefined {
  const parsed = parseExpression(unwrap(source));
  if (parsed.ok && parsed.expr.kind === 'path' && NAME.test(target))
    return { source: unwrap(source), sourcePath: [...parsed.expr.path], target };
  findings.error(
    node,
    'CALL_ACTIVITY_INVALID',
    `变量映射 “${source}” → “${target}” 无效：来源应为变量路径（如 form.area），目标应为字母、数字和下划线`,
    `The variable mapping '${source}' → '${target}' is invalid: the source must be a variable path (e.g. form.area), the target letters, digits and underscores`,
  );
  return undefined;
}

function mappings(node: SourceNode, direction: 'in' | 'out', findings: Findings): CallMapping[] {
  const own = extensions(node.el, OW_NS, direction).map((el) => ({
    source: attr(el, 'source') ?? '',
    target: attr(el, 'target') ?? '',
  }));
  const zeebe = zeebeMappings(node, direction === 'in' ? 'input' : 'output');
  return [...own, ...zeebe].flatMap(({ source, target }) => mapping(node, source, target, findings) ?? []);
}

function pinnedVersion(node: SourceNode, raw: string | undefined, findings: Findings): number | undefined {
  if (raw === undefined || raw === 'latest') return undefined;
  if (/^[1-9]\d{0,5}$/.test(raw)) return Number(raw);
  findings.error(
    node,
    'CALL_ACTIVITY_INVALID',
    `被调用流程的版本 “${raw}” 无效：应为正整数，或不填（调用时的最新发布版本）`,
    `The called procedure's version '${raw}' is invalid: a positive whole number, or none (the latest published when called)`,
  );
  return undefined;
}

export function buildCallActivity(node: SourceNode, findings: Findings): Omit<CallActivityNode, 'multiInstance'> {
  const own = extensions(node.el, OW_NS, 'calledprocedure')[0];
  const zeebe = extensions(node.el, ZEEBE_NS, 'calledelement')[0];
  const procedureKey = attr(own, 'key') ?? attr(zeebe, 'processId') ?? attr(node.el, 'calledElement') ?? '';
  if (!PROCEDURE_KEY.test(procedureKey))
    findings.error(
      node,
      'CALL_ACTIVITY_INVALID',
      procedureKey
        ? `被调用流程的标识 “${procedureKey}” 无效`
        : '调用活动没有指定被调用的流程（ow:CalledProcedure key）',
      procedureKey
        ? `The called procedure's key '${procedureKey}' is invalid`
        : 'The call activity names no procedure to call (ow:CalledProcedure key)',
    );
  // Camunda 8 propagates both ways unless told not to; ow:CalledProcedure only when asked
  const propagates = (ownName: string, zeebeName: string) =>
    own ? attr(own, ownName) === 'true' : zeebe ? attr(zeebe, zeebeName) !== 'false' : false;
  const version = pinnedVersion(node, attr(own, 'version'), findings);
  return {
    ...nodeBase(node),
    type: 'callActivity',
    procedureKey,
    ...(version !== undefined ? { version } : {}),
    propagateAllIn: propagates('propagateAllIn', 'propagateAllParentVariables'),
    inputs: mappings(node, 'in', findings),
    propagateAllOut: propagates('propagateAllOut', 'propagateAllChildVariables'),
    outputs: mappings(node, 'out', findings),
    boundaryTimerIds: [],
  };
}

/** The procedures a plan calls, with the version each pins (for publishing's checks). */
export function callsOf(nodes: Iterable<{ type: string }>): CallActivityNode[] {
  return [...nodes].filter((node): node is CallActivityNode => node.type === 'callActivity');
}
