/**
 * Multi-instance activities (bpmn:multiInstanceLoopCharacteristics): the body token waits at the activity while
 * one instance per element of the collection runs in its scope, side by side or one after the other.
 */
import type { Token } from './interpreter-types';
import type { ProcedureRuntime } from './runtime';

const isBody = (token: Token | undefined): token is Token => token?.wait?.kind === 'multiInstance';

/**
 * The token of the activity enclosing this one (the sub-process it runs in), seen from outside: for an instance of a
 * multi-instance sub-process that is its whole body.
 */
export function enclosingActivity(rt: ProcedureRuntime, token: Token): Token | undefined {
  const parent = token.scope ? rt.tokens.get(token.scope) : undefined;
  if (!parent) return undefined;
  const body = rt.tokens.get(parent.scope);
  return isBody(body) && body.nodeId === parent.nodeId ? body : parent;
}
