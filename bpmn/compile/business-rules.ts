/**
 * Business-rule tasks. The task names its decision as Camunda 8 does, `zeebe:calledDecision decisionId
 * resultVariable`; the decision is a DMN decision table embedded in the diagram (`ow:Dmn`, whose body is a DMN
 * document, written there by the designer's decision-table editor), so the draft and every published version carry it.
 * The table is read into the plan (bpmn/decision-table.ts) and checked as publishing needs: it parses, its hit policy
 * is supported, its FEEL (input expressions, input entries as unary tests, output entries) compiles.
 */
import {
  AGGREGATIONS,
  HIT_POLICIES,
  type Aggregation,
  type DecisionOutput,
  type DecisionRule,
  type DecisionTable,
  type HitPolicy,
} from '../decision-table';
import type { Literal } from '../expression-types';
import { checkFeel, evaluateFeel, type FeelKind } from '../feel';
import type { PlanNode } from '../plan';
import { CONDITION_ROOTS } from './check-gateways';
import type { Findings } from './findings';
import { readIoMappings } from './io-mappings';
import { firstExtension } from './extension-elements';
import { nodeBase } from './node-base';
import { BPMN_NS, OW_NS, ZEEBE_NS } from './namespaces';
import type { SourceNode } from './read-process';
import { parseXml, type XmlElement } from './xml-tree';

const DMN_NS = /^https?:\/\/www\.omg\.org\/spec\/DMN\/\d{8}\/MODEL\/?$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const isDmn = (el: XmlElement, local: string) => el.local === local && DMN_NS.test(el.ns ?? '');
const dmnChildren = (el: XmlElement, local: string) => el.children.filter((c) => isDmn(c, local));
const textOf = (el: XmlElement | undefined) => (el ? (dmnChildren(el, 'text')[0]?.text ?? '').trim() : '');

/** Every `ow:Dmn` body of the document, each a DMN document. */
function embeddedDmn(root: XmlElement): Array<{ owner: string | undefined; text: string }> {
  const found: Array<{ owner: string | undefined; text: string }> = [];
  const visit = (el: XmlElement, owner: string | undefined) => {
    if (el.ns === OW_NS && el.local === 'Dmn') {
      found.push({ owner, text: el.text });
      return;
    }
    const id = el.ns === BPMN_NS ? el.attrs.get('id') : undefined;
    for (const child of el.children) visit(child, id ?? owner);
  };
  visit(root, undefined);
  return found;
}

export interface EmbeddedDecisions {
  /** decision elements by id */
  decisions: Map<string, XmlElement>;
  /** why a DMN document does not parse, by the id of the element holding it */
  broken: Map<string, string>;
}

/** The embedded DMN of the document, read on first use (most diagrams have none). */
export function lazyDecisions(root: XmlElement): () => EmbeddedDecisions {
  let read: EmbeddedDecisions | undefined;
  return () => (read ??= embeddedDecisions(root));
}

function embeddedDecisions(root: XmlElement): EmbeddedDecisions {
  const decisions = new Map<string, XmlElement>();
  const broken = new Map<string, string>();
  for (const { owner, text } of embeddedDmn(root)) {
    const parsed = parseXml(text);
    if (!parsed.ok || !isDmn(parsed.root, 'definitions')) {
      broken.set(owner ?? '', parsed.ok ? 'not a DMN document' : parsed.error.messageEn);
      continue;
    }
    for (const decision of dmnChildren(parsed.root, 'decision')) {
      const id = decision.attrs.get('id')?.trim();
      if (id && !decisions.has(id)) decisions.set(id, decision);
    }
  }
  return { decisions, broken };
}

const calledDecision = (el: XmlElement) => firstExtension(el, 'calledDecision', ZEEBE_NS);

class TableReader {
  ok = true;
  constructor(
    private readonly node: SourceNode,
    private readonly decisionId: string,
    private readonly findings: Findings,
  ) {}

