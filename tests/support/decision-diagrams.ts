/**
 * Diagrams with a business-rule task and its DMN decision table embedded (`ow:Dmn`), as the designer's decision-table
 * editor writes them, for the compiler, workflow, integration and browser tests.
 */
const DMN_NS = 'https://www.omg.org/spec/DMN/20191111/MODEL/';

export interface TableSpec {
  decisionId?: string;
  hitPolicy?: string;
  aggregation?: string;
  inputs: string[];
  outputs: Array<string | { name: string; values?: string }>;
  /** per rule: its input entries then its output entries */
  rules: Array<[string[], string[]]>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const text = (tag: string, body: string, id: string) => `<${tag} id="${id}"><text>${esc(body)}</text></${tag}>`;

/** A DMN 1.3 document with one decision table. */
export function dmnTable(spec: TableSpec): string {
  const decisionId = spec.decisionId ?? 'Decision_route';
  const policy = ` hitPolicy="${spec.hitPolicy ?? 'UNIQUE'}"${spec.aggregation ? ` aggregation="${spec.aggregation}"` : ''}`;
  const inputs = spec.inputs
    .map((e, i) => `<input id="In_${i}" label="in${i}">${text('inputExpression', e, `InExpr_${i}`)}</input>`)
    .join('');
  const outputs = spec.outputs
    .map((o, i) => {
      const { name, values } = typeof o === 'string' ? { name: o, values: undefined } : o;
      const list = values ? text('outputValues', values, `OutValues_${i}`) : '';
      return `<output id="Out_${i}" name="${name}" label="${name}" typeRef="string">${list}</output>`;
    })
    .join('');
  const rules = spec.rules
    .map(
      ([ins, outs], r) =>
        `<rule id="Rule_${r + 1}">` +
        ins.map((e, i) => text('inputEntry', e, `R${r + 1}I${i}`)).join('') +
        outs.map((e, i) => text('outputEntry', e, `R${r + 1}O${i}`)).join('') +
        '</rule>',
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?><definitions xmlns="${DMN_NS}" id="Dmn_${decisionId}" name="DRD" namespace="http://camunda.org/schema/1.0/dmn">` +
    `<decision id="${decisionId}" name="分流"><decisionTable id="Table_${decisionId}"${policy}>${inputs}${outputs}${rules}</decisionTable></decision></definitions>`
  );
}

/** A business-rule task naming its decision (zeebe:calledDecision) with the DMN embedded beside it (ow:Dmn). */
export const businessRuleTask = (
  id: string,
  dmn: string,
  { resultVariable = 'route', decisionId = 'Decision_route', extensions = '' } = {},
) =>
  `<bpmn:businessRuleTask id="${id}" name="分流规则"><bpmn:extensionElements>` +
  `<zeebe:calledDecision decisionId="${decisionId}" resultVariable="${resultVariable}"/>${extensions}<ow:Dmn>${esc(dmn)}</ow:Dmn>` +
  '</bpmn:extensionElements></bpmn:businessRuleTask>';

/** 分流: immediate matters are done at once, the others go to review; the rule table knows which. */
export const ROUTE_TABLE: TableSpec = {
  inputs: ['matter.kind', 'matter.viaAgent'],
  outputs: ['route'],
  rules: [
    [['"IMMEDIATE"', '-'], ['"fast"']],
    [['"PROMISED","JOINT","REPORTED"', 'false'], ['"review"']],
    [['"PROMISED","JOINT","REPORTED"', 'true'], ['"agent"']],
  ],
};

/**
 * Start → 分流规则 (business-rule task) → gateway: `=route = "fast"` ends COMPLETED at once, else (default) 审查, a user
 * task of the lead department, then the end. With `laidOut`, shapes and edges for the designer.
 */
export function routedByDecision(
  processId = 'Process_decision',
  table: TableSpec = ROUTE_TABLE,
  laidOut = false,
  task: { resultVariable?: string; extensions?: string } = {},
): string {
  const shape = (id: string, x: number, y: number, w = 100, h = 80) =>
    laidOut
      ? `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}"/></bpmndi:BPMNShape>`
      : '';
  const edge = (id: string, x1: number, x2: number) =>
    laidOut
      ? `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${x1}" y="140"/><di:waypoint x="${x2}" y="140"/></bpmndi:BPMNEdge>`
      : '';
  const flow = (id: string, s: string, t: string, condition?: string) =>
    `<bpmn:sequenceFlow id="${id}" sourceRef="${s}" targetRef="${t}">` +
    (condition
      ? `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${esc(condition)}</bpmn:conditionExpression>`
      : '') +
    '</bpmn:sequenceFlow>';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ow="http://onewindow.gov.cn/schema/bpmn/1.0" ' +
    'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" ' +
    'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Defs" targetNamespace="t">' +
    `<bpmn:process id="${processId}" name="决策分流" isExecutable="true">` +
    '<bpmn:startEvent id="Start"/>' +
    businessRuleTask('Classify', dmnTable(table), task) +
    '<bpmn:exclusiveGateway id="Route" default="ToReview"/>' +
    '<bpmn:userTask id="Review" name="审查"><bpmn:extensionElements><ow:Candidates department="$lead" role="APPROVER"/><ow:Step kind="review"/></bpmn:extensionElements></bpmn:userTask>' +
    '<bpmn:endEvent id="Fast" name="即办"><bpmn:extensionElements><ow:Outcome value="COMPLETED"/></bpmn:extensionElements></bpmn:endEvent>' +
    '<bpmn:endEvent id="Done" name="办结"><bpmn:extensionElements><ow:Outcome value="COMPLETED"/></bpmn:extensionElements></bpmn:endEvent>' +
    flow('F1', 'Start', 'Classify') +
    flow('F2', 'Classify', 'Route') +
    flow('ToFast', 'Route', 'Fast', '=route = "fast"') +
    flow('ToReview', 'Route', 'Review') +
    flow('F5', 'Review', 'Done') +
    '</bpmn:process>' +
    (laidOut
      ? `<bpmndi:BPMNDiagram id="D1"><bpmndi:BPMNPlane id="P1" bpmnElement="${processId}">` +
        shape('Start', 100, 122, 36, 36) +
        shape('Classify', 180, 100) +
        shape('Route', 330, 115, 50, 50) +
        shape('Fast', 450, 20, 36, 36) +
        shape('Review', 450, 100) +
        shape('Done', 610, 122, 36, 36) +
        edge('F1', 136, 180) +
        edge('F2', 280, 330) +
        `<bpmndi:BPMNEdge id="ToFast_di" bpmnElement="ToFast"><di:waypoint x="355" y="115"/><di:waypoint x="355" y="38"/><di:waypoint x="450" y="38"/></bpmndi:BPMNEdge>` +
        edge('ToReview', 380, 450) +
        edge('F5', 550, 610) +
        '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>'
      : '') +
    '</bpmn:definitions>'
  );
}
