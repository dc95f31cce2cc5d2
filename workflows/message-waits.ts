/**
 * The messages a matter waits for now, each with the element that waits and its name: tokens at a message catch or
 * receive task (an event-based gateway's racers too), the message boundaries of the activities running, the event
 * sub-processes a message would start in a running scope, and the 补正 pause (materials supplied). The console offers one button per wait; a message sent through
 * the messages route (api/messages) must be one of them.
 */
import type { SubProcessNode } from '../bpmn/plan';
import { triggerMessage } from '../bpmn/plan-events';
import { boundaryWaits } from './boundary-events';
import { MESSAGE_MATERIALS_SUPPLIED, type MessageWait } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';

const SUPPLEMENT_LABEL = '材料已补正';

export function messageWaits(rt: ProcedureRuntime): MessageWait[] {
  if (rt.finished) return [];
  const waits: MessageWait[] = [];
  const add = (wait: MessageWait) => {
    if (!waits.some((w) => w.name === wait.name && w.nodeId === wait.nodeId)) waits.push(wait);
  };
  for (const token of rt.tokens.values()) {
    if (token.wait?.kind !== 'message') continue;
    const node = rt.node(token.nodeId);
    add({ name: token.wait.name, nodeId: node.id, label: node.name ?? token.wait.name });
  }
  for (const wait of boundaryWaits(rt, 'message')) add(wait);
  const running = (parentId?: string) =>
    !parentId || [...rt.tokens.values()].some((t) => t.nodeId === parentId && t.wait?.kind === 'subProcess');
  for (const node of Object.values(rt.input.plan.nodes)) {
    const message = node.type === 'subProcess' ? triggerMessage((node as SubProcessNode).trigger) : undefined;
    if (message !== undefined && running(node.parentId)) {
      const start = rt.input.plan.nodes[(node as SubProcessNode).startNodeId];
      add({ name: message, nodeId: node.id, label: start?.name ?? node.name ?? message });
    }
  }
  if (rt.memory.suspension) {
    const task = rt.task(rt.memory.suspension.taskKey);
    add({ name: MESSAGE_MATERIALS_SUPPLIED, nodeId: task?.nodeId ?? '', label: SUPPLEMENT_LABEL });
  }
  return waits;
}

/** Why a message is refused: the matter does not wait for it; the waits it has, named. */
export function notAwaitedReason(name: string, waits: readonly MessageWait[]): { zh: string; en: string } {
  if (waits.length === 0)
    return {
      zh: `该办件现在不等待消息“${name}”，也不等待任何消息`,
      en: `the matter is not waiting for the message "${name}" nor for any message`,
    };
  return {
    zh: `该办件现在不等待消息“${name}”，正在等待：${waits.map((w) => `${w.label}（${w.name}）`).join('、')}`,
    en: `the matter is not waiting for the message "${name}"; it waits for: ${waits.map((w) => w.name).join(', ')}`,
  };
}
