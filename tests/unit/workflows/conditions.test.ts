import type { Expr, Literal } from '../../../bpmn/expression-types';
import { evaluate, isTrue } from '../../../workflows/conditions';

const path = (dotted: string): Expr => ({ kind: 'path', path: dotted.split('.') });
const lit = (value: Literal): Expr => ({ kind: 'literal', value });
const cmp = (op: '==' | '!=' | '<' | '<=' | '>' | '>=', left: Expr, right: Expr): Expr => ({ kind: 'compare', op, left, right });

const scope = {
  decision: 'approve', amount: 1200, amountText: '1000', approved: true, note: '', applyDate: '2026-03-01',
  matter: { kind: 'JOINT', viaAgent: false, coDepartmentCodes: ['CO1'] },
};

describe('condition evaluator', () => {
  test('reads paths, nested paths, and null for what is missing or not a literal', () => {
    expect(evaluate(path('decision'), scope)).toBe('approve');
    expect(evaluate(path('matter.kind'), scope)).toBe('JOINT');
    expect(evaluate(path('matter.nothing.deeper'), scope)).toBeNull();
    expect(evaluate(path('matter.coDepartmentCodes'), scope)).toBeNull();
    expect(evaluate(path('toString'), scope)).toBeNull();
  });

  test('compares numbers numerically, also when a form sent them as text', () => {
    expect(isTrue(cmp('>=', path('amount'), lit(1000)), scope)).toBe(true);
    expect(isTrue(cmp('==', path('amountText'), lit(1000)), scope)).toBe(true);
    expect(isTrue(cmp('<', path('amountText'), lit(999)), scope)).toBe(false);
    expect(isTrue(cmp('>', path('decision'), lit(1)), scope)).toBe(false);
  });

  test('orders strings lexically (ISO dates) and treats mismatched types as unequal', () => {
    expect(isTrue(cmp('<', path('applyDate'), lit('2026-04-01')), scope)).toBe(true);
    expect(isTrue(cmp('==', path('approved'), lit('true')), scope)).toBe(false);
    expect(isTrue(cmp('!=', path('missing'), lit(null)), scope)).toBe(false);
  });

  test('combines with not / and / or, and tests membership', () => {
    const agentOrJoint: Expr = { kind: 'or', left: path('matter.viaAgent'), right: cmp('==', path('matter.kind'), lit('JOINT')) };
    expect(isTrue(agentOrJoint, scope)).toBe(true);
    expect(isTrue({ kind: 'and', left: path('approved'), right: path('note') }, scope)).toBe(false);
    expect(isTrue({ kind: 'not', operand: path('note') }, scope)).toBe(true);
    expect(isTrue({ kind: 'in', needle: path('decision'), haystack: ['approve', 'complete'] }, scope)).toBe(true);
    expect(isTrue({ kind: 'in', needle: path('amountText'), haystack: [1000, 2000] }, scope)).toBe(true);
  });
});
