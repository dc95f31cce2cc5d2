/**
 * Which form values the interpreter needs: the keys its conditions read (`form.x`, or bare `x`, which the
 * interpreter's scope also offers). The API passes only these to the workflow and keeps every other typed value in
 * PostgreSQL, so no Temporal history holds what staff typed. A condition reading a free-text field would carry typed
 * text into the history: that is an error, and the designer uses an enum, yes/no, number or date field instead.
 */
import { expressionPaths } from '../expression';
import type { FormField, PlanFlow, PlanNode } from '../plan';
import { CONDITION_ROOTS, decisionResults } from './check-gateways';
import type { Findings } from './findings';

/** Field types whose values are free text (names, remarks, opinions): never passed to the workflow. */
export const FREE_TEXT_TYPES: ReadonlyArray<FormField['type']> = ['string', 'text'];

/** The form key a condition path reads, if it reads one. */
function formKeyOf(path: string[]): string | undefined {
  if (path[0] === 'form') return path[1];
  return (CONDITION_ROOTS as readonly string[]).includes(path[0]) ? undefined : path[0];
}

/** Every form key read by a condition, with the flows reading it, in plan order (a decision's result is none). */
function keysRead(flows: ReadonlyMap<string, PlanFlow>, results: readonly string[]): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const flow of flows.values()) {
    if (!flow.condition) continue;
    for (const path of expressionPaths(flow.condition)) {
      const key = formKeyOf(path);
      if (key !== undefined && !results.includes(key)) keys.set(key, [...new Set([...(keys.get(key) ?? []), flow.id])]);
    }
  }
  return keys;
}

/** The form keys conditions read, sorted. With findings (a compile), a free-text one is reported on its flows. */
export function conditionFormKeys(
  nodes: ReadonlyMap<string, PlanNode>,
  flows: ReadonlyMap<string, PlanFlow>,
  findings?: Findings,
): string[] {
  const read = keysRead(flows, decisionResults(nodes));
  if (findings) {
    const freeText = new Map<string, FormField>();
    for (const node of nodes.values()) {
      if (node.type !== 'userTask') continue;
      for (const field of node.formFields) if (FREE_TEXT_TYPES.includes(field.type)) freeText.set(field.key, field);
    }
    for (const [key, flowIds] of read) {
      const field = freeText.get(key);
      if (!field) continue;
      for (const flowId of flowIds)
        findings.error(
          { id: flowId, type: 'bpmn:SequenceFlow' },
          'CONDITION_READS_FREE_TEXT',
          `条件读取了自由文本字段 ${key}（${field.label}）：填写的文字不进入流程引擎，请改用枚举、是否、数字或日期字段`,
          `The condition reads the free-text field ${key} (${field.label}): typed text never enters the workflow engine; use an enum, yes/no, number or date field`,
        );
    }
  }
  return [...read.keys()].sort();
}
