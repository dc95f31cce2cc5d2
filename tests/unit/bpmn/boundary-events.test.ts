import { supportedKindOf } from '../../../bpmn/supported-elements';
import {
  codesAt,
  definitions,
  end,
  exclusive,
  flow,
  planOf,
  problemsOf,
  serviceTask,
  start,
  userTask,
} from './diagram';

const withRefs = (xml: string) =>
  xml.replace(
    '</bpmn:definitions>',
    '<bpmn:signal id="Sig" name="itemSuspended"/><bpmn:message id="Msg" name="applicantWithdrew"/></bpmn:definitions>',
  );
const boundary = (id: string, host: string, definition: string, interrupting = true) =>
  `<bpmn:boundaryEvent id="${id}" attachedToRef="${host}" cancelActivity="${interrupting}">${definition}</bpmn:boundaryEvent>`;
const message = '<bpmn:messageEventDefinition messageRef="Msg"/>';
const signal = '<bpmn:signalEventDefinition signalRef="Sig"/>';
const timer = (text: string, local = 'timeDuration') =>
  `<bpmn:timerEventDefinition><bpmn:${local}>${text}</bpmn:${local}></bpmn:timerEventDefinition>`;

const HOSTS: Record<string, string> = {
  userTask: userTask('Host'),
  serviceTask: serviceTask('Host'),
  callActivity: '<bpmn:callActivity id="Host" calledElement="siteSurvey"/>',
  subProcess:
    '<bpmn:subProcess id="Host"><bpmn:startEvent id="In"/><bpmn:endEvent id="Out"/>' +
    flow('W1', 'In', 'Out') +
    '</bpmn:subProcess>',
};

/** Start → Host → End, with the boundaries given, each leading to its own end. */
const onHost = (host: string, ...boundaries: [id: string, definition: string, interrupting?: boolean][]) =>
  withRefs(
    definitions(
      start() +
        host +
        end() +
        boundaries.map(([id, definition, interrupting]) => boundary(id, 'Host', definition, interrupting)).join('') +
        boundaries.map(([id]) => end(`${id}End`) + flow(`${id}Flow`, id, `${id}End`)).join('') +
        flow('F1', 'Start', 'Host') +
        flow('F2', 'Host', 'End'),
    ),
  );

