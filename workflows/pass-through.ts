import type { PassThroughTaskNode } from '../bpmn/plan';
import { recordEvent } from './events';
import type { ProcedureRuntime } from './runtime';

/** A bpmn:task or bpmn:manualTask has nothing for the engine to do (Camunda 8 passes them too): only the timeline says it was passed. */
export async function recordPassThrough(rt: ProcedureRuntime, node: PassThroughTaskNode): Promise<void> {
  await recordEvent(rt, 'task.passed', { nodeId: node.id, elementType: node.elementType, name: node.name ?? node.id });
}
