/**
 * A business-rule task's decision table, kept in the diagram: `zeebe:CalledDecision decisionId resultVariable` on the
 * task (as Camunda 8 names a decision) and the DMN document as the body of the task's `ow:Dmn`, so the draft saves it
 * and every published version keeps it. Every edit is one undoable command (the panel's multi-command executor).
 */
import {
  extensionContainer,
  getExtension,
  update,
  type BpmnFactory,
  type Command,
  type CommandStack,
  type ModdleElement,
  type Shape,
} from '../ow-properties/extension';

const CALLED = 'zeebe:CalledDecision';
const DMN = 'ow:Dmn';
export const DEFAULT_RESULT_VARIABLE = 'result';

export interface TaskDecision {
  decisionId?: string;
  resultVariable?: string;
  /** the embedded DMN document */
  dmn?: string;
}

export function readTaskDecision(element: Shape): TaskDecision {
  const bo = element.businessObject;
  const called = getExtension(bo, CALLED);
  return {
    decisionId: called?.get('decisionId') || undefined,
    resultVariable: called?.get('resultVariable') || undefined,
    dmn: getExtension(bo, DMN)?.get('body') || undefined,
  };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A new table for the task: one input (the matter's kind), one output (the result variable), one empty rule. */
export function newDecisionTable(taskId: string, name: string, output: string): string {
  const id = `Decision_${taskId}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_${taskId}" name="${escapeXml(name)}" namespace="http://onewindow.gov.cn/dmn">
  <decision id="${id}" name="${escapeXml(name)}">
    <decisionTable id="DecisionTable_${taskId}" hitPolicy="UNIQUE">
      <input id="Input_1" label="matter.kind">
        <inputExpression id="InputExpression_1" typeRef="string"><text>matter.kind</text></inputExpression>
      </input>
      <output id="Output_1" label="${escapeXml(output)}" name="${escapeXml(output)}" typeRef="string" />
      <rule id="Rule_${taskId}_1">
        <inputEntry id="InputEntry_1"><text>-</text></inputEntry>
        <outputEntry id="OutputEntry_1"><text></text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
</definitions>`;
}

/** The id of the first decision of a DMN document. */
export function firstDecisionId(dmn: string): string | undefined {
  const doc = new DOMParser().parseFromString(dmn, 'application/xml');
  return doc.getElementsByTagNameNS('*', 'decision')[0]?.getAttribute('id') ?? undefined;
}

/** Stores the DMN on the task and names its decision (and a result variable, kept when it has one). */
export function writeTaskDecision(
  element: Shape,
  change: TaskDecision,
  factory: BpmnFactory,
  commandStack: CommandStack,
): void {
  const bo = element.businessObject;
  const commands: Command[] = [];
  const container = extensionContainer(element, element.businessObject, factory, commands);
  const values: ModdleElement[] = [...(container.get('values') ?? [])];
  const called = getExtension(bo, CALLED);
  const calledProps = {
    ...(change.decisionId !== undefined ? { decisionId: change.decisionId } : {}),
    ...(change.resultVariable !== undefined ? { resultVariable: change.resultVariable } : {}),
  };
  if (called) commands.push(update(element, called, calledProps));
  else {
    const created = factory.create(CALLED, { resultVariable: DEFAULT_RESULT_VARIABLE, ...calledProps });
    created.$parent = container;
    values.push(created);
  }
  if (change.dmn !== undefined) {
    const dmn = getExtension(bo, DMN);
    if (dmn) commands.push(update(element, dmn, { body: change.dmn }));
    else {
      const created = factory.create(DMN, { body: change.dmn });
      created.$parent = container;
      values.push(created);
    }
  }
  if (values.length !== (container.get('values') ?? []).length) commands.push(update(element, container, { values }));
  commandStack.execute('properties-panel.multi-command-executor', commands);
}
