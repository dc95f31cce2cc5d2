/** Small BPMN documents for compiler tests, written as XML so every test reads like a diagram. */
import { compileBpmn, type CompileOptions } from '../../../bpmn/compiler';
import type { CompileProblem } from '../../../bpmn/plan';

export const NAMESPACES =
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ow="http://onewindow.gov.cn/schema/bpmn/1.0" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

export const definitions = (processBody: string, processId = 'Process_1') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions ${NAMESPACES} id="Defs" targetNamespace="t">` +
  `<bpmn:process id="${processId}" name="测试流程">${processBody}</bpmn:process></bpmn:definitions>`;

const ext = (inner: string) => (inner ? `<bpmn:extensionElements>${inner}</bpmn:extensionElements>` : '');

export const start = (id = 'Start') => `<bpmn:startEvent id="${id}"/>`;
export const end = (id = 'End', outcome: string | null = 'COMPLETED') =>
  `<bpmn:endEvent id="${id}">${ext(outcome ? `<ow:Outcome value="${outcome}"/>` : '')}</bpmn:endEvent>`;
export const userTask = (
  id: string,
  extensions = '<ow:Candidates department="$lead" role="APPROVER"/><ow:Step kind="approve"/>',
) => `<bpmn:userTask id="${id}" name="${id}">${ext(extensions)}</bpmn:userTask>`;
export const serviceTask = (id: string, extensions = '<ow:ServiceCall activity="archive"/>') =>
  `<bpmn:serviceTask id="${id}">${ext(extensions)}</bpmn:serviceTask>`;
export const flow = (id: string, source: string, target: string, condition?: string) =>
  condition === undefined
    ? `<bpmn:sequenceFlow id="${id}" sourceRef="${source}" targetRef="${target}"/>`
    : `<bpmn:sequenceFlow id="${id}" sourceRef="${source}" targetRef="${target}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${condition}</bpmn:conditionExpression></bpmn:sequenceFlow>`;
export const exclusive = (id: string, defaultFlow?: string) =>
  `<bpmn:exclusiveGateway id="${id}"${defaultFlow ? ` default="${defaultFlow}"` : ''}/>`;
export const timerBoundary = (
  id: string,
  attachedTo: string,
  timer = '<ow:Timer kind="duration" hours="4"/>',
  interrupting = true,
) =>
  `<bpmn:boundaryEvent id="${id}" attachedToRef="${attachedTo}" cancelActivity="${interrupting}">${ext(timer)}<bpmn:timerEventDefinition/></bpmn:boundaryEvent>`;

/** Split by conditions into up to three reviews, joined again: Fd is the default way. */
export const inclusiveReview = (split = '<bpmn:inclusiveGateway id="Split" default="Fd"/>') =>
  definitions(
    start() +
      split +
      userTask('A') +
      userTask('B') +
      userTask('C') +
      '<bpmn:inclusiveGateway id="Join"/>' +
      end() +
      flow('F1', 'Start', 'Split') +
      flow('Fa', 'Split', 'A', 'matter.kind == "PROMISED"') +
      flow('Fb', 'Split', 'B', '${matter.viaAgent == true}') +
      flow('Fd', 'Split', 'C') +
      flow('Ja', 'A', 'Join') +
      flow('Jb', 'B', 'Join') +
      flow('Jc', 'C', 'Join') +
      flow('F9', 'Join', 'End'),
  );

/** Start → Task → End, valid. */
export const linear = () =>
  definitions(start() + userTask('Task') + end() + flow('F1', 'Start', 'Task') + flow('F2', 'Task', 'End'));

export function problemsOf(xml: string, options?: CompileOptions): CompileProblem[] {
  const result = compileBpmn(xml, options);
  if (result.ok)
    throw new Error(`expected problems, the diagram compiled (warnings: ${JSON.stringify(result.warnings)})`);
  return result.problems;
}

/** code@elementId of each problem, easy to compare with toContain / toEqual. */
export const codesAt = (problems: CompileProblem[]) => problems.map((p) => `${p.code}@${p.elementId}`);

export function planOf(xml: string, options?: CompileOptions) {
  const result = compileBpmn(xml, options);
  if (!result.ok) throw new Error(`expected a plan, got problems: ${JSON.stringify(result.problems, null, 1)}`);
  return result;
}
