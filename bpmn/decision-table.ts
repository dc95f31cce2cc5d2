/**
 * A DMN decision table as the plan carries it (compile/business-rules.ts reads it from the diagram) and its
 * evaluation with FEEL: each input expression evaluated once, each rule's input entries as unary tests against those
 * values, the matched rules' output entries as expressions, then the hit policy. Pure and deterministic: the
 * interpreter workflow evaluates it.
 */
import type { Literal } from './expression-types';
import { evaluateFeel, passesUnaryTests } from './feel';

export const HIT_POLICIES = ['UNIQUE', 'FIRST', 'ANY', 'PRIORITY', 'COLLECT', 'RULE ORDER'] as const;
export type HitPolicy = (typeof HIT_POLICIES)[number];
export const AGGREGATIONS = ['SUM', 'MIN', 'MAX', 'COUNT'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export interface DecisionOutput {
  /** the result's key when the table has several outputs */
  name: string;
  label?: string;
  /** PRIORITY: the output's values, highest priority first (its `outputValues`) */
  priorities?: Literal[];
}

export interface DecisionRule {
  id: string;
  /** unary tests, one per input (empty or `-`: any value) */
  inputEntries: string[];
  /** FEEL expressions, one per output (empty: null) */
  outputEntries: string[];
}

export interface DecisionTable {
  decisionId: string;
  name?: string;
  hitPolicy: HitPolicy;
  /** COLLECT only */
  aggregation?: Aggregation;
  inputs: Array<{ label?: string; expression: string }>;
  outputs: DecisionOutput[];
  rules: DecisionRule[];
}

export type DecisionOutcome =
  | { ok: true; result: unknown; matchedRuleIds: string[] }
  /** the table gives no single answer (UNIQUE or ANY with disagreeing matches): an incident naming the rules */
  | { ok: false; matchedRuleIds: string[]; zh: string; en: string };

type Scope = Readonly<Record<string, unknown>>;

function ruleOutput(table: DecisionTable, rule: DecisionRule, scope: Scope): unknown {
  const values = table.outputs.map((_, i) =>
    rule.outputEntries[i]?.trim() ? evaluateFeel(rule.outputEntries[i], scope) : null,
  );
  if (table.outputs.length === 1) return values[0];
  return Object.fromEntries(table.outputs.map((output, i) => [output.name, values[i]]));
}

/** 第 1、3 条规则（Rule_a、Rule_c） / rules 1, 3 (Rule_a, Rule_c) */
function ruleNames(table: DecisionTable, ids: string[]) {
  const numbers = ids.map((id) => table.rules.findIndex((r) => r.id === id) + 1);
  return {
    zh: `第 ${numbers.join('、')} 条规则（${ids.join('、')}）`,
    en: `rules ${numbers.join(', ')} (${ids.join(', ')})`,
  };
}

function aggregate(aggregation: Aggregation, values: unknown[]): unknown {
  if (aggregation === 'COUNT') return values.length;
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (numbers.length === 0) return null;
  if (aggregation === 'SUM') return numbers.reduce((a, b) => a + b, 0);
  return aggregation === 'MIN' ? Math.min(...numbers) : Math.max(...numbers);
}

/** A matched rule's rank for PRIORITY: the positions of its output values in their priority lists. */
function rank(table: DecisionTable, output: unknown): number[] {
  const values =
    table.outputs.length === 1 ? [output] : table.outputs.map((o) => (output as Record<string, unknown>)[o.name]);
  return table.outputs.map((o, i) => {
    const at = o.priorities?.indexOf(values[i] as Literal) ?? -1;
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  });
}
const before = (a: number[], b: number[]) => {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i] < b[i];
};

export function evaluateDecision(table: DecisionTable, scope: Scope): DecisionOutcome {
  const inputValues = table.inputs.map((input) => evaluateFeel(input.expression, scope));
  const matched = table.rules.filter((rule) =>
    inputValues.every((value, i) => passesUnaryTests(rule.inputEntries[i] ?? '', value, scope)),
  );
  const matchedRuleIds = matched.map((r) => r.id);
  const outputs = matched.map((rule) => ruleOutput(table, rule, scope));
  const conflict = (zh: string, en: string): DecisionOutcome => {
    const names = ruleNames(table, matchedRuleIds);
    return {
      ok: false,
      matchedRuleIds,
      zh: `决策表 ${table.decisionId}（${table.hitPolicy}）${zh}：${names.zh}`,
      en: `the decision table ${table.decisionId} (${table.hitPolicy}) ${en}: ${names.en}`,
    };
  };
  switch (table.hitPolicy) {
    case 'UNIQUE':
      if (matched.length > 1) return conflict('有多条规则同时命中', 'has several matching rules');
      return { ok: true, result: outputs[0] ?? null, matchedRuleIds };
    case 'ANY': {
      const distinct = new Set(outputs.map((o) => JSON.stringify(o)));
      if (distinct.size > 1) return conflict('命中的规则输出不一致', 'has matching rules with different outputs');
      return { ok: true, result: outputs[0] ?? null, matchedRuleIds };
    }
    case 'FIRST':
      return { ok: true, result: outputs[0] ?? null, matchedRuleIds: matchedRuleIds.slice(0, 1) };
    case 'PRIORITY': {
      let best = -1;
      outputs.forEach((o, i) => {
        if (best < 0 || before(rank(table, o), rank(table, outputs[best]))) best = i;
      });
      return best < 0
        ? { ok: true, result: null, matchedRuleIds: [] }
        : { ok: true, result: outputs[best], matchedRuleIds: [matchedRuleIds[best]] };
    }
    case 'COLLECT':
      return {
        ok: true,
        result: table.aggregation
          ? aggregate(
              table.aggregation,
              outputs.filter((o) => o !== null),
            )
          : outputs,
        matchedRuleIds,
      };
    case 'RULE ORDER':
      return { ok: true, result: outputs, matchedRuleIds };
  }
}
