import { evaluate, holds, parseExpression, type Expr } from '../../../bpmn/expression';

function parse(src: string): Expr {
  const result = parseExpression(src);
  if (!result.ok) throw new Error(`${src}: ${result.messageEn}`);
  return result.expr;
}

const run = (src: string, scope: Record<string, unknown> = {}) => evaluate(parse(src), scope);

describe('the condition language', () => {
  const scope = {
    decision: 'approve',
    decisions: { Task_Review: 'reject' },
    matter: { kind: 'JOINT', promisedDays: 10, viaAgent: false, coDepartmentCodes: ['MINZHENG'] },
    form: { area: 120.5, urgent: true, note: '' },
  };

  it.each([
    ['decision == "approve"', true],
    ["decision == 'reject'", false],
    ['decision != "reject"', true],
    ['decisions.Task_Review == "reject"', true],
    ['matter.kind in ["JOINT", "REPORTED"]', true],
    ['matter.kind not in ["JOINT"]', false],
    ['form.area > 100 && form.area <= 200', true],
    ['form.area >= 120.5 and form.urgent', true],
    ['form.area < -1 || matter.promisedDays == 10', true],
    ['!(decision == "approve")', false],
    ['not decision == "approve"', false],
    ['not matter.viaAgent', true],
    ['matter.viaAgent == false', true],
    ['form.note == ""', true],
    ['form.missing == null', true],
    ['nothing.at.all == null', true],
    ['true', true],
    ['null', null],
    ['"x"', 'x'],
    ['42', 42],
    ['decision', 'approve'],
    ['(decision == "approve" or decision == "reject") and form.urgent', true],
  ])('%s → %p', (src, expected) => {
    expect(run(src, scope)).toBe(expected);
  });

  it('compares strictly, with no coercion between types', () => {
    expect(run('form.n == "1"', { form: { n: 1 } })).toBe(false);
    expect(run('form.n == 1', { form: { n: 1 } })).toBe(true);
    expect(run('form.flag == "true"', { form: { flag: true } })).toBe(false);
    expect(run('form.n < "2"', { form: { n: 1 } })).toBe(false);
    expect(run('form.n > null', { form: { n: 1 } })).toBe(false);
    expect(run('form.s < "b"', { form: { s: 'a' } })).toBe(true);
  });

  it('reads objects, arrays and undefined as null', () => {
    expect(run('matter', scope)).toBeNull();
    expect(run('matter.coDepartmentCodes', scope)).toBeNull();
    expect(run('form.u == null', { form: { u: undefined } })).toBe(true);
    expect(run('form.n', { form: { n: Number.NaN } })).toBeNull();
  });

  it('never reaches prototypes: constructor, __proto__ and inherited members are null', () => {
    for (const src of [
      'constructor',
      'decision.constructor',
      '__proto__',
      'form.__proto__',
      'form.toString',
      'form.hasOwnProperty',
      'matter.kind.length',
      'constructor.name',
      'decision.constructor.prototype',
      'prototype',
    ]) {
      expect(run(src, scope)).toBeNull();
    }
    expect(run('form.__proto__ == null', scope)).toBe(true);
    const inherited = Object.create({ secret: 'yes' }) as Record<string, unknown>;
    expect(run('form.secret', { form: inherited })).toBeNull();
  });

  it('does not run getters', () => {
    const getter = jest.fn(() => 'x');
    const form = Object.defineProperty({}, 'g', { get: getter, enumerable: true });
    expect(run('form.g', { form })).toBeNull();
    expect(getter).not.toHaveBeenCalled();
  });

  it('holds() is the truthiness of the value', () => {
    expect(holds(parse('form.urgent'), scope)).toBe(true);
    expect(holds(parse('form.note'), scope)).toBe(false);
    expect(holds(parse('form.missing'), scope)).toBe(false);
  });

  it.each([
    ['', 0],
    ['decision =', 9],
    ['decision = "approve"', 9],
    ['decision == "approve', 12],
    ['decision ==', 11],
    ['(decision == "approve"', 22],
    ['decision == "a" == "b"', 16],
    ['a in "x"', 5],
    ['a in [b]', 6],
    ['a & b', 2],
    ['a | b', 2],
    ['decision.', 9],
    ['1 + 2', 2],
    ['process.env', -1],
    ['decision == "a" extra', 16],
    ['"bad \\q escape"', 5],
    ['eval("1")', 4],
  ])('rejects %p with a position', (src, position) => {
    const result = parseExpression(src);
    if (position === -1) {
      expect(result.ok).toBe(true);
      return;
    }
    expect(result).toMatchObject({ ok: false, position });
    if (!result.ok) {
      expect(result.messageEn).toContain(`at character ${position + 1}`);
      expect(result.messageZh).toContain(`第 ${position + 1} 个字符`);
    }
  });

  it('parses precedence: or below and below not below comparison', () => {
    expect(parse('a or b and not c == 1')).toEqual({
      kind: 'or',
      left: { kind: 'path', path: ['a'] },
      right: {
        kind: 'and',
        left: { kind: 'path', path: ['b'] },
        right: {
          kind: 'not',
          operand: {
            kind: 'compare',
            op: '==',
            left: { kind: 'path', path: ['c'] },
            right: { kind: 'literal', value: 1 },
          },
        },
      },
    });
  });

  it('refuses absurdly long or deeply nested expressions without overflowing the stack', () => {
    expect(parseExpression('a == 1 && '.repeat(300) + 'a == 1').ok).toBe(false);
    expect(parseExpression(`${'('.repeat(500)}a${')'.repeat(500)}`).ok).toBe(false);
    expect(parseExpression(`${'!'.repeat(1500)}a`).ok).toBe(false);
  });

  it('is deterministic and uses no eval or Function', () => {
    const evalSpy = jest.spyOn(globalThis, 'eval');
    const expr = parse('matter.kind in ["JOINT"] && decision == "approve"');
    expect([run('matter.kind in ["JOINT"] && decision == "approve"', scope), evaluate(expr, scope)]).toEqual([
      true,
      true,
    ]);
    expect(evalSpy).not.toHaveBeenCalled();
    evalSpy.mockRestore();
  });
});
