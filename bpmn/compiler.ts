/**
 * BPMN 2.0 XML (with `ow:*` extensions) → ProcedurePlan. Pure and synchronous, no Node built-ins: the API,
 * the seed script and the browser console all compile with it. Never throws: every problem in the diagram is
 * collected and returned at once, each naming its element.
 */
import { PLAN_SCHEMA_VERSION, type CompileResult, type PlanNode, type ProcedurePlan } from './plan';
import { buildNode } from './compile/build-nodes';
import { buildBusinessRuleTask, lazyDecisions } from './compile/business-rules';
import { attachBoundaries, checkStarts } from './compile/check-structure';
import { checkDepartments } from './compile/check-departments';
import { checkDistinctFrom } from './compile/check-distinct-from';
import { checkCompensation } from './compile/compensation';
import { readDesignedForms } from './compile/designed-forms';
import { checkGateways } from './compile/check-gateways';
import { checkEventGateways } from './compile/check-event-gateways';
import { conditionFormKeys } from './compile/condition-keys';
import { checkReachability } from './compile/check-reachability';
import { checkThrowCatchAttachments, readEventRefs } from './compile/errors-escalations';
import { readEventTriggers } from './compile/event-sub-processes';
import { Findings } from './compile/findings';
import { linkFlows } from './compile/link-flows';
import { resolveLinks } from './compile/links';
import { checkElementVariables } from './compile/multi-instance';
import { readProcess, type SourceNode } from './compile/read-process';
import { writeStepDecisions } from './compile/step-decisions';
import { parseXml } from './compile/xml-tree';

export interface CompileOptions {
  /**
   * The centre's active department codes (the Department table). Given, a user task naming any other department
   * is a problem; omitted (a file checked offline), only the shape of the code is checked. Publishing always gives it.
   */
  departments?: Iterable<string>;
}

function compile(xml: string, options: CompileOptions): CompileResult {
  const findings = new Findings();
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    findings.error({ id: '', type: '' }, parsed.error.code, parsed.error.messageZh, parsed.error.messageEn);
    return { ok: false, problems: findings.problems };
  }
  const process = readProcess(parsed.root, findings);
  if (!process) return { ok: false, problems: findings.problems };

  const sources = new Map<string, SourceNode>(process.nodes.map((n) => [n.id, n]));
  const refs = readEventRefs(parsed.root);
  const nodes = new Map<string, PlanNode>();
  const decisions = lazyDecisions(parsed.root);
  for (const source of process.nodes) {
    const node =
      source.planType === 'businessRuleTask'
        ? buildBusinessRuleTask(source, decisions, findings)
        : buildNode(source, findings, refs);
    if (node) nodes.set(node.id, node);
  }
  readDesignedForms(parsed.root, nodes, sources, findings);
  resolveLinks(process, findings);
  const { flows, graph } = linkFlows(process, sources, nodes, findings);
  checkGateways(nodes, sources, flows, findings);
  checkEventGateways(nodes, sources, flows, findings);
  attachBoundaries(nodes, sources, findings);
  checkThrowCatchAttachments(nodes, sources, findings);
  checkCompensation(parsed.root, nodes, sources, findings);
  const startNodeId = checkStarts(process, nodes, findings);
  readEventTriggers(nodes, sources, refs, findings);
  checkReachability(process, graph, flows, findings);
  checkDistinctFrom(nodes, findings);
  checkElementVariables(nodes, findings);
  if (options.departments) checkDepartments(nodes, new Set(options.departments), findings);
  const formKeys = conditionFormKeys(nodes, flows, findings);

  if (findings.problems.length > 0 || startNodeId === undefined) {
    return { ok: false, problems: findings.problems };
  }
  writeStepDecisions(nodes, flows);
  const plan: ProcedurePlan = {
    schemaVersion: PLAN_SCHEMA_VERSION,
    processId: process.id,
    name: process.name ?? process.id,
    startNodeId,
    nodes: Object.fromEntries(nodes),
    flows: Object.fromEntries(flows),
    conditionFormKeys: formKeys,
  };
  return { ok: true, plan, warnings: findings.warnings };
}

export function compileBpmn(xml: string, options: CompileOptions = {}): CompileResult {
  try {
    return compile(xml, options);
  } catch (e) {
    // a defect of the compiler itself, not of the diagram: still an answer, never an exception
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [
        {
          elementId: '',
          elementType: '',
          code: 'COMPILER_ERROR',
          messageZh: `编译器内部错误：${reason}`,
          messageEn: `Internal compiler error: ${reason}`,
        },
      ],
    };
  }
}
