import { codesAt, definitions, end, flow, planOf, problemsOf, start } from './diagram';

const messageCatch = (id: string, name: string) =>
  `<bpmn:intermediateCatchEvent id="${id}"><bpmn:extensionElements><ow:Message name="${name}"/></bpmn:extensionElements><bpmn:messageEventDefinition/></bpmn:intermediateCatchEvent>`;
const timerCatch = (id: string) =>
  `<bpmn:intermediateCatchEvent id="${id}"><bpmn:extensionElements><ow:Timer kind="duration" workingDays="15"/></bpmn:extensionElements><bpmn:timerEventDefinition/></bpmn:intermediateCatchEvent>`;

/** 补正: the materials arrive, or the period runs out. */
const race = (gateway = '<bpmn:eventBasedGateway id="G"/>', extra = '') =>
  definitions(
    start() +
      gateway +
      messageCatch('Supplied', 'materialsSupplied') +
      timerCatch('Lapsed') +
      end('Done') +
      end('Refused', 'REJECTED') +
      extra +
      flow('F1', 'Start', 'G') +
      flow('F2', 'G', 'Supplied') +
      flow('F3', 'G', 'Lapsed') +
      flow('F4', 'Supplied', 'Done') +
      flow('F5', 'Lapsed', 'Refused'),
  );

describe('event-based gateways', () => {
  it('compiles the 补正 race: a message catch against a timer catch', () => {
    const { plan, warnings } = planOf(race());
    expect(plan.nodes.G).toMatchObject({ type: 'eventGateway', outgoing: ['F2', 'F3'] });
    expect(plan.nodes.Supplied).toMatchObject({ type: 'messageCatch', message: 'materialsSupplied' });
    expect(plan.nodes.Lapsed).toMatchObject({ type: 'timerCatch' });
    expect(warnings).toEqual([]);
  });

  it('refuses a way out that is not a message or timer catch', () => {
    const xml = race(
      '<bpmn:eventBasedGateway id="G"/>',
      '<bpmn:task id="T"/>' + flow('F6', 'G', 'T') + flow('F7', 'T', 'Done'),
    );
    const problems = problemsOf(xml);
    expect(codesAt(problems)).toEqual(['EVENT_GATEWAY_INVALID@G']);
    expect(problems[0].messageEn).toContain('F6');
  });

  it('refuses a catch after the gateway that has another way in', () => {
    const xml = race('<bpmn:eventBasedGateway id="G"/>', flow('F6', 'Start', 'Lapsed'));
    expect(problemsOf(xml)[0]).toMatchObject({ code: 'EVENT_GATEWAY_INVALID', elementId: 'G' });
  });

  it('refuses instantiating and parallel event gateways, and one with a single way out', () => {
    expect(codesAt(problemsOf(race('<bpmn:eventBasedGateway id="G" eventGatewayType="Parallel"/>')))).toEqual([
      'EVENT_GATEWAY_INVALID@G',
    ]);
    expect(codesAt(problemsOf(race('<bpmn:eventBasedGateway id="G" instantiate="true"/>')))).toEqual([
      'EVENT_GATEWAY_INVALID@G',
    ]);
    const single = definitions(
      start() +
        '<bpmn:eventBasedGateway id="G"/>' +
        messageCatch('Supplied', 'materialsSupplied') +
        end() +
        flow('F1', 'Start', 'G') +
        flow('F2', 'G', 'Supplied') +
        flow('F3', 'Supplied', 'End'),
    );
    expect(problemsOf(single)[0].messageZh).toContain('至少两条');
  });
});
