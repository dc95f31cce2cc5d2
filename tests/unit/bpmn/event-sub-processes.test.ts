import { codesAt, definitions, end, flow, linear, planOf, problemsOf, start, userTask } from './diagram';

const eventSubProcess = (startEvent: string, extraFlows = '') =>
  definitions(
    start() +
      userTask('Task') +
      end() +
      flow('F1', 'Start', 'Task') +
      flow('F2', 'Task', 'End') +
      `<bpmn:subProcess id="Withdrawal" triggeredByEvent="true">${startEvent}` +
      '<bpmn:endEvent id="WEnd"/>' +
      flow('W1', 'WStart', 'WEnd') +
      '</bpmn:subProcess>' +
      extraFlows,
  );
const messageStart = (interrupting = true) =>
  `<bpmn:startEvent id="WStart" isInterrupting="${interrupting}"><bpmn:extensionElements><ow:Message name="applicantWithdrew"/></bpmn:extensionElements><bpmn:messageEventDefinition/></bpmn:startEvent>`;

describe('event sub-processes', () => {
  it('compile with their message and whether they interrupt; unreached by flows is no problem', () => {
    expect(planOf(eventSubProcess(messageStart())).plan.nodes.Withdrawal).toMatchObject({
      type: 'subProcess',
      startNodeId: 'WStart',
      trigger: { message: 'applicantWithdrew', interrupting: true },
    });
    expect(planOf(eventSubProcess(messageStart(false))).plan.nodes.Withdrawal).toMatchObject({
      trigger: { interrupting: false },
    });
    expect(planOf(linear()).plan.nodes.Task).not.toHaveProperty('trigger');
  });

  it('report a start that is no message start, a nameless message and flows in or out', () => {
    expect(codesAt(problemsOf(eventSubProcess('<bpmn:startEvent id="WStart"/>')))).toEqual([
      'EVENT_SUB_PROCESS_START@Withdrawal',
    ]);
    expect(
      codesAt(
        problemsOf(eventSubProcess('<bpmn:startEvent id="WStart"><bpmn:messageEventDefinition/></bpmn:startEvent>')),
      ),
    ).toEqual(['MESSAGE_MISSING_NAME@WStart']);
    expect(codesAt(problemsOf(eventSubProcess(messageStart(), flow('F3', 'Withdrawal', 'End'))))).toEqual([
      'EVENT_SUB_PROCESS_FLOWS@Withdrawal',
    ]);
  });

  it('compile a timer start (ow:Timer or ISO), a cycle only when non-interrupting', () => {
    const timerStart = (interrupting: boolean, definition: string) =>
      `<bpmn:startEvent id="WStart" isInterrupting="${interrupting}"><bpmn:timerEventDefinition>${definition}</bpmn:timerEventDefinition></bpmn:startEvent>`;
    const cycle = '<bpmn:timeCycle>R/PT1H</bpmn:timeCycle>';
    expect(planOf(eventSubProcess(timerStart(false, cycle))).plan.nodes.Withdrawal).toMatchObject({
      trigger: { kind: 'timer', timer: { kind: 'isoCycle', duration: 'PT1H' }, interrupting: false },
    });
    expect(
      planOf(eventSubProcess(timerStart(true, '<bpmn:timeDuration>P2D</bpmn:timeDuration>'))).plan.nodes.Withdrawal,
    ).toMatchObject({
      trigger: { kind: 'timer', timer: { kind: 'isoDuration', duration: 'P2D' }, interrupting: true },
    });
    const withOwTimer =
      '<bpmn:startEvent id="WStart"><bpmn:extensionElements><ow:Timer kind="duration" workingDays="3"/></bpmn:extensionElements><bpmn:timerEventDefinition/></bpmn:startEvent>';
    expect(planOf(eventSubProcess(withOwTimer)).plan.nodes.Withdrawal).toMatchObject({
      trigger: { kind: 'timer', timer: { kind: 'duration', workingDays: 3 } },
    });
    const problems = problemsOf(eventSubProcess(timerStart(true, cycle)));
    expect(codesAt(problems)).toEqual(['TIMER_INVALID@WStart']);
    expect(problems[0].messageZh).toContain('非中断');
  });

  it('compile a timer start in FEEL, evaluated by the workflow; a FEEL cycle only when non-interrupting', () => {
    const feel = (interrupting: boolean, definition: string) =>
      `<bpmn:startEvent id="WStart" isInterrupting="${interrupting}"><bpmn:timerEventDefinition>${definition}</bpmn:timerEventDefinition></bpmn:startEvent>`;
    const duration = '<bpmn:timeDuration>="P" + string(matter.promisedDays) + "D"</bpmn:timeDuration>';
    expect(planOf(eventSubProcess(feel(true, duration))).plan.nodes.Withdrawal).toMatchObject({
      trigger: {
        kind: 'timer',
        timer: { kind: 'feel', source: '"P" + string(matter.promisedDays) + "D"', definition: 'timeDuration' },
      },
    });
    const cycle = '<bpmn:timeCycle>="R2/PT" + string(matter.promisedDays) + "H"</bpmn:timeCycle>';
    expect(codesAt(problemsOf(eventSubProcess(feel(true, cycle))))).toEqual(['TIMER_INVALID@WStart']);
    expect(planOf(eventSubProcess(feel(false, cycle))).plan.nodes.Withdrawal).toMatchObject({
      trigger: { interrupting: false },
    });
  });

  it('compile an error or escalation start with the code of its reference; an error start always interrupts', () => {
    const withRefs = (xml: string) =>
      xml.replace(
        '</bpmn:definitions>',
        '<bpmn:error id="Err" errorCode="NOT_ELIGIBLE"/><bpmn:escalation id="Esc" escalationCode="LEADER"/></bpmn:definitions>',
      );
    const codeStart = (definition: string, interrupting = true) =>
      `<bpmn:startEvent id="WStart" isInterrupting="${interrupting}">${definition}</bpmn:startEvent>`;
    expect(
      planOf(withRefs(eventSubProcess(codeStart('<bpmn:errorEventDefinition errorRef="Err"/>')))).plan.nodes.Withdrawal,
    ).toMatchObject({ trigger: { kind: 'error', code: 'NOT_ELIGIBLE', interrupting: true } });
    expect(
      planOf(withRefs(eventSubProcess(codeStart('<bpmn:escalationEventDefinition escalationRef="Esc"/>', false)))).plan
        .nodes.Withdrawal,
    ).toMatchObject({ trigger: { kind: 'escalation', code: 'LEADER', interrupting: false } });
    expect(planOf(eventSubProcess(codeStart('<bpmn:errorEventDefinition/>'))).plan.nodes.Withdrawal).toMatchObject({
      trigger: { kind: 'error', interrupting: true },
    });
    expect(
      codesAt(problemsOf(withRefs(eventSubProcess(codeStart('<bpmn:errorEventDefinition errorRef="Err"/>', false))))),
    ).toEqual(['ERROR_START_NON_INTERRUPTING@WStart']);
    expect(codesAt(problemsOf(eventSubProcess(codeStart('<bpmn:errorEventDefinition errorRef="Nope"/>'))))).toEqual([
      'EVENT_REF_UNKNOWN@WStart',
    ]);
  });

  it('a message, timer or error start outside an event sub-process is still refused', () => {
    const xml = definitions(messageStart().replace('WStart', 'S') + end() + flow('F1', 'S', 'End'));
    expect(codesAt(problemsOf(xml))).toContain('UNSUPPORTED_EVENT@S');
    const timer = definitions(
      '<bpmn:startEvent id="S"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>' +
        end() +
        flow('F1', 'S', 'End'),
    );
    expect(codesAt(problemsOf(timer))).toContain('UNSUPPORTED_EVENT@S');
  });
});
