/**
 * Generated procedures with every kind of element the interpreter runs, for the compiler bench (issue 26: "1,000
 * elements with the new element kinds"). One block repeats: a parallel split into a 会签 multi-instance user task
 * with a non-interrupting timer boundary and an embedded sub-process with a message boundary; an inclusive choice
 * on FEEL conditions into a service task (with a compensation handler) and a manual task; an event-based gateway on
 * a message and a FEEL timer; a choice to compensate; a call activity; a signal throw and a link pair. An event
 * sub-process started by a message completes the set. With a diagram interchange section as every modeler saves one
 * (a shape per node, an edge per flow; laid out on a plain grid: the compiler skips it, nobody draws it).
 */

const BLOCK_ELEMENTS = 56;
const SEQUENCE_FLOW = /<bpmn:sequenceFlow id="([^"]+)" sourceRef="([^"]+)" targetRef="([^"]+)"/g;
/** flow elements as the compiler's limit counts them: nodes and sequence flows, no associations */
const FLOW_ELEMENT_ID = /<bpmn:(?!association)(\w+) id="([^"]+)"/g;

let flowSeq = 0;
const flow = (source: string, target: string, condition?: string, id = `Flow_${++flowSeq}`) => {
  return condition
    ? `<bpmn:sequenceFlow id="${id}" sourceRef="${source}" targetRef="${target}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${condition}</bpmn:conditionExpression></bpmn:sequenceFlow>`
    : `<bpmn:sequenceFlow id="${id}" sourceRef="${source}" targetRef="${target}" />`;
};
const user = (id: string, name: string, department = '$lead', inner = '') =>
  `<bpmn:userTask id="${id}" name="${name}"><bpmn:extensionElements><ow:Candidates department="${department}" role="APPROVER" /><ow:Step kind="review" /></bpmn:extensionElements>${inner}</bpmn:userTask>`;
const end = (id: string) =>
  `<bpmn:endEvent id="${id}"><bpmn:extensionElements><ow:Outcome value="COMPLETED" /></bpmn:extensionElements></bpmn:endEvent>`;

/** One block: `entry` flows in, the returned id is where the next block attaches. 56 flow elements. */
function block(b: number, entry: string, parts: string[], variant: number): string {
  const id = (name: string) => `${name}_${b}`;
  parts.push(
    `<bpmn:parallelGateway id="${id('Split')}" />`,
    user(
      id('Countersign'),
      `会签 ${b}`,
      '${dept}',
      `<bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=matter.coDepartmentCodes" inputElement="dept" outputCollection="signed" completionCondition="=numberOfCompletedInstances &gt;= ${b * 1000 + variant}" /></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics>`,
    ),
    `<bpmn:boundaryEvent id="${id('Remind')}" attachedToRef="${id('Countersign')}" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>PT4H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>`,
    user(id('Chase'), `催办 ${b}`),
    end(id('ChaseEnd')),
    `<bpmn:subProcess id="${id('Survey')}" name="现场勘查 ${b}"><bpmn:startEvent id="${id('SurveyStart')}" />${user(id('Visit'), `勘查 ${b}`)}${user(id('Report'), `勘查报告 ${b}`)}${end(id('SurveyEnd'))}${flow(id('SurveyStart'), id('Visit'))}${flow(id('Visit'), id('Report'))}${flow(id('Report'), id('SurveyEnd'))}</bpmn:subProcess>`,
    `<bpmn:boundaryEvent id="${id('Cancelled')}" attachedToRef="${id('Survey')}"><bpmn:messageEventDefinition messageRef="Msg_cancelled" /></bpmn:boundaryEvent>`,
    `<bpmn:parallelGateway id="${id('Join')}" />`,
    `<bpmn:inclusiveGateway id="${id('Which')}" default="${id('Default')}" />`,
    `<bpmn:serviceTask id="${id('Notify')}" name="通知 ${b}"><bpmn:extensionElements><ow:ServiceCall activity="notify"><ow:Param name="template" value="reminder" /></ow:ServiceCall></bpmn:extensionElements></bpmn:serviceTask>`,
    `<bpmn:manualTask id="${id('File')}" name="归档 ${b}" />`,
    `<bpmn:inclusiveGateway id="${id('Merge')}" />`,
    `<bpmn:eventBasedGateway id="${id('Await')}" />`,
    `<bpmn:intermediateCatchEvent id="${id('Arrived')}"><bpmn:messageEventDefinition messageRef="Msg_arrived" /></bpmn:intermediateCatchEvent>`,
    `<bpmn:intermediateCatchEvent id="${id('Lapsed')}"><bpmn:timerEventDefinition><bpmn:timeDuration>=duration("P" + string(${b * 1000 + variant}) + "D")</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`,
    `<bpmn:exclusiveGateway id="${id('Either')}" />`,
    `<bpmn:boundaryEvent id="${id('Undo')}" attachedToRef="${id('Notify')}"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>`,
    `<bpmn:serviceTask id="${id('Recall')}" name="撤回通知 ${b}" isForCompensation="true"><bpmn:extensionElements><ow:ServiceCall activity="notify"><ow:Param name="template" value="reminder" /></ow:ServiceCall></bpmn:extensionElements></bpmn:serviceTask>`,
    `<bpmn:association id="${id('UndoBy')}" associationDirection="One" sourceRef="${id('Undo')}" targetRef="${id('Recall')}" />`,
    `<bpmn:exclusiveGateway id="${id('Keep')}" default="${id('Kept')}" />`,
    `<bpmn:intermediateThrowEvent id="${id('Compensate')}"><bpmn:compensateEventDefinition waitForCompletion="true" /></bpmn:intermediateThrowEvent>`,
    `<bpmn:callActivity id="${id('SiteSurvey')}" name="现场踏勘 ${b}"><bpmn:extensionElements><ow:CalledProcedure key="siteSurvey" /><ow:In source="form.area" target="area" /><ow:Out source="surveyResult" target="surveyResult" /></bpmn:extensionElements></bpmn:callActivity>`,
    `<bpmn:intermediateThrowEvent id="${id('Tell')}"><bpmn:signalEventDefinition signalRef="Sig_done" /></bpmn:intermediateThrowEvent>`,
    `<bpmn:intermediateThrowEvent id="${id('Jump')}"><bpmn:linkEventDefinition name="link_${b}" /></bpmn:intermediateThrowEvent>`,
    `<bpmn:intermediateCatchEvent id="${id('Land')}"><bpmn:linkEventDefinition name="link_${b}" /></bpmn:intermediateCatchEvent>`,
    flow(entry, id('Split')),
    flow(id('Split'), id('Countersign')),
    flow(id('Remind'), id('Chase')),
    flow(id('Chase'), id('ChaseEnd')),
    flow(id('Split'), id('Survey')),
    flow(id('Countersign'), id('Join')),
    flow(id('Survey'), id('Join')),
    flow(id('Cancelled'), id('Join')),
    flow(id('Join'), id('Which')),
    flow(id('Which'), id('Notify'), `=decision = &quot;notify ${b}.${variant}&quot;`),
    flow(id('Which'), id('File'), `=count(signed) &gt; ${b * 1000 + variant}`),
    flow(id('Notify'), id('Merge')),
    flow(id('Which'), id('Merge'), undefined, id('Default')),
    flow(id('File'), id('Merge')),
    flow(id('Merge'), id('Await')),
    flow(id('Await'), id('Arrived')),
    flow(id('Await'), id('Lapsed')),
    flow(id('Arrived'), id('Either')),
    flow(id('Lapsed'), id('Either')),
    flow(id('Either'), id('Keep')),
    flow(id('Keep'), id('Compensate'), `=decision = &quot;undo ${b}.${variant}&quot;`),
    flow(id('Keep'), id('SiteSurvey'), undefined, id('Kept')),
    flow(id('Compensate'), id('SiteSurvey')),
    flow(id('SiteSurvey'), id('Tell')),
    flow(id('Tell'), id('Jump')),
  );
  return id('Land');
}

