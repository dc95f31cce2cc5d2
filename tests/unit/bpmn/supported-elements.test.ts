import { compileBpmn } from '../../../bpmn/compiler';
import { SUPPORTED_ELEMENT_KINDS, supportedKindOf } from '../../../bpmn/supported-elements';
import { definitions, end, flow, start } from './diagram';

const refusal = (element: string) => {
  const result = compileBpmn(
    definitions(start() + element + end() + flow('F1', 'Start', 'X') + flow('F2', 'X', 'End')),
  );
  return result.ok ? [] : result.problems.filter((p) => p.elementId === 'X').map((p) => p.code);
};

describe('supported element kinds', () => {
  it('each kind has a distinct id, a Chinese and an English label', () => {
    expect(new Set(SUPPORTED_ELEMENT_KINDS.map((k) => k.id)).size).toBe(SUPPORTED_ELEMENT_KINDS.length);
    for (const kind of SUPPORTED_ELEMENT_KINDS) {
      expect(kind.label.zh).toMatch(/\p{Script=Han}/u);
      expect(kind.label.en).toMatch(/^[A-Z]/);
    }
  });

  it('matches an element by type, its one event definition and, when stated, whether it interrupts', () => {
    expect(supportedKindOf({ type: 'bpmn:UserTask', eventDefinitions: [] })?.planType).toBe('userTask');
    expect(supportedKindOf({ type: 'bpmn:SendTask', eventDefinitions: [] })?.planType).toBe('serviceTask');
    expect(supportedKindOf({ type: 'bpmn:ScriptTask', eventDefinitions: [] })).toBeUndefined();
    expect(supportedKindOf({ type: 'bpmn:EndEvent', eventDefinitions: ['bpmn:TerminateEventDefinition'] })?.id).toBe(
      'terminate-end',
    );
    expect(supportedKindOf({ type: 'bpmn:EndEvent', eventDefinitions: ['bpmn:ErrorEventDefinition'] })?.id).toBe(
      'error-end',
    );
    expect(supportedKindOf({ type: 'bpmn:EndEvent', eventDefinitions: ['bpmn:CompensateEventDefinition'] })?.id).toBe(
      'compensation-end',
    );
    expect(
      supportedKindOf({ type: 'bpmn:EndEvent', eventDefinitions: ['bpmn:CancelEventDefinition'] }),
    ).toBeUndefined();
    expect(supportedKindOf({ type: 'bpmn:EndEvent', eventDefinitions: ['bpmn:SignalEventDefinition'] })?.id).toBe(
      'signal-end',
    );
    expect(
      supportedKindOf({
        type: 'bpmn:BoundaryEvent',
        eventDefinitions: ['bpmn:TimerEventDefinition'],
        cancelActivity: false,
      })?.id,
    ).toBe('non-interrupting-timer-boundary');
    expect(
      supportedKindOf({
        type: 'bpmn:StartEvent',
        eventDefinitions: ['bpmn:TimerEventDefinition', 'bpmn:MessageEventDefinition'],
      }),
    ).toBeUndefined();
  });

  it('offers the typed starts of an event sub-process only inside one, matched by whether they interrupt', () => {
    const timerStart = { type: 'bpmn:StartEvent', eventDefinitions: ['bpmn:TimerEventDefinition'] };
    expect(supportedKindOf(timerStart)).toBeUndefined();
    expect(supportedKindOf({ ...timerStart, inEventSubProcess: true })?.planType).toBe('startEvent');
    expect(supportedKindOf({ ...timerStart, inEventSubProcess: true, isInterrupting: false })?.id).toBe(
      'non-interrupting-timer-start',
    );
    const errorStart = {
      type: 'bpmn:StartEvent',
      eventDefinitions: ['bpmn:ErrorEventDefinition'],
      inEventSubProcess: true,
    };
    expect(supportedKindOf(errorStart)?.id).toBe('error-start');
    expect(supportedKindOf({ ...errorStart, isInterrupting: false })).toBeUndefined();
    expect(supportedKindOf({ type: 'bpmn:StartEvent', eventDefinitions: [], inEventSubProcess: true })?.id).toBe(
      'start-event',
    );
  });

  it('is what the compiler accepts: an element of no listed kind is refused', () => {
    expect(refusal('<bpmn:complexGateway id="X"/>')).toEqual(['UNSUPPORTED_ELEMENT']);
    expect(refusal('<bpmn:scriptTask id="X"/>')).toEqual(['UNSUPPORTED_ELEMENT']);
    expect(refusal('<bpmn:callActivity id="X" calledElement="other"/>')).toEqual([]);
    expect(refusal('<bpmn:intermediateThrowEvent id="X"/>')).toEqual(['UNSUPPORTED_EVENT']);
    expect(refusal('<bpmn:parallelGateway id="X"/>')).toEqual([]);
  });
});
