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

  it('a message start outside an event sub-process is still refused', () => {
    const xml = definitions(messageStart().replace('WStart', 'S') + end() + flow('F1', 'S', 'End'));
    expect(codesAt(problemsOf(xml))).toContain('UNSUPPORTED_EVENT@S');
  });
});