  problem(zh: string, en: string): void {
    this.ok = false;
    this.findings.error(
      this.node,
      'DECISION_INVALID',
      `决策 ${this.decisionId}：${zh}`,
      `Decision ${this.decisionId}: ${en}`,
    );
  }

  feel(text: string, kind: FeelKind, whereZh: string, whereEn: string): string {
    const problem = checkFeel(text, kind);
    if (problem) {
      this.ok = false;
      this.findings.error(
        this.node,
        problem.code === 'FEEL_UNKNOWN_FUNCTION' ? 'FEEL_UNKNOWN_FUNCTION' : 'FEEL_SYNTAX',
        `决策 ${this.decisionId} ${whereZh} “${text}” 第 ${problem.at} 个字符处：${problem.messageZh}`,
        `Decision ${this.decisionId}, ${whereEn} '${text}' at character ${problem.at}: ${problem.messageEn}`,
      );
    }
    return text;
  }

  hitPolicy(table: XmlElement): { hitPolicy: HitPolicy; aggregation?: Aggregation } {
    const hitPolicy = (table.attrs.get('hitPolicy')?.trim() || 'UNIQUE') as HitPolicy;
    if (!HIT_POLICIES.includes(hitPolicy)) {
      this.problem(
        `不支持命中策略 ${hitPolicy}（支持 ${HIT_POLICIES.join('、')}）`,
        `the hit policy ${hitPolicy} is not supported (supported: ${HIT_POLICIES.join(', ')})`,
      );
      return { hitPolicy: 'UNIQUE' };
    }
    const aggregation = table.attrs.get('aggregation')?.trim() as Aggregation | undefined;
    if (!aggregation) return { hitPolicy };
    if (hitPolicy !== 'COLLECT' || !AGGREGATIONS.includes(aggregation)) {
      this.problem(
        `汇总 ${aggregation} 只能用于 COLLECT，且须为 ${AGGREGATIONS.join('、')} 之一`,
        `the aggregation ${aggregation} applies to COLLECT only and must be one of ${AGGREGATIONS.join(', ')}`,
      );
      return { hitPolicy };
    }
    return { hitPolicy, aggregation };
  }

  priorities(output: XmlElement, index: number): Literal[] | undefined {
    const text = textOf(dmnChildren(output, 'outputValues')[0]);
    if (!text) return undefined;
    this.feel(`[${text}]`, 'expression', `第 ${index} 个输出的取值`, `the values of output ${index}`);
    const values = evaluateFeel(`[${text}]`, {});
    return Array.isArray(values) ? (values as Literal[]) : undefined;
  }

  outputs(table: XmlElement): DecisionOutput[] {
    const outputs = dmnChildren(table, 'output').map((output, i): DecisionOutput => {
      const name = output.attrs.get('name')?.trim() || `output${i + 1}`;
      const label = output.attrs.get('label')?.trim();
      const priorities = this.priorities(output, i + 1);
      return { name, ...(label ? { label } : {}), ...(priorities ? { priorities } : {}) };
    });
    if (outputs.length === 0) this.problem('决策表没有输出列', 'the decision table has no output column');
    return outputs;
  }

  rule(rule: XmlElement, index: number, inputs: number, outputs: number): DecisionRule {
    const id = rule.attrs.get('id')?.trim() || `rule${index}`;
    const inputEntries = dmnChildren(rule, 'inputEntry').map((entry, i) =>
      this.feel(
        textOf(entry) || '-',
        'unaryTests',
        `第 ${index} 条规则的第 ${i + 1} 个输入`,
        `rule ${index}, input ${i + 1}`,
      ),
    );
    const outputEntries = dmnChildren(rule, 'outputEntry').map((entry, i) => {
      const text = textOf(entry);
      return text
        ? this.feel(text, 'expression', `第 ${index} 条规则的第 ${i + 1} 个输出`, `rule ${index}, output ${i + 1}`)
        : '';
    });
    if (inputEntries.length !== inputs || outputEntries.length !== outputs)
      this.problem(
        `第 ${index} 条规则应有 ${inputs} 个输入和 ${outputs} 个输出`,
        `rule ${index} must have ${inputs} input and ${outputs} output entries`,
      );
    return { id, inputEntries, outputEntries };
  }

