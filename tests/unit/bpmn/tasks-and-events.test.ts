import { definitions, end, flow, planOf, problemsOf, start } from './diagram';

const through = (element: string) =>
  definitions(start() + element + end() + flow('F1', 'Start', 'X') + flow('F2', 'X', 'End'));

describe('undefined and manual tasks', () => {
  it.each([
    ['<bpmn:task id="X" name="归档整理"/>', 'task'],
    ['<bpmn:manualTask id="X" name="线下核对"/>', 'manualTask'],
  ])('%s passes the token through, as Camunda 8 runs it', (element, elementType) => {
    const { plan, warnings } = planOf(through(element));
    expect(plan.nodes.X).toMatchObject({ type: 'passThroughTask', elementType, incoming: ['F1'], outgoing: ['F2'] });
    expect(warnings).toEqual([]);
  });

  it('ignores vendor extensions on a plain task', () => {
    const { plan } = planOf(
      through(
        '<bpmn:task id="X"><bpmn:extensionElements><zeebe:taskHeaders xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"><zeebe:header key="a" value="b"/></zeebe:taskHeaders></bpmn:extensionElements></bpmn:task>',
      ),
    );
    expect(plan.nodes.X.type).toBe('passThroughTask');
  });

  it('still refuses script tasks, saying why', () => {
    const [problem] = problemsOf(through('<bpmn:scriptTask id="X" scriptFormat="javascript"/>'));
    expect(problem).toMatchObject({ code: 'UNSUPPORTED_ELEMENT', elementId: 'X', elementType: 'bpmn:ScriptTask' });
    expect(problem.messageZh).toContain('无法审核');
    expect(problem.messageEn).toContain('cannot be reviewed or audited');
  });
});

const withMessages = (body: string) =>
  definitions(body).replace(
    '<bpmn:process ',
    '<bpmn:message id="Msg_supplied" name="materialsSupplied"/><bpmn:message id="Msg_ready" name="RESULT_READY"/>' +
      '<bpmn:message id="Msg_nameless"/><bpmn:process ',
  );

describe('receive tasks', () => {
  it('waits for the message its messageRef names, like an intermediate message catch', () => {
    const { plan } = planOf(
      withMessages(
        start() +
          '<bpmn:receiveTask id="X" messageRef="Msg_supplied"/>' +
          end() +
          flow('F1', 'Start', 'X') +
          flow('F2', 'X', 'End'),
      ),
    );
    expect(plan.nodes.X).toMatchObject({ type: 'messageCatch', message: 'materialsSupplied' });
  });

  it('takes ow:Message before the standard messageRef', () => {
    const { plan } = planOf(
      withMessages(
        start() +
          '<bpmn:receiveTask id="X" messageRef="Msg_supplied"><bpmn:extensionElements><ow:Message name="higherAuthorityAnswer"/></bpmn:extensionElements></bpmn:receiveTask>' +
          end() +
          flow('F1', 'Start', 'X') +
          flow('F2', 'X', 'End'),
      ),
    );
    expect(plan.nodes.X).toMatchObject({ type: 'messageCatch', message: 'higherAuthorityAnswer' });
  });

  it('an intermediate catch reads the standard messageRef of its message event definition', () => {
    const { plan } = planOf(
      withMessages(
        start() +
          '<bpmn:intermediateCatchEvent id="X"><bpmn:messageEventDefinition messageRef="Msg_supplied"/></bpmn:intermediateCatchEvent>' +
          end() +
          flow('F1', 'Start', 'X') +
          flow('F2', 'X', 'End'),
      ),
    );
    expect(plan.nodes.X).toMatchObject({ type: 'messageCatch', message: 'materialsSupplied' });
  });

  it('a receive task naming no message, or a nameless one, is a problem', () => {
    for (const ref of ['', ' messageRef="Msg_nameless"', ' messageRef="Msg_missing"']) {
      const [problem] = problemsOf(
        withMessages(
          start() + `<bpmn:receiveTask id="X"${ref}/>` + end() + flow('F1', 'Start', 'X') + flow('F2', 'X', 'End'),
        ),
      );
      expect(problem).toMatchObject({ code: 'MESSAGE_MISSING_NAME', elementId: 'X', elementType: 'bpmn:ReceiveTask' });
      expect(problem.messageZh).toContain('接收任务');
      expect(problem.messageEn).toContain('messageRef');
    }
  });
});

describe('send tasks', () => {
  const send = (attrs: string, inner = '') =>
    withMessages(
      start() +
        `<bpmn:sendTask id="X"${attrs}>${inner}</bpmn:sendTask>` +
        end() +
        flow('F1', 'Start', 'X') +
        flow('F2', 'X', 'End'),
    );

  it('sends the notice its message names through the notify service', () => {
    const { plan } = planOf(send(' messageRef="Msg_ready"'));
    expect(plan.nodes.X).toMatchObject({
      type: 'serviceTask',
      activity: 'notify',
      params: { template: 'RESULT_READY' },
    });
  });

  it('runs like a service task when it has ow:ServiceCall', () => {
    const { plan } = planOf(
      send(
        ' messageRef="Msg_ready"',
        '<bpmn:extensionElements><ow:ServiceCall activity="archive"/></bpmn:extensionElements>',
      ),
    );
    expect(plan.nodes.X).toMatchObject({ type: 'serviceTask', activity: 'archive', params: {} });
  });

  it('refuses a send task that names no notice kind, listing the kinds', () => {
    for (const attrs of ['', ' messageRef="Msg_supplied"']) {
      const [problem] = problemsOf(send(attrs));
      expect(problem).toMatchObject({
        code: 'SEND_TASK_NOTHING_TO_SEND',
        elementId: 'X',
        elementType: 'bpmn:SendTask',
      });
      expect(problem.messageZh).toContain('RESULT_READY');
      expect(problem.messageEn).toContain('ow:ServiceCall');
    }
  });
});