/**
 * A procedure of about `elements` flow elements (whole blocks, so up to half a block more or less). Each `variant`
 * words its FEEL texts differently, so a bench compiling variants in turn never finds a text parsed before.
 */
export function generateMixedProcedure(elements: number, variant = 0): { xml: string; elements: number } {
  flowSeq = 0;
  const parts: string[] = ['<bpmn:startEvent id="Start" name="收件" />'];
  const blocks = Math.max(1, Math.round((elements - 9) / BLOCK_ELEMENTS));
  let last = 'Start';
  for (let b = 1; b <= blocks; b++) last = block(b, last, parts, variant);
  parts.push(end('End'), flow(last, 'End'));
  const withdrawal = `<bpmn:subProcess id="Withdrawal" triggeredByEvent="true"><bpmn:startEvent id="Withdrew"><bpmn:messageEventDefinition messageRef="Msg_withdrew" /></bpmn:startEvent>${user('ReturnMaterials', '退还材料', '$accepting')}<bpmn:endEvent id="WithdrawnEnd"><bpmn:extensionElements><ow:Outcome value="WITHDRAWN" /></bpmn:extensionElements></bpmn:endEvent>${flow('Withdrew', 'ReturnMaterials')}${flow('ReturnMaterials', 'WithdrawnEnd')}</bpmn:subProcess>`;
  const body = `${parts.join('\n')}\n${withdrawal}`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ow="http://onewindow.gov.cn/schema/bpmn/1.0" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_mixed" targetNamespace="http://onewindow.gov.cn/procedures">
  <bpmn:message id="Msg_cancelled" name="surveyCancelled" />
  <bpmn:message id="Msg_arrived" name="materialsArrived" />
  <bpmn:message id="Msg_withdrew" name="applicantWithdrew" />
  <bpmn:signal id="Sig_done" name="stepDone" />
  <bpmn:process id="bench_mixed" name="生成的流程（全部元素）" isExecutable="true">
${body}
  </bpmn:process>
${diagramInterchange(body)}
</bpmn:definitions>
`;
  return { xml, elements: body.match(FLOW_ELEMENT_ID)?.length ?? 0 };
}

/** A shape per node and an edge per sequence flow, on a grid of 20 columns. */
function diagramInterchange(body: string): string {
  const ids = [...body.matchAll(FLOW_ELEMENT_ID)].map(([, tag, id]) => ({ tag, id }));
  const at = (i: number) => ({ x: 150 + (i % 20) * 150, y: 100 + Math.floor(i / 20) * 150 });
  const nodes = ids.filter(({ tag }) => tag !== 'sequenceFlow');
  const where = new Map(nodes.map(({ id }, i) => [id, at(i)]));
  const shapes = nodes.map(({ id }) => {
    const { x, y } = where.get(id)!;
    return `      <bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="${y}" width="100" height="80" /></bpmndi:BPMNShape>`;
  });
  const edges = [...body.matchAll(SEQUENCE_FLOW)].map(([, id, source, target]) => {
    const [s, t] = [where.get(source)!, where.get(target)!];
    return `      <bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${s.x + 100}" y="${s.y + 40}" /><di:waypoint x="${t.x}" y="${t.y + 40}" /></bpmndi:BPMNEdge>`;
  });
  return `  <bpmndi:BPMNDiagram id="BPMNDiagram_mixed">
    <bpmndi:BPMNPlane id="BPMNPlane_mixed" bpmnElement="bench_mixed">
${[...shapes, ...edges].join('\n')}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>`;
}