  read(decision: XmlElement): DecisionTable | undefined {
    const table = dmnChildren(decision, 'decisionTable')[0];
    if (!table) {
      this.problem('只支持决策表（decisionTable）', 'only decision tables (decisionTable) are supported');
      return undefined;
    }
    const policy = this.hitPolicy(table);
    const inputs = dmnChildren(table, 'input').map((input, i) => {
      const label = input.attrs.get('label')?.trim();
      const text = textOf(dmnChildren(input, 'inputExpression')[0]);
      if (!text) this.problem(`第 ${i + 1} 个输入没有表达式`, `input ${i + 1} has no expression`);
      else this.feel(text, 'expression', `第 ${i + 1} 个输入的表达式`, `the expression of input ${i + 1}`);
      return { ...(label ? { label } : {}), expression: text };
    });
    const outputs = this.outputs(table);
    if (policy.aggregation && outputs.length !== 1)
      this.problem('带汇总的 COLLECT 只能有一个输出列', 'a COLLECT with an aggregation must have exactly one output');
    if (policy.hitPolicy === 'PRIORITY' && !outputs.some((o) => o.priorities))
      this.problem(
        'PRIORITY 需要输出列列出其取值（按优先级从高到低）',
        'PRIORITY needs the output values listed on an output column (highest priority first)',
      );
    const rules = dmnChildren(table, 'rule').map((rule, i) => this.rule(rule, i + 1, inputs.length, outputs.length));
    const name = decision.attrs.get('name')?.trim();
    return { decisionId: this.decisionId, ...(name ? { name } : {}), ...policy, inputs, outputs, rules };
  }
}

/** A business-rule task's plan node: its decision table and result variable; undefined after a reported problem. */
export function buildBusinessRuleTask(
  node: SourceNode,
  embedded: () => EmbeddedDecisions,
  findings: Findings,
): PlanNode | undefined {
  const called = calledDecision(node.el);
  const decisionId = called?.attrs.get('decisionId')?.trim() ?? '';
  const resultVariable = called?.attrs.get('resultVariable')?.trim() ?? '';
  const invalid = (zh: string, en: string) => findings.error(node, 'DECISION_INVALID', zh, en);
  if (!decisionId || decisionId.startsWith('=')) {
    invalid(
      '业务规则任务须指定决策（zeebe:calledDecision decisionId，不能是表达式）：请用“设计决策表”',
      'The business rule task must name its decision (zeebe:calledDecision decisionId, not an expression): use "Design decision table"',
    );
    return undefined;
  }
  if (!NAME.test(resultVariable) || (CONDITION_ROOTS as readonly string[]).includes(resultVariable)) {
    invalid(
      `业务规则任务的结果变量 “${resultVariable}” 无效：应为字母、数字和下划线，且不能是 ${CONDITION_ROOTS.join('、')}`,
      `The business rule task's result variable '${resultVariable}' is invalid: use letters, digits and underscores, not ${CONDITION_ROOTS.join(', ')}`,
    );
    return undefined;
  }
  const { decisions, broken } = embedded();
  const decision = decisions.get(decisionId);
  if (!decision) {
    const why = broken.get(node.id);
    invalid(
      why ? `本任务的决策表不是有效的 DMN：${why}` : `流程图中没有决策 ${decisionId}：请用“设计决策表”编辑`,
      why
        ? `The task's decision table is not valid DMN: ${why}`
        : `The diagram has no decision ${decisionId}: use "Design decision table"`,
    );
    return undefined;
  }
  const reader = new TableReader(node, decisionId, findings);
  const table = reader.read(decision);
  const mappings = readIoMappings(node, findings);
  if (!table || !reader.ok) return undefined;
  return {
    ...nodeBase(node),
    type: 'businessRuleTask',
    decision: table,
    resultVariable,
    ...mappings,
  };
}
