/**
 * Event sub-processes: a message starts each one whose scope is running (the procedure itself, or a sub-process a
 * token waits at). Interrupting, everything else in that scope is withdrawn first (the applicant withdrew: the
 * open tasks are cancelled and the withdrawal's own steps run); non-interrupting, it runs beside the rest.
 */
import type { SubProcessNode } from '../bpmn/plan';
import { recordEvent } from './events';
import type { ProcedureRuntime } from './runtime';
import { arrive } from './token-engine';
import { tokensIn, withdraw } from './withdraw';

const INTERRUPTED = '事件子流程中断 / interrupted by an event sub-process';

/** Starts the event sub-processes the message triggers; false when it triggered none. */
export async function triggerEventSubProcesses(rt: ProcedureRuntime, message: string): Promise<boolean> {
  const triggered = Object.values(rt.input.plan.nodes).filter(
    (node): node is SubProcessNode => node.type === 'subProcess' && node.trigger?.message === message,
  );
  let started = false;
  for (const node of triggered) {
    const scopes = node.parentId
      ? [...rt.tokens.values()].filter((t) => t.nodeId === node.parentId && t.wait?.kind === 'subProcess')
      : [{ id: '', path: [] as string[] }];
    for (const scope of scopes) {
      if (rt.finished || (scope.id && !rt.tokens.has(scope.id))) continue;
      started = true;
      const interrupting = node.trigger?.interrupting ?? true;
      await recordEvent(rt, 'eventSubProcess.started', { nodeId: node.id, message, interrupting });
      if (interrupting) await withdraw(rt, tokensIn(rt, scope.id), INTERRUPTED);
      await arrive(rt, { id: rt.nextTokenId(), nodeId: node.id, scope: scope.id, path: [...scope.path] });
    }
  }
  return started;
}
