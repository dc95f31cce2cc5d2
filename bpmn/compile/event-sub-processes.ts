/**
 * Event sub-processes (bpmn:subProcess triggeredByEvent="true"): started by the message of their start event
 * (ow:Message name) while the scope around them runs; `isInterrupting="false"` on the start leaves that scope running.
 */
import type { PlanNode } from '../plan';
import type { Findings } from './findings';
import { readMessage } from './ow-extensions';
import type { SourceNode } from './read-process';

export const isEventSubProcess = (source: SourceNode | undefined) =>
  source?.local === 'subProcess' && source.el.attrs.get('triggeredByEvent')?.trim() === 'true';

export function readEventTriggers(
  nodes: Map<string, PlanNode>,
  sources: Map<string, SourceNode>,
  findings: Findings,
): void {
  for (const node of nodes.values()) {
    const source = sources.get(node.id);
    if (node.type !== 'subProcess' || !isEventSubProcess(source)) continue;
    const start = sources.get(node.startNodeId);
    const byMessage =
      start?.eventDefinitions.length === 1 && start.eventDefinitions[0].local === 'messageEventDefinition';
    if (!start || !byMessage) {
      findings.error(
        source as SourceNode,
        'EVENT_SUB_PROCESS_START',
        '事件子流程的开始事件应为消息开始事件（带 ow:Message name）',
        'The start event of an event sub-process must be a message start event (with ow:Message name)',
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
    node.trigger = {
      message: readMessage(start, findings),
      interrupting: start.el.attrs.get('isInterrupting')?.trim() !== 'false',
    };
  }
}
