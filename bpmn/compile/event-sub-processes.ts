/**
 * Event sub-processes (bpmn:subProcess triggeredByEvent="true"), started while the scope around them runs by the
 * event of their start: a message (ow:Message name), a timer (ow:Timer or a standard ISO value), an error or an
 * escalation (errorRef / escalationRef → its code; none: every one). `isInterrupting="false"` on the start leaves
 * that scope running; an error start always interrupts, and a repeating timer (timeCycle) never does.
 */
import { isCycle } from '../../domain/iso-timer';
import type { PlanNode } from '../plan';
import type { EventTrigger } from '../plan-events';
import { codeOf, definitionOf, type EventRefs } from './errors-escalations';
import type { Findings } from './findings';
import { readMessage, readTimer } from './ow-extensions';
import { signalName } from './signals';
import type { SourceNode } from './read-process';

export const isEventSubProcess = (source: SourceNode | undefined) =>
  source?.local === 'subProcess' && source.el.attrs.get('triggeredByEvent')?.trim() === 'true';

/** The event definitions a start event of an event sub-process may carry. */
export const EVENT_SUB_PROCESS_STARTS = new Set([
  'messageEventDefinition',
  'timerEventDefinition',
  'errorEventDefinition',
  'escalationEventDefinition',
  'signalEventDefinition',
]);

function triggerOf(start: SourceNode, refs: EventRefs, findings: Findings): EventTrigger | undefined {
  const interrupting = start.el.attrs.get('isInterrupting')?.trim() !== 'false';
  switch (start.eventDefinitions[0].local) {
    case 'signalEventDefinition':
      return { kind: 'signal', signal: signalName(start, refs, findings), interrupting };
    case 'messageEventDefinition':
      return { message: readMessage(start, findings), interrupting };
    case 'timerEventDefinition': {
      const timer = readTimer(start, findings) ?? { kind: 'duration', hours: 0 };
      if (interrupting && isCycle(timer))
        findings.error(
          start,
          'TIMER_INVALID',
          '重复定时器（timeCycle）只能用于非中断的定时器开始事件（isInterrupting="false"）',
          'A repeating timer (timeCycle) is allowed only on a non-interrupting timer start event (isInterrupting="false")',
        );
      return { kind: 'timer', timer, interrupting };
    }
    default: {
      const { kind, ref } = definitionOf(start);
      const code = codeOf(start, kind, ref, refs, findings);
      if (kind === 'error' && !interrupting)
        findings.error(
          start,
          'ERROR_START_NON_INTERRUPTING',
          '错误开始事件总是中断所在范围：请去掉 isInterrupting="false"',
          'An error start event always interrupts its scope: remove isInterrupting="false"',
        );
      return { kind, ...(code ? { code } : {}), interrupting: kind === 'error' || interrupting };
    }
  }
}

export function readEventTriggers(
  nodes: Map<string, PlanNode>,
  sources: Map<string, SourceNode>,
  refs: EventRefs,
  findings: Findings,
): void {
  for (const node of nodes.values()) {
    const source = sources.get(node.id);
    if (node.type !== 'subProcess' || !isEventSubProcess(source)) continue;
    const start = sources.get(node.startNodeId);
    const supported =
      start?.eventDefinitions.length === 1 && EVENT_SUB_PROCESS_STARTS.has(start.eventDefinitions[0].local);
    if (!start || !supported) {
      findings.error(
        source as SourceNode,
        'EVENT_SUB_PROCESS_START',
        '事件子流程的开始事件应为消息、定时器、错误、升级或信号开始事件',
        'The start event of an event sub-process must be a message, timer, error, escalation or signal start event',
      );
      continue;
    }
    if (node.incoming.length > 0 || node.outgoing.length > 0) {
      findings.error(
        source as SourceNode,
        'EVENT_SUB_PROCESS_FLOWS',
        '事件子流程不能有进入或离开的连线',
        'An event sub-process may not have incoming or outgoing flows',
      );
    }
    node.trigger = triggerOf(start, refs, findings);
  }
}
