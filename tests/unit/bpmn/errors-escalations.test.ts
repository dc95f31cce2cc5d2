import { codesAt, definitions, end, flow, planOf, problemsOf, serviceTask, start, userTask } from './diagram';

const errors =
  '<bpmn:error id="Err_materials" name="材料不全" errorCode="MATERIALS_INCOMPLETE"/>' +
  '<bpmn:error id="Err_nocode" name="无代码"/>' +
  '<bpmn:escalation id="Esc_lead" name="报分管领导" escalationCode="TO_LEAD"/>';
/** definitions() with bpmn:error / bpmn:escalation beside the process, as Camunda Modeler writes them. */
const withRefs = (body: string) => definitions(body).replace('</bpmn:definitions>', `${errors}</bpmn:definitions>`);

const errorEnd = (id: string, ref?: string) =>
  `<bpmn:endEvent id="${id}"><bpmn:errorEventDefinition${ref ? ` errorRef="${ref}"` : ''}/></bpmn:endEvent>`;
const boundary = (id: string, attachedTo: string, definition: string, interrupting = true) =>
  `<bpmn:boundaryEvent id="${id}" attachedToRef="${attachedTo}" cancelActivity="${interrupting}">${definition}</bpmn:boundaryEvent>`;
const subProcess = (id: string, inner: string) => `<bpmn:subProcess id="${id}">${inner}</bpmn:subProcess>`;

/** Start → Sub[ s → Check → (error end | escalation throw → e) ] → End, with boundaries on Sub. */
const caughtInSubProcess = (boundaries: string) =>
  withRefs(
    start() +
      subProcess(
        'Sub',
        start('SubStart') +
          '<bpmn:exclusiveGateway id="G" default="Fok"/>' +
          errorEnd('Fail', 'Err_materials') +
          '<bpmn:intermediateThrowEvent id="Raise"><bpmn:escalationEventDefinition escalationRef="Esc_lead"/></bpmn:intermediateThrowEvent>' +
          '<bpmn:endEvent id="SubEnd"/>' +
          flow('Fs', 'SubStart', 'G') +
          flow('Ffail', 'G', 'Fail', 'matter.kind == "X"') +
          flow('Fok', 'G', 'Raise') +
          flow('Fr', 'Raise', 'SubEnd'),
      ) +
      boundaries +
      userTask('Fix') +
      end() +
      end('Escalated') +
      flow('F1', 'Start', 'Sub') +
      flow('F2', 'Sub', 'End') +
      flow('F3', 'Caught', 'Fix') +
      flow('F4', 'Fix', 'End') +
      flow('F5', 'Esc', 'Escalated'),
  );

describe('errors and escalations', () => {
  it('compiles error end events, escalation throws and their boundary events with their codes', () => {
    const { plan } = planOf(
      caughtInSubProcess(
        boundary('Caught', 'Sub', '<bpmn:errorEventDefinition errorRef="Err_materials"/>') +
          boundary('Esc', 'Sub', '<bpmn:escalationEventDefinition/>', false),
      ),
    );
    expect(plan.nodes.Fail).toMatchObject({
      type: 'throwEvent',
      kind: 'error',
      code: 'MATERIALS_INCOMPLETE',
      end: true,
    });
    expect(plan.nodes.Raise).toMatchObject({ type: 'throwEvent', kind: 'escalation', code: 'TO_LEAD', end: false });
    expect(plan.nodes.Caught).toMatchObject({
      type: 'boundaryEvent',
      kind: 'error',
      attachedToId: 'Sub',
      interrupting: true,
      code: 'MATERIALS_INCOMPLETE',
    });
    expect(plan.nodes.Esc).toMatchObject({ type: 'boundaryEvent', kind: 'escalation', interrupting: false });
    expect(plan.nodes.Esc).not.toHaveProperty('code');
  });

  it('an error boundary without errorRef on a service task catches every error', () => {
    const { plan } = planOf(
      withRefs(
        start() +
          serviceTask('Issue', '<ow:ServiceCall activity="archive"/>') +
          boundary('Any', 'Issue', '<bpmn:errorEventDefinition/>') +
          end() +
          flow('F1', 'Start', 'Issue') +
          flow('F2', 'Issue', 'End') +
          flow('F3', 'Any', 'End'),
      ),
    );
    expect(plan.nodes.Any).toMatchObject({ type: 'boundaryEvent', kind: 'error', attachedToId: 'Issue' });
    expect(plan.nodes.Any).not.toHaveProperty('code');
  });

  it('reports a thrown error without a code, a dangling reference, a wrong host and a non-interrupting error boundary', () => {
    const xml = withRefs(
      start() +
        userTask('Task') +
        serviceTask('Svc') +
        boundary('OnTask', 'Task', '<bpmn:errorEventDefinition/>') +
        boundary('Soft', 'Svc', '<bpmn:errorEventDefinition/>', false) +
        boundary('EscOnSvc', 'Svc', '<bpmn:escalationEventDefinition/>') +
        errorEnd('NoCode', 'Err_nocode') +
        errorEnd('Dangling', 'Err_missing') +
        errorEnd('Bare') +
        '<bpmn:exclusiveGateway id="G" default="F3"/>' +
        flow('F1', 'Start', 'Task') +
        flow('F2', 'Task', 'G') +
        flow('F3', 'G', 'Svc') +
        flow('F4', 'G', 'NoCode', 'decision == "x"') +
        flow('F5', 'G', 'Dangling', 'decision == "y"') +
        flow('F6', 'Svc', 'Bare') +
        flow('F7', 'OnTask', 'Bare') +
        flow('F8', 'Soft', 'Bare') +
        flow('F9', 'EscOnSvc', 'Bare'),
    );
    const problems = problemsOf(xml);
    expect(codesAt(problems).sort()).toEqual(
      [
        'BOUNDARY_HOST_INVALID@OnTask',
        'ERROR_BOUNDARY_NON_INTERRUPTING@Soft',
        'BOUNDARY_HOST_INVALID@EscOnSvc',
        'THROW_CODE_MISSING@NoCode',
        'EVENT_REF_UNKNOWN@Dangling',
        'THROW_CODE_MISSING@Bare',
      ].sort(),
    );
    for (const p of problems) {
      expect(p.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.messageEn).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('still refuses error intermediate throws and error start events', () => {
    const xml = withRefs(
      start() +
        '<bpmn:intermediateThrowEvent id="T"><bpmn:errorEventDefinition errorRef="Err_materials"/></bpmn:intermediateThrowEvent>' +
        end() +
        flow('F1', 'Start', 'T') +
        flow('F2', 'T', 'End'),
    );
    expect(codesAt(problemsOf(xml))).toEqual(['UNSUPPORTED_EVENT@T']);
  });
});
