import type { Token } from './interpreter-types';
import type { Actor } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';
import { withdrawCall } from './call-activity';
import { cancelGroup } from './user-tasks';

/** The live tokens of one scope: '' for the top level, else the id of the token waiting at the sub-process. */
export function tokensIn(rt: ProcedureRuntime, scope: string): Token[] {
  return [...rt.tokens.values()].filter((token) => token.scope === scope);
}

/**
 * Takes tokens off the plan without letting them move on (退回 rewinding, a terminate end in a sub-process): their
 * open tasks are cancelled with the comment, their timers cancelled, join and message waits dropped, and the
 * sub-processes they wait at emptied the same way, however deeply nested. A service still running for one of
 * them finds its token gone and its result is dropped.
 */
export async function withdraw(rt: ProcedureRuntime, tokens: Token[], comment: string, actor?: Actor): Promise<void> {
  for (const token of tokens) {
    // a `$co` activation's other tokens go with its first one
    if (rt.tokens.get(token.id) !== token) continue;
    if (token.groupId) await cancelGroup(rt, token.groupId, comment, actor);
    if (token.wait?.kind === 'call') await withdrawCall(rt, token, comment);
    rt.tokens.delete(token.id);
    rt.planTimers.cancelWhere(
      (timer) =>
        (timer.target.kind === 'catch' || timer.target.kind === 'callBoundary') && timer.target.tokenId === token.id,
    );
    cancelScopeTimers(rt, token.id);
    await withdraw(rt, tokensIn(rt, token.id), comment, actor);
  }
}

/** The timer starts of the event sub-processes of a scope that ended or was interrupted. */
export function cancelScopeTimers(rt: ProcedureRuntime, scope: string): void {
  rt.planTimers.cancelWhere((timer) => timer.target.kind === 'eventSubProcess' && timer.target.scope === scope);
}
