/**
 * Evaluates a parsed condition against the matter's facts. Deterministic and side-effect free (the workflow
 * imports it). Paths read own data properties only: a missing path, a prototype member (`constructor`,
 * `__proto__`) or a non-literal value is null. Comparisons are strict: no coercion between types.
 */
import type { Expr, Literal } from './expression-types';
import { evaluateFeel, feelPaths } from './feel';

/** What a condition may read: `decision`, `decisions.<nodeId>`, `matter.*`, `form.*`. */
export type Scope = Readonly<Record<string, unknown>>;

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);
const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

const isLiteral = (v: unknown): v is Literal =>
  v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** The own data value at the path; undefined when the path does not lead to one. */
function walk(scope: Scope, path: readonly string[]): unknown {
  let current: unknown = scope;
  for (const segment of path) {
    if (FORBIDDEN_SEGMENTS.has(segment)) return undefined;
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    if (!hasOwn(current, segment)) return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(current, segment);
    if (!descriptor || !('value' in descriptor)) return undefined;
    current = descriptor.value;
  }
  return current;
}

export function resolvePath(scope: Scope, path: readonly string[]): Literal {
  const value = walk(scope, path);
  return isLiteral(value) ? value : null;
}

/** A list of literals at the path (a multi-instance collection), else null. */
export function resolveList(scope: Scope, path: readonly string[]): Literal[] | null {
  const value = walk(scope, path);
  return Array.isArray(value) && value.every(isLiteral) ? [...value] : null;
}

/** A list of literals the collection expression gives (a path, or a FEEL expression), else null. */
export function resolveCollection(expr: Expr, scope: Scope): Literal[] | null {
  if (expr.kind === 'path') return resolveList(scope, expr.path);
  if (expr.kind !== 'feel') return null;
  const value = evaluateFeel(expr.source, scope);
  return Array.isArray(value) && value.every(isLiteral) ? value : null;
}

/** Truthiness of a condition's value: false, null, 0 and "" are false. */
export const truthy = (v: boolean | Literal): boolean => v !== null && v !== false && v !== 0 && v !== '';

function order(op: '<' | '<=' | '>' | '>=', a: Literal, b: Literal): boolean {
  const comparable =
    (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string');
  if (!comparable) return false;
  const x = a as number | string;
  const y = b as number | string;
  if (op === '<') return x < y;
  if (op === '<=') return x <= y;
  if (op === '>') return x > y;
  return x >= y;
}

export function evaluate(expr: Expr, scope: Scope): boolean | Literal {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'path':
      return resolvePath(scope, expr.path);
    case 'not':
      return !truthy(evaluate(expr.operand, scope));
    case 'and':
      return truthy(evaluate(expr.left, scope)) && truthy(evaluate(expr.right, scope));
    case 'or':
      return truthy(evaluate(expr.left, scope)) || truthy(evaluate(expr.right, scope));
    case 'in': {
      const needle = evaluate(expr.needle, scope);
      return expr.haystack.some((v) => v === needle);
    }
    case 'compare': {
      const left = evaluate(expr.left, scope);
      const right = evaluate(expr.right, scope);
      if (expr.op === '==') return left === right;
      if (expr.op === '!=') return left !== right;
      return order(expr.op, left, right);
    }
    case 'feel': {
      const value = evaluateFeel(expr.source, scope);
      return isLiteral(value) ? value : null;
    }
    default:
      return null;
  }
}

/** Whether a flow's condition holds: its value is truthy; a FEEL condition's only when it is true (as in Camunda). */
export const holds = (expr: Expr, scope: Scope): boolean =>
  expr.kind === 'feel' ? evaluate(expr, scope) === true : truthy(evaluate(expr, scope));

/** Every path the expression reads, e.g. for checking that conditions only read known roots. */
export function expressionPaths(expr: Expr): string[][] {
  switch (expr.kind) {
    case 'path':
      return [expr.path];
    case 'not':
      return expressionPaths(expr.operand);
    case 'and':
    case 'or':
    case 'compare':
      return [...expressionPaths(expr.left), ...expressionPaths(expr.right)];
    case 'in':
      return expressionPaths(expr.needle);
    case 'feel':
      return feelPaths(expr.source);
    default:
      return [];
  }
}
