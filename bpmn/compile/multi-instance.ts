/**
 * bpmn:multiInstanceLoopCharacteristics on user tasks and embedded sub-processes, as Camunda 8 writes it
 * (zeebe:loopCharacteristics inputCollection / inputElement / outputCollection) or Camunda 7 (camunda:collection,
 * camunda:elementVariable), with the standard bpmn:completionCondition. Expressions are FEEL after a leading `=` (a
 * collection that is a plain path is stored as that path), else the condition language (`${…}` around it accepted).
 */
import { isFeel, parseExpression } from '../expression';
import { asPath, compileFeel } from './feel-expressions';
import type { PlanNode } from '../plan';
import type { MultiInstance } from '../plan-events';
import type { Findings } from './findings';
import { firstExtension } from './extension-elements';
import { BPMN_NS } from './namespaces';
import type { SourceNode } from './read-process';
import type { XmlElement } from './xml-tree';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A candidate department naming an element variable: `${dept}`. */
export const ELEMENT_VARIABLE_CANDIDATE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

/** The attribute by its local name, whatever prefix it was written with. */
function attrByLocal(el: XmlElement, local: string): string | undefined {
  for (const [name, value] of el.attrs) {
    if ((name === local || name.endsWith(`:${local}`)) && value.trim()) return value.trim();
  }
  return undefined;
}

/** The first element named `local` (any namespace) inside the characteristics' extensionElements. */
const vendorLoop = (loop: XmlElement) => firstExtension(loop, 'loopCharacteristics');

const unwrap = (source: string) => {
  const camunda = /^\$\{([\s\S]*)\}$/.exec(source);
  return (camunda ? camunda[1] : source).trim();
};

function expression(node: SourceNode, what: string, source: string, findings: Findings) {
  if (isFeel(source)) {
    const compiled = compileFeel(source);
    if (compiled.ok) return what === 'collection' ? asPath(compiled.expr) : compiled.expr;
    findings.error(node, compiled.code, compiled.messageZh, compiled.messageEn);
    return undefined;
  }
  const parsed = parseExpression(unwrap(source));
  if (parsed.ok) return parsed.expr;
  findings.error(
    node,
    'MULTI_INSTANCE_INVALID',
    `多实例的${what === 'collection' ? '集合' : '完成条件'}表达式 “${source}” 有误：${parsed.messageZh}`,
    `The multi-instance ${what} '${source}' is invalid: ${parsed.messageEn}`,
  );
  return undefined;
}

function variableName(node: SourceNode, value: string | undefined, findings: Findings): string | undefined {
  if (value === undefined || NAME.test(value)) return value;
  findings.error(
    node,
    'MULTI_INSTANCE_INVALID',
    `多实例的变量名 “${value}” 无效：应为字母、数字和下划线`,
    `The multi-instance variable name '${value}' is invalid: use letters, digits and underscores`,
  );
  return undefined;
}

export function readMultiInstance(node: SourceNode, findings: Findings): MultiInstance | undefined {
  const loop = node.el.children.find((c) => c.ns === BPMN_NS && c.local === 'multiInstanceLoopCharacteristics');
  if (!loop) return undefined;
  const vendor = vendorLoop(loop);
  const collectionSource = (vendor && attrByLocal(vendor, 'inputCollection')) ?? attrByLocal(loop, 'collection');
  if (!collectionSource) {
    findings.error(
      node,
      'MULTI_INSTANCE_INVALID',
      '多实例没有指定集合（inputCollection / camunda:collection），例如 matter.coDepartmentCodes',
      'The multi-instance names no collection (inputCollection / camunda:collection), e.g. matter.coDepartmentCodes',
    );
    return undefined;
  }
  const collection = expression(node, 'collection', collectionSource, findings);
  if (collection && collection.kind !== 'path' && collection.kind !== 'feel') {
    findings.error(
      node,
      'MULTI_INSTANCE_INVALID',
      `多实例的集合 “${collectionSource}” 应为一个变量路径（或以 = 开头的 FEEL 表达式），例如 matter.coDepartmentCodes 或 form.departments`,
      `The multi-instance collection '${collectionSource}' must be a variable path (or FEEL after '='), e.g. matter.coDepartmentCodes or form.departments`,
    );
    return undefined;
  }
  const elementVariable = variableName(
    node,
    (vendor && attrByLocal(vendor, 'inputElement')) ?? attrByLocal(loop, 'elementVariable'),
    findings,
  );
  const outputCollection = variableName(node, vendor && attrByLocal(vendor, 'outputCollection'), findings);
  const completionSource = loop.children
    .find((c) => c.ns === BPMN_NS && c.local === 'completionCondition')
    ?.text.trim();
  const completionCondition = completionSource
    ? expression(node, 'completion condition', completionSource, findings)
    : undefined;
  if (!collection) return undefined;
  return {
    sequential: loop.attrs.get('isSequential')?.trim() === 'true',
    collection,
    collectionSource,
    ...(elementVariable ? { elementVariable } : {}),
    ...(outputCollection ? { outputCollection } : {}),
    ...(completionCondition && completionSource
      ? { completionCondition, completionConditionSource: completionSource }
      : {}),
  };
}

/** A candidate department `${name}` must name the element variable of the task's own or an enclosing multi-instance. */
export function checkElementVariables(nodes: Map<string, PlanNode>, findings: Findings): void {
  for (const node of nodes.values()) {
    if (node.type !== 'userTask') continue;
    const name = ELEMENT_VARIABLE_CANDIDATE.exec(node.candidateDepartment ?? '')?.[1];
    if (!name) continue;
    const visible = new Set<string>();
    for (let at: PlanNode | undefined = node; at; at = at.parentId ? nodes.get(at.parentId) : undefined) {
      const element = 'multiInstance' in at ? at.multiInstance?.elementVariable : undefined;
      if (element) visible.add(element);
    }
    if (visible.has(name)) continue;
    findings.error(
      { id: node.id, type: 'bpmn:UserTask' },
      'CANDIDATE_DEPARTMENT_UNKNOWN',
      `办理部门 “${node.candidateDepartment}” 引用的变量 ${name} 不是本任务或所在子流程的多实例元素变量`,
      `The candidate department '${node.candidateDepartment}' reads ${name}, which is not the element variable of a multi-instance around it`,
    );
  }
}
