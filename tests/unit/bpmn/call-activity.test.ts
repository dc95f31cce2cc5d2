import { definitions, end, flow, planOf, problemsOf, start } from './diagram';

const ZEEBE = 'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"';
const around = (call: string, more = '') =>
  definitions(start() + call + end() + more + flow('F1', 'Start', 'Survey') + flow('F2', 'Survey', 'End')).replace(
    '<bpmn:definitions ',
    `<bpmn:definitions ${ZEEBE} `,
  );

describe('call activity', () => {
  it('reads ow:CalledProcedure with a pinned version, ow:In / ow:Out mappings and the propagate-all switches', () => {
    const { plan } = planOf(
      around(
        '<bpmn:callActivity id="Survey" name="现场踏勘"><bpmn:extensionElements>' +
          '<ow:CalledProcedure key="siteSurvey" version="2" propagateAllIn="true"/>' +
          '<ow:In source="form.area" target="area"/><ow:In source="=matter.itemCode" target="item"/>' +
          '<ow:Out source="surveyResult" target="surveyResult"/>' +
          '</bpmn:extensionElements></bpmn:callActivity>',
      ),
    );
    expect(plan.nodes.Survey).toEqual({
      id: 'Survey',
      name: '现场踏勘',
      type: 'callActivity',
      procedureKey: 'siteSurvey',
      version: 2,
      propagateAllIn: true,
      propagateAllOut: false,
      inputs: [
        { source: 'form.area', sourcePath: ['form', 'area'], target: 'area' },
        { source: 'matter.itemCode', sourcePath: ['matter', 'itemCode'], target: 'item' },
      ],
      outputs: [{ source: 'surveyResult', sourcePath: ['surveyResult'], target: 'surveyResult' }],
      boundaryTimerIds: [],
      incoming: ['F1'],
      outgoing: ['F2'],
    });
  });

  it("reads Camunda 8's zeebe:calledElement (latest version, propagating by default) and zeebe:ioMapping", () => {
    const { plan } = planOf(
      around(
        '<bpmn:callActivity id="Survey"><bpmn:extensionElements>' +
          '<zeebe:calledElement processId="siteSurvey" propagateAllChildVariables="false"/>' +
          '<zeebe:ioMapping><zeebe:input source="=area" target="area"/><zeebe:output source="=result" target="surveyResult"/></zeebe:ioMapping>' +
          '</bpmn:extensionElements></bpmn:callActivity>',
      ),
    );
    expect(plan.nodes.Survey).toMatchObject({
      procedureKey: 'siteSurvey',
      propagateAllIn: true,
      propagateAllOut: false,
      inputs: [{ source: 'area', target: 'area' }],
      outputs: [{ source: 'result', target: 'surveyResult' }],
    });
    expect(plan.nodes.Survey).not.toHaveProperty('version');
  });

  it('takes multi-instance, an error boundary and a boundary timer', () => {
    const { plan } = planOf(
      around(
        '<bpmn:callActivity id="Survey" calledElement="siteSurvey">' +
          '<bpmn:multiInstanceLoopCharacteristics isSequential="true"><bpmn:extensionElements>' +
          '<zeebe:loopCharacteristics inputCollection="=matter.coDepartmentCodes" inputElement="dept" outputCollection="surveys"/>' +
          '</bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:callActivity>',
        '<bpmn:boundaryEvent id="Unsafe" attachedToRef="Survey"><bpmn:errorEventDefinition/></bpmn:boundaryEvent>' +
          '<bpmn:boundaryEvent id="Late" attachedToRef="Survey"><bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>' +
          '<bpmn:endEvent id="Handled"><bpmn:extensionElements><ow:Outcome value="COMPLETED"/></bpmn:extensionElements></bpmn:endEvent>' +
          flow('F3', 'Unsafe', 'Handled') +
          flow('F4', 'Late', 'Handled'),
      ),
    );
    expect(plan.nodes.Survey).toMatchObject({
      multiInstance: { sequential: true, elementVariable: 'dept', outputCollection: 'surveys' },
      boundaryTimerIds: ['Late'],
    });
    expect(plan.nodes.Unsafe).toMatchObject({ type: 'boundaryEvent', kind: 'error', attachedToId: 'Survey' });
  });

  it('refuses an escalation boundary on it, as on any task', () => {
    const xml = around(
      '<bpmn:callActivity id="Survey" calledElement="siteSurvey"/>',
      '<bpmn:boundaryEvent id="Esc" attachedToRef="Survey"><bpmn:escalationEventDefinition/></bpmn:boundaryEvent>' +
        '<bpmn:endEvent id="E2"><bpmn:extensionElements><ow:Outcome value="COMPLETED"/></bpmn:extensionElements></bpmn:endEvent>' +
        flow('F3', 'Esc', 'E2'),
    );
    expect(problemsOf(xml).map((p) => `${p.code}@${p.elementId}`)).toEqual(['BOUNDARY_HOST_INVALID@Esc']);
  });
});
