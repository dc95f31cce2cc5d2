/**
 * Signal events: the signal's name is that of the bpmn:signal its `signalRef` names (as every modeler writes it). A
 * signal reaches every catch of the matter waiting for it, and the staff's broadcast (POST /api/signals/{name})
 * every running matter waiting for it.
 */
import type { EventRefs } from './errors-escalations';
import type { Findings } from './findings';
import type { SourceNode } from './read-process';

/** The signal's name; '' after reporting that there is none. */
export function signalName(node: SourceNode, refs: EventRefs, findings: Findings): string {
  const definition = node.eventDefinitions.find((d) => d.local === 'signalEventDefinition');
  const ref = definition?.attrs.get('signalRef')?.trim();
  const name = ref ? refs.signal.get(ref) : undefined;
  if (name) return name;
  findings.error(
    node,
    'SIGNAL_NAME_MISSING',
    ref
      ? `引用的信号 “${ref}” 不存在或没有名称（bpmn:signal name）`
      : '信号事件没有引用信号：请设置 signalRef，指向带名称的 bpmn:signal',
    ref
      ? `The referenced signal '${ref}' does not exist or has no name (bpmn:signal name)`
      : 'The signal event references no signal: set signalRef to a bpmn:signal with a name',
  );
  return '';
}
