import { compileBpmn } from '../../../bpmn/compiler';
import {
  codesAt,
  definitions,
  end,
  exclusive,
  flow,
  linear,
  planOf,
  problemsOf,
  serviceTask,
  start,
  timerBoundary,
  userTask,
} from './diagram';

describe('compileBpmn: problems name the element and the reason', () => {
  it('accepts a minimal start → task → end diagram', () => {
    const { plan, warnings } = planOf(linear());
    expect(plan.startNodeId).toBe('Start');
    expect(Object.keys(plan.nodes)).toEqual(['Start', 'Task', 'End']);
    expect(plan.nodes.Task).toMatchObject({
      type: 'userTask',
      incoming: ['F1'],
      outgoing: ['F2'],
      candidateDepartment: '$lead',
      candidateRole: 'APPROVER',
    });
    expect(warnings).toEqual([]);
  });

  it('reports a missing start event on the process', () => {
    const xml = definitions(userTask('Task') + end() + flow('F2', 'Task', 'End'));
    expect(codesAt(problemsOf(xml))).toContain('NO_START_EVENT@Process_1');
  });

  it('reports every one of several top-level start events', () => {
    const xml = definitions(
      start('S1') +
        start('S2') +
        userTask('Task') +
        end() +
        flow('F1', 'S1', 'Task') +
        flow('F3', 'S2', 'Task') +
        flow('F2', 'Task', 'End'),
    );
    expect(codesAt(problemsOf(xml))).toEqual(
      expect.arrayContaining(['MULTIPLE_START_EVENTS@S1', 'MULTIPLE_START_EVENTS@S2']),
    );
  });

  it('reports dangling and unknown flow ends on the flow', () => {
    const xml = definitions(
      start() +
        userTask('Task') +
        end() +
        flow('F1', 'Start', 'Task') +
        flow('F2', 'Task', 'End') +
        flow('F3', 'Ghost', 'End') +
        flow('F4', 'Task', 'Nowhere') +
        '<bpmn:sequenceFlow id="F5" sourceRef="Task"/>',
    );
    expect(codesAt(problemsOf(xml))).toEqual(
      expect.arrayContaining(['FLOW_UNKNOWN_SOURCE@F3', 'FLOW_UNKNOWN_TARGET@F4', 'FLOW_MISSING_REF@F5']),
    );
  });

  it.each([
    ['scriptTask', 'bpmn:ScriptTask'],
    ['complexGateway', 'bpmn:ComplexGateway'],
  ])('names the unsupported element type %s', (local, type) => {
    const xml = definitions(
      start() + `<bpmn:${local} id="X"/>` + end() + flow('F1', 'Start', 'X') + flow('F2', 'X', 'End'),
    );
    const problems = problemsOf(xml);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'UNSUPPORTED_ELEMENT', elementId: 'X', elementType: type }),
    ]);
    expect(problems[0].messageEn).toContain(type);
    expect(problems[0].messageZh).toContain(type);
  });

  it('refuses multi-instance manual tasks and loops instead of silently running them once', () => {
    const xml = definitions(
      start() +
        '<bpmn:manualTask id="Multi">' +
        '<bpmn:multiInstanceLoopCharacteristics isSequential="false"/></bpmn:manualTask>' +
        end() +
        flow('F1', 'Start', 'Multi') +
        flow('F2', 'Multi', 'End'),
    );
    const [problem] = problemsOf(xml);
    expect(problem).toMatchObject({ code: 'UNSUPPORTED_ELEMENT', elementId: 'Multi' });
    expect(problem.messageEn).toContain('$co');
  });

  it('explains what a call activity lacks: the procedure, a valid version, valid mappings', () => {
    const xml = definitions(
      start() +
        '<bpmn:callActivity id="Call"/>' +
        '<bpmn:callActivity id="Pinned"><bpmn:extensionElements><ow:CalledProcedure key="survey" version="v2"/>' +
        '<ow:In source="form.area + 1" target="area"/><ow:Out source="x" target="not a name"/></bpmn:extensionElements></bpmn:callActivity>' +
        end() +
        flow('F1', 'Start', 'Call') +
        flow('F2', 'Call', 'Pinned') +
        flow('F3', 'Pinned', 'End'),
    );
    const problems = problemsOf(xml);
    expect(codesAt(problems)).toEqual([
      'CALL_ACTIVITY_INVALID@Call',
      'CALL_ACTIVITY_INVALID@Pinned',
      'CALL_ACTIVITY_INVALID@Pinned',
      'CALL_ACTIVITY_INVALID@Pinned',
    ]);
    expect(problems[0].messageZh).toContain('ow:CalledProcedure');
    expect(problems.map((p) => p.messageEn).join(' ')).toMatch(/version 'v2'.*form\.area \+ 1.*not a name/s);
  });

  it('reports unsupported event kinds (message start, cancel end, conditional catch, conditional boundary)', () => {
    const xml = definitions(
      '<bpmn:startEvent id="S"><bpmn:messageEventDefinition/></bpmn:startEvent>' +
        userTask('Task') +
        '<bpmn:intermediateCatchEvent id="Signal"><bpmn:conditionalEventDefinition/></bpmn:intermediateCatchEvent>' +
        '<bpmn:boundaryEvent id="B" attachedToRef="Task"><bpmn:conditionalEventDefinition/></bpmn:boundaryEvent>' +
        '<bpmn:endEvent id="E"><bpmn:cancelEventDefinition/></bpmn:endEvent>' +
        flow('F1', 'S', 'Task') +
        flow('F2', 'Task', 'Signal') +
        flow('F3', 'Signal', 'E') +
        flow('F4', 'B', 'E'),
    );
    expect(codesAt(problemsOf(xml))).toEqual(
      expect.arrayContaining([
        'UNSUPPORTED_EVENT@S',
        'UNSUPPORTED_EVENT@Signal',
        'UNSUPPORTED_EVENT@B',
        'UNSUPPORTED_EVENT@E',
      ]),
    );
  });

  it('reports an exclusive gateway whose flows lack conditions and a default', () => {
    const xml = definitions(
      start() +
        exclusive('G') +
        end('A') +
        end('B') +
        flow('F1', 'Start', 'G') +
        flow('F2', 'G', 'A', 'decision == "approve"') +
        flow('F3', 'G', 'B'),
    );
    const problems = problemsOf(xml);
    expect(codesAt(problems)).toEqual(['GATEWAY_MISSING_CONDITION@G']);
    expect(problems[0].messageEn).toContain('F3');
  });

  it('accepts the same gateway once the unconditioned flow is its default', () => {
    const xml = definitions(
      start() +
        exclusive('G', 'F3') +
        end('A') +
        end('B') +
        flow('F1', 'Start', 'G') +
        flow('F2', 'G', 'A', 'decision == "approve"') +
        flow('F3', 'G', 'B'),
    );
    const { plan } = planOf(xml);
    expect(plan.nodes.G).toMatchObject({ type: 'exclusiveGateway', defaultFlowId: 'F3' });
    expect(plan.flows.F2.condition).toEqual({
      kind: 'compare',
      op: '==',
      left: { kind: 'path', path: ['decision'] },
      right: { kind: 'literal', value: 'approve' },
    });
  });

  it('reports a default flow that does not leave the gateway', () => {
    const xml = definitions(
      start() + exclusive('G', 'F1') + end('A') + flow('F1', 'Start', 'G') + flow('F2', 'G', 'A'),
    );
    expect(codesAt(problemsOf(xml))).toEqual(['DEFAULT_FLOW_INVALID@G']);
  });

  it('reports a condition syntax error on the flow, with its position', () => {
    const xml = definitions(
      start() +
        exclusive('G', 'F3') +
        end('A') +
        end('B') +
        flow('F1', 'Start', 'G') +
        flow('F2', 'G', 'A', 'decision = "approve"') +
        flow('F3', 'G', 'B'),
    );
    const [problem] = problemsOf(xml);
    expect(problem).toMatchObject({ code: 'CONDITION_SYNTAX', elementId: 'F2', elementType: 'bpmn:SequenceFlow' });
    expect(problem.messageEn).toContain('at character 10');
    expect(problem.messageZh).toContain('位置 10');
  });

  it('reports a condition on a flow that does not leave an exclusive gateway', () => {
    const xml = definitions(
      start() +
        userTask('Task') +
        end() +
        flow('F1', 'Start', 'Task') +
        flow('F2', 'Task', 'End', 'decision == "approve"'),
    );
    expect(codesAt(problemsOf(xml))).toEqual(['CONDITION_NOT_ALLOWED@F2']);
  });

  it('reports unreachable nodes and nodes that cannot reach an end', () => {
    const xml = definitions(
      start() +
        userTask('Task') +
        userTask('Island') +
        userTask('DeadEnd') +
        exclusive('G', 'F3') +
        end() +
        flow('F1', 'Start', 'G') +
        flow('F2', 'G', 'DeadEnd', 'decision == "x"') +
        flow('F3', 'G', 'Task') +
        flow('F4', 'Task', 'End'),
    );
    expect(codesAt(problemsOf(xml)).sort()).toEqual(['CANNOT_REACH_END@DeadEnd', 'UNREACHABLE@Island']);
  });

  it('reports a user task without candidates, and bad department, role, step kind and time limit values', () => {
    const xml = definitions(
      start() +
        userTask('NoOne', '<ow:Step kind="review"/>') +
        userTask('Bad', '<ow:Candidates department="NASA" role="KING"/><ow:Step kind="dance" timeLimitDays="-3"/>') +
        end() +
        flow('F1', 'Start', 'NoOne') +
        flow('F2', 'NoOne', 'Bad') +
        flow('F3', 'Bad', 'End'),
    );
    expect(codesAt(problemsOf(xml, { departments: ['MINZHENG'] }))).toEqual([
      'USER_TASK_NO_CANDIDATES@NoOne',
      'STEP_KIND_INVALID@Bad',
      'TIME_LIMIT_INVALID@Bad',
      'ROLE_INVALID@Bad',
      'CANDIDATE_DEPARTMENT_UNKNOWN@Bad',
    ]);
  });

  const candidates = (department: string) =>
    definitions(
      start() +
        userTask('Task', `<ow:Candidates department="${department}"/><ow:Step kind="review"/>`) +
        end() +
        flow('F1', 'Start', 'Task') +
        flow('F2', 'Task', 'End'),
    );

  it('accepts a known department code or a placeholder as candidate department', () => {
    for (const department of ['MINZHENG', '$lead', '$co', '$accepting']) {
      planOf(candidates(department), { departments: ['MINZHENG', 'CANLIAN'] });
    }
  });

  it('checks candidate departments against the departments it is given, not a list of its own', () => {
    // a department an admin added yesterday publishes; one never added (or deactivated) is refused, listing the choices
    planOf(candidates('TUIYIJUNREN'), { departments: ['MINZHENG', 'TUIYIJUNREN'] });
    const [problem] = problemsOf(candidates('TUIYIJUNREN'), { departments: ['MINZHENG'] });
    expect(problem).toMatchObject({
      code: 'CANDIDATE_DEPARTMENT_UNKNOWN',
      elementId: 'Task',
      elementType: 'bpmn:UserTask',
    });
    expect(problem.messageZh).toContain('MINZHENG、$lead');
    expect(problem.messageEn).toContain('does not exist or is inactive');
    expect(codesAt(problemsOf(candidates('MINZHENG'), { departments: [] }))).toEqual([
      'CANDIDATE_DEPARTMENT_UNKNOWN@Task',
    ]);
  });

  it('without a list of departments checks only the shape of the code (a file checked offline)', () => {
    planOf(candidates('ANY_DEPT'));
    expect(codesAt(problemsOf(candidates('minzheng')))).toEqual(['CANDIDATE_DEPARTMENT_UNKNOWN@Task']);
    expect(codesAt(problemsOf(candidates('$boss')))).toEqual(['CANDIDATE_DEPARTMENT_UNKNOWN@Task']);
  });

  it('reports service tasks without a service call or with an unknown activity', () => {
    const xml = definitions(
      start() +
        serviceTask('None', '') +
        serviceTask('Unknown', '<ow:ServiceCall activity="launchRocket"/>') +
        end() +
        flow('F1', 'Start', 'None') +
        flow('F2', 'None', 'Unknown') +
        flow('F3', 'Unknown', 'End'),
    );
    expect(codesAt(problemsOf(xml))).toEqual(['SERVICE_NO_CALL@None', 'SERVICE_UNKNOWN_ACTIVITY@Unknown']);
  });

  it('reports timers without ow:Timer or with bad values, and message catches without a name', () => {
    const catchTimer = (id: string, timer: string) =>
      `<bpmn:intermediateCatchEvent id="${id}"><bpmn:extensionElements>${timer}</bpmn:extensionElements><bpmn:timerEventDefinition/></bpmn:intermediateCatchEvent>`;
    const xml = definitions(
      start() +
        catchTimer('NoTimer', '') +
        catchTimer('BadKind', '<ow:Timer kind="weekly" hours="1"/>') +
        catchTimer('BadHours', '<ow:Timer kind="duration" hours="1.5"/>') +
        catchTimer('Zero', '<ow:Timer kind="duration"/>') +
        '<bpmn:intermediateCatchEvent id="Msg"><bpmn:messageEventDefinition/></bpmn:intermediateCatchEvent>' +
        end() +
        flow('F1', 'Start', 'NoTimer') +
        flow('F2', 'NoTimer', 'BadKind') +
        flow('F3', 'BadKind', 'BadHours') +
        flow('F4', 'BadHours', 'Zero') +
        flow('F5', 'Zero', 'Msg') +
        flow('F6', 'Msg', 'End'),
    );
    expect(codesAt(problemsOf(xml))).toEqual([
      'TIMER_MISSING@NoTimer',
      'TIMER_INVALID@BadKind',
      'TIMER_INVALID@BadHours',
      'TIMER_INVALID@Zero',
      'MESSAGE_MISSING_NAME@Msg',
    ]);
  });

  it('reports a boundary timer attached to something other than an activity, or to nothing', () => {
    const xml = definitions(
      start() +
        exclusive('G') +
        end() +
        timerBoundary('OnGateway', 'G') +
        timerBoundary('OnNothing', 'Ghost') +
        flow('F1', 'Start', 'G') +
        flow('F2', 'G', 'End') +
        flow('F3', 'OnGateway', 'End') +
        flow('F4', 'OnNothing', 'End'),
    );
    expect(codesAt(problemsOf(xml))).toEqual(
      expect.arrayContaining(['BOUNDARY_NOT_ON_USER_TASK@OnGateway', 'BOUNDARY_ATTACHED_UNKNOWN@OnNothing']),
    );
  });

  it('reports an invalid outcome', () => {
    const xml = definitions(start() + end('End', 'SUCCESS') + flow('F1', 'Start', 'End'));
    expect(codesAt(problemsOf(xml))).toEqual(['OUTCOME_INVALID@End']);
  });

  it('reports duplicate ids', () => {
    const xml = definitions(
      start() + userTask('Task') + userTask('Task') + end() + flow('F1', 'Start', 'Task') + flow('F2', 'Task', 'End'),
    );
    expect(codesAt(problemsOf(xml))).toEqual(['DUPLICATE_ID@Task']);
  });

  it('reports invalid form fields and duplicate keys on the task', () => {
    const fields =
      '<ow:Candidates role="CLERK"/><ow:Step kind="receive"/><ow:FormField key="1bad"/><ow:FormField key="a" type="colour"/>' +
      '<ow:FormField key="b" type="enum"/><ow:FormField key="c"/><ow:FormField key="c"/>';
    const xml = definitions(
      start() + userTask('Task', fields) + end() + flow('F1', 'Start', 'Task') + flow('F2', 'Task', 'End'),
    );
    expect(codesAt(problemsOf(xml))).toEqual([
      'FORM_FIELD_INVALID@Task',
      'FORM_FIELD_INVALID@Task',
      'FORM_FIELD_INVALID@Task',
      'FORM_FIELD_DUPLICATE@Task',
    ]);
  });

  it('warns (without failing) about an end without outcome and a user task without step kind', () => {
    const xml = definitions(
      start() +
        userTask('Task', '<ow:Candidates role="CLERK"/>') +
        end('End', null) +
        flow('F1', 'Start', 'Task') +
        flow('F2', 'Task', 'End'),
    );
    const { plan, warnings } = planOf(xml);
    expect(codesAt(warnings)).toEqual(['USER_TASK_NO_STEP@Task', 'END_NO_OUTCOME@End']);
    expect(plan.nodes.End).toMatchObject({ outcome: 'COMPLETED', terminate: false });
    expect(plan.nodes.Task).toMatchObject({ stepKind: 'other' });
  });

  it('warns about gateways without default, conditions on the default flow or reading unknown data, and missing service params', () => {
    const xml = definitions(
      start() +
        exclusive('G1') +
        exclusive('G2', 'F5') +
        serviceTask('Notify', '<ow:ServiceCall activity="notify"/>') +
        end('A') +
        end('B') +
        flow('F1', 'Start', 'G1') +
        flow('F2', 'G1', 'G2', '${decision == "approve"}') +
        flow('F3', 'G1', 'B', 'approved') +
        flow('F4', 'G2', 'Notify', 'form.urgent') +
        flow('F5', 'G2', 'B', 'true') +
        flow('F6', 'Notify', 'A'),
    );
    const { plan, warnings } = planOf(xml);
    expect(codesAt(warnings).sort()).toEqual([
      'CONDITION_ON_DEFAULT_FLOW@F5',
      'CONDITION_UNKNOWN_PATH@F3',
      'GATEWAY_NO_DEFAULT@G1',
      'SERVICE_PARAM_MISSING@Notify',
    ]);
    expect(plan.flows.F5.condition).toBeUndefined();
    expect(plan.flows.F2).toMatchObject({
      conditionSource: '${decision == "approve"}',
      condition: { kind: 'compare' },
    });
  });

  it('collects every problem of a badly broken diagram at once', () => {
    const xml = definitions(
      start('S1') +
        start('S2') +
        userTask('NoCandidates', '') +
        serviceTask('NoCall', '') +
        exclusive('G') +
        '<bpmn:scriptTask id="Plain"/>' +
        userTask('Island') +
        end('Good') +
        end('BadOutcome', 'MAYBE') +
        timerBoundary('Boundary', 'G', '') +
        flow('F1', 'S1', 'NoCandidates') +
        flow('F2', 'S2', 'NoCandidates') +
        flow('F3', 'NoCandidates', 'G') +
        flow('F4', 'G', 'NoCall', 'decision ==') +
        flow('F5', 'G', 'Plain') +
        flow('F6', 'NoCall', 'Good') +
        flow('F7', 'Plain', 'BadOutcome') +
        flow('F8', 'Boundary', 'Good') +
        flow('F9', 'NoCall', 'Missing'),
    );
    expect(codesAt(problemsOf(xml))).toEqual(
      expect.arrayContaining([
        'MULTIPLE_START_EVENTS@S1',
        'MULTIPLE_START_EVENTS@S2',
        'USER_TASK_NO_CANDIDATES@NoCandidates',
        'SERVICE_NO_CALL@NoCall',
        'GATEWAY_MISSING_CONDITION@G',
        'CONDITION_SYNTAX@F4',
        'UNSUPPORTED_ELEMENT@Plain',
        'UNREACHABLE@Island',
        'OUTCOME_INVALID@BadOutcome',
        'TIMER_MISSING@Boundary',
        'BOUNDARY_NOT_ON_USER_TASK@Boundary',
        'FLOW_UNKNOWN_TARGET@F9',
      ]),
    );
  });

  it('reports structural mistakes: flows into a start or a boundary event, out of an end, across a sub-process', () => {
    const xml = definitions(
      start() +
        userTask('Task') +
        end() +
        timerBoundary('B', 'Task') +
        '<bpmn:subProcess id="Sub"><bpmn:startEvent id="SubStart"/><bpmn:endEvent id="SubEnd"/>' +
        flow('SF1', 'SubStart', 'SubEnd') +
        '</bpmn:subProcess>' +
        flow('F1', 'Start', 'Task') +
        flow('F2', 'Task', 'Sub') +
        flow('F3', 'Sub', 'End') +
        flow('F4', 'End', 'Task') +
        flow('F5', 'Task', 'Start') +
        flow('F6', 'Task', 'B') +
        flow('F7', 'B', 'End') +
        flow('F8', 'Task', 'SubEnd'),
    );
    expect(codesAt(problemsOf(xml))).toEqual([
      'END_HAS_OUTGOING@End',
      'START_HAS_INCOMING@Start',
      'BOUNDARY_HAS_INCOMING@B',
      'FLOW_CROSSES_SCOPE@F8',
    ]);
  });

  it('never throws and answers one problem for input that is not a BPMN document', () => {
    for (const input of ['', '   ', 'hello', '<root/>', '<a><b></a>', '\u0000\u0001\u0002']) {
      const result = compileBpmn(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems).toHaveLength(1);
    }
  });
});