describe('message, signal and timer boundary events', () => {
  it.each(Object.keys(HOSTS))('compile on a %s, interrupting or not', (kind) => {
    const { plan } = planOf(
      onHost(HOSTS[kind], ['OnMessage', message, true], ['OnSignal', signal, false], ['Late', timer('PT2H')]),
    );
    expect(plan.nodes.OnMessage).toMatchObject({
      type: 'boundaryCatch',
      kind: 'message',
      eventName: 'applicantWithdrew',
      attachedToId: 'Host',
      interrupting: true,
    });
    expect(plan.nodes.OnSignal).toMatchObject({ type: 'boundaryCatch', kind: 'signal', eventName: 'itemSuspended' });
    expect(plan.nodes.OnSignal).toMatchObject({ interrupting: false });
    expect(plan.nodes.Late).toMatchObject({ type: 'boundaryTimer', attachedToId: 'Host' });
  });

  it('list a timer on the user tasks and call activities that arm it, not on the other activities', () => {
    const onTask = planOf(onHost(HOSTS.userTask, ['Late', timer('PT2H')])).plan.nodes.Host;
    expect(onTask).toMatchObject({ boundaryTimerIds: ['Late'] });
    expect(planOf(onHost(HOSTS.serviceTask, ['Late', timer('PT2H')])).plan.nodes.Host).not.toHaveProperty(
      'boundaryTimerIds',
    );
  });

  it('refuse a boundary on what is no activity, or on an event sub-process', () => {
    const onGateway = withRefs(
      definitions(
        start() +
          exclusive('G') +
          end() +
          boundary('OnMessage', 'G', message) +
          boundary('OnSignal', 'G', signal) +
          flow('F1', 'Start', 'G') +
          flow('F2', 'G', 'End') +
          flow('F3', 'OnMessage', 'End') +
          flow('F4', 'OnSignal', 'End'),
      ),
    );
    const problems = problemsOf(onGateway);
    expect(codesAt(problems)).toEqual(
      expect.arrayContaining(['BOUNDARY_HOST_INVALID@OnMessage', 'BOUNDARY_HOST_INVALID@OnSignal']),
    );
    expect(problems.find((p) => p.elementId === 'OnMessage')?.messageZh).toContain('消息边界事件只能附着在');
    const onEventScope = withRefs(
      definitions(
        start() +
          end() +
          flow('F1', 'Start', 'End') +
          '<bpmn:subProcess id="Scope" triggeredByEvent="true"><bpmn:startEvent id="SStart">' +
          message +
          '</bpmn:startEvent><bpmn:endEvent id="SEnd"/>' +
          flow('W1', 'SStart', 'SEnd') +
          '</bpmn:subProcess>' +
          boundary('Late', 'Scope', timer('PT1H')) +
          end('LateEnd') +
          flow('F2', 'Late', 'LateEnd'),
      ),
    );
    expect(codesAt(problemsOf(onEventScope))).toContain('BOUNDARY_NOT_ON_USER_TASK@Late');
  });

  it('refuse a message boundary without a message name and a signal boundary without a signal', () => {
    const xml = onHost(
      HOSTS.userTask,
      ['NoName', '<bpmn:messageEventDefinition/>'],
      ['NoSignal', '<bpmn:signalEventDefinition signalRef="Ghost"/>'],
    );
    expect(codesAt(problemsOf(xml))).toEqual(['MESSAGE_MISSING_NAME@NoName', 'SIGNAL_NAME_MISSING@NoSignal']);
  });

  it('are offered by the replace menu with Chinese labels, interrupting and not', () => {
    const shape = (definition: string, cancelActivity: boolean) =>
      supportedKindOf({ type: 'bpmn:BoundaryEvent', eventDefinitions: [definition], cancelActivity });
    expect(shape('bpmn:MessageEventDefinition', true)?.label.zh).toBe('消息边界事件');
    expect(shape('bpmn:MessageEventDefinition', false)?.label.zh).toBe('消息边界事件（不中断）');
    expect(shape('bpmn:SignalEventDefinition', true)?.label.zh).toBe('信号边界事件');
    expect(shape('bpmn:SignalEventDefinition', false)?.id).toBe('non-interrupting-signal-boundary');
  });
});

describe('FEEL timer values', () => {
  it('keep the expression for the workflow, with the definition it stands for', () => {
    const xml = onHost(
      HOSTS.serviceTask,
      ['Late', timer('="PT" + string(days) + "D"')],
      ['At', timer('=date and time(deadlineAt)', 'timeDate')],
      ['Every', timer('="R3/PT" + string(hours) + "H"', 'timeCycle'), false],
    );
    const { nodes } = planOf(xml).plan;
    expect(nodes.Late).toMatchObject({
      timer: { kind: 'feel', source: '"PT" + string(days) + "D"', definition: 'timeDuration' },
    });
    expect(nodes.At).toMatchObject({ timer: { kind: 'feel', definition: 'timeDate' } });
    expect(nodes.Every).toMatchObject({ timer: { kind: 'feel', definition: 'timeCycle' } });
  });

  it('a FEEL syntax problem is a problem on the element; a FEEL cycle only on a non-interrupting boundary', () => {
    const xml = onHost(
      HOSTS.userTask,
      ['Broken', timer('="PT" +')],
      ['Unknown', timer('=soon()')],
      ['Cycle', timer('="R/PT1H"', 'timeCycle'), true],
    );
    const problems = problemsOf(xml);
    expect(codesAt(problems)).toEqual(['FEEL_SYNTAX@Broken', 'FEEL_UNKNOWN_FUNCTION@Unknown', 'TIMER_INVALID@Cycle']);
    expect(problems[0].messageZh).toContain('FEEL');
  });
});
