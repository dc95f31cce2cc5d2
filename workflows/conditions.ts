/**
 * A small evaluator over the condition AST, kept inside workflows/ so the bundle stays self-contained.
 * Never throws: a path that leads nowhere reads as null, and a comparison of mismatched types is false.
 */
import type { Expr, Literal } from '../bpmn/expression-types';

export type Scope = Record<string, unknown>;

export function evaluate(expr: Expr, scope: Scope): Literal {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'path':
      return lookup(scope, expr.path);
    case 'not':
      return !truthy(evaluate(expr.operand, scope));
    case 'and':
      return truthy(evaluate(expr.left, scope)) && truthy(evaluate(expr.right, scope));
    case 'or':
      return truthy(evaluate(expr.left, scope)) || truthy(evaluate(expr.right, scope));
    case 'compare':
      return compare(expr.op, evaluate(expr.left, scope), evaluate(expr.right, scope));
    case 'in': {
      const needle = evaluate(expr.needle, scope);
      return expr.haystack.some((candidate) => looseEquals(needle, candidate));
    }
  }
}

export function isTrue(expr: Expr, scope: Scope): boolean {
  return truthy(evaluate(expr, scope));
}

function truthy(value: Literal): boolean {
  return value !== null && value !== false && value !== 0 && value !== '';
}

function lookup(scope: Scope, path: string[]): Literal {
  let current: unknown = scope;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, segment)) return null;
    current = (current as Record<string, unknown>)[segment];
  }
  return asLiteral(current);
}

function asLiteral(value: unknown): Literal {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return null;
}

/** Form values often arrive as strings: "1000" compares equal to 1000. */
function asNumber(value: Literal): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function looseEquals(a: Literal, b: Literal): boolean {
  if (a === b) return true;
  if (typeof a === 'number' || typeof b === 'number') {
    const x = asNumber(a);
    const y = asNumber(b);
    return x !== undefined && y !== undefined && x === y;
  }
  return false;
}

function compare(op: '==' | '!=' | '<' | '<=' | '>' | '>=', a: Literal, b: Literal): boolean {
  if (op === '==') return looseEquals(a, b);
  if (op === '!=') return !looseEquals(a, b);
  const order = ordering(a, b);
  if (order === undefined) return false;
  switch (op) {
    case '<': return order < 0;
    case '<=': return order <= 0;
    case '>': return order > 0;
    case '>=': return order >= 0;
  }
}

/** Numbers compare numerically, strings (e.g. ISO dates) lexically; anything else is not ordered. */
function ordering(a: Literal, b: Literal): number | undefined {
  if (typeof a === 'number' || typeof b === 'number') {
    const x = asNumber(a);
    const y = asNumber(b);
    return x === undefined || y === undefined ? undefined : x - y;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}
