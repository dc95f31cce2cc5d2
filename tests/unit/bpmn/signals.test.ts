import { codesAt, definitions, end, flow, planOf, problemsOf, start } from './diagram';

const withSignal = (xml: string) =>
  xml.replace('</bpmn:definitions>', '<bpmn:signal id="Sig" name="floodWarning"/></bpmn:definitions>');
const signalEvent = (element: string, id: string, ref = 'Sig') =>
  `<bpmn:${element} id="${id}"><bpmn:signalEventDefinition signalRef="${ref}"/></bpmn:${element}>`;

describe('signal events', () => {
  it('compile a catch, an intermediate throw and an end with the name of their bpmn:signal', () => {
    const xml = withSignal(
      definitions(
        start() +
          signalEvent('intermediateCatchEvent', 'Wait') +
          signalEvent('intermediateThrowEvent', 'Tell') +
          signalEvent('endEvent', 'SignalEnd') +
          flow('F1', 'Start', 'Wait') +
          flow('F2', 'Wait', 'Tell') +
          flow('F3', 'Tell', 'SignalEnd'),
      ),
    );
    const { nodes } = planOf(xml).plan;
    expect(nodes.Wait).toMatchObject({ type: 'signalCatch', signal: 'floodWarning' });
    expect(nodes.Tell).toMatchObject({ type: 'signalThrow', signal: 'floodWarning', end: false });
    expect(nodes.SignalEnd).toMatchObject({ type: 'signalThrow', signal: 'floodWarning', end: true });
  });

  it('compile the signal start of an event sub-process, interrupting or not', () => {
    const xml = withSignal(
      definitions(
        start() +
          end() +
          flow('F1', 'Start', 'End') +
          '<bpmn:subProcess id="OnFlood" triggeredByEvent="true">' +
          '<bpmn:startEvent id="FStart" isInterrupting="false"><bpmn:signalEventDefinition signalRef="Sig"/></bpmn:startEvent>' +
          '<bpmn:endEvent id="FEnd"/>' +
          flow('W1', 'FStart', 'FEnd') +
          '</bpmn:subProcess>',
      ),
    );
    expect(planOf(xml).plan.nodes.OnFlood).toMatchObject({
      trigger: { kind: 'signal', signal: 'floodWarning', interrupting: false },
    });
  });

  it('refuse a signal event without a signal, or with one that has no name, naming the event', () => {
    const xml = (ref: string) =>
      withSignal(
        definitions(
          start() +
            signalEvent('intermediateCatchEvent', 'Wait', ref) +
            end() +
            flow('F1', 'Start', 'Wait') +
            flow('F2', 'Wait', 'End'),
        ),
      );
    const problems = problemsOf(xml('Missing'));
    expect(codesAt(problems)).toEqual(['SIGNAL_NAME_MISSING@Wait']);
    expect(problems[0].messageZh).toContain('Missing');
    expect(codesAt(problemsOf(xml('')))).toEqual(['SIGNAL_NAME_MISSING@Wait']);
  });

  it('an event-based gateway may wait for a signal', () => {
    const xml = withSignal(
      definitions(
        start() +
          '<bpmn:eventBasedGateway id="Race"/>' +
          signalEvent('intermediateCatchEvent', 'Clear') +
          '<bpmn:intermediateCatchEvent id="Later"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>' +
          end() +
          flow('F1', 'Start', 'Race') +
          flow('F2', 'Race', 'Clear') +
          flow('F3', 'Race', 'Later') +
          flow('F4', 'Clear', 'End') +
          flow('F5', 'Later', 'End'),
      ),
    );
    expect(planOf(xml).plan.nodes.Clear).toMatchObject({ type: 'signalCatch', incoming: ['F2'] });
  });
});
