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
