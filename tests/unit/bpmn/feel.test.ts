import { holds, resolveCollection } from '../../../bpmn/expression';
import { checkFeel, evaluateFeel, feelPaths, passesUnaryTests } from '../../../bpmn/feel';
import { definitions, end, exclusive, flow, planOf, problemsOf, start, userTask } from './diagram';

const gatewayWith = (condition: string) =>
  definitions(
    start() +
      userTask('Review') +
      exclusive('G', 'F4') +
      end('Yes') +
      end('No', 'REJECTED') +
      flow('F1', 'Start', 'Review') +
      flow('F2', 'Review', 'G') +
      flow('F3', 'G', 'Yes', condition) +
      flow('F4', 'G', 'No'),
  );

describe('FEEL', () => {
  it('checks syntax and names the character', () => {
    expect(checkFeel('form.area > 3 and decision = "approve"')).toBeUndefined();
    expect(checkFeel('a >')).toMatchObject({ code: 'FEEL_SYNTAX', at: 4 });
    expect(checkFeel('')).toMatchObject({ code: 'FEEL_SYNTAX' });
  });

  it('knows FEEL built-ins, multi-word ones too, and refuses a function it does not have', () => {
    expect(checkFeel('string length(form.name) > 2 and count(form.list) >= sum([1, 2])')).toBeUndefined();
    expect(checkFeel('fooBar(1) = 2')).toMatchObject({ code: 'FEEL_UNKNOWN_FUNCTION', at: 1 });
    expect(checkFeel('"A","B"', 'unaryTests')).toBeUndefined();
    expect(checkFeel('>', 'unaryTests')).toMatchObject({ code: 'FEEL_SYNTAX' });
  });

  it('lists the paths an expression reads, not the functions it calls', () => {
    expect(feelPaths('form.area > 3 and decision = "approve" and count(decisions.Review) > 0')).toEqual([
      ['form', 'area'],
      ['decision'],
      ['decisions', 'Review'],
    ]);
  });

  it('evaluates to plain data: numbers, text, lists, contexts, dates as ISO text; an error is null', () => {
    expect(evaluateFeel('a * 2 + 1', { a: 5 })).toBe(11);
    expect(evaluateFeel('{x: [1, "b"], y: date("2026-10-08")}', {})).toEqual({ x: [1, 'b'], y: '2026-10-08' });
    expect(evaluateFeel('a.b.c', { a: null })).toBeNull();
    expect(evaluateFeel('x.constructor', { x: {} })).toBeNull();
  });

  it('a FEEL condition holds only when it is true (no truthiness), the old language keeps its own', () => {
    expect(holds({ kind: 'feel', source: 'x' }, { x: 1 })).toBe(false);
    expect(holds({ kind: 'feel', source: 'x' }, { x: true })).toBe(true);
    expect(holds({ kind: 'feel', source: 'matter.kind in ["JOINT", "PROMISED"]' }, { matter: { kind: 'JOINT' } })).toBe(
      true,
    );
    expect(holds({ kind: 'path', path: ['x'] }, { x: 1 })).toBe(true);
  });

  it('a FEEL collection gives a list of values; anything else is no collection', () => {
    expect(resolveCollection({ kind: 'feel', source: 'concatenate(a, ["X"])' }, { a: ['A'] })).toEqual(['A', 'X']);
    expect(resolveCollection({ kind: 'feel', source: '"A"' }, {})).toBeNull();
  });

  it('passes unary tests: lists, comparisons, ranges, negation, any', () => {
    expect(passesUnaryTests('"A","B"', 'B', {})).toBe(true);
    expect(passesUnaryTests('> 3', 2, {})).toBe(false);
    expect(passesUnaryTests('[1..5]', 5, {})).toBe(true);
    expect(passesUnaryTests('not("x")', 'y', {})).toBe(true);
    expect(passesUnaryTests('-', 'y', {})).toBe(true);
    expect(passesUnaryTests('', null, {})).toBe(true);
    expect(passesUnaryTests('> limit', 7, { limit: 5 })).toBe(true);
  });

  it('compiles an `=` condition as FEEL and keeps the old language for the others', () => {
    const feel = planOf(gatewayWith('=decision = "approve" and form.area &gt; 3')).plan;
    expect(feel.flows.F3.condition).toEqual({ kind: 'feel', source: 'decision = "approve" and form.area > 3' });
    expect(feel.conditionFormKeys).toEqual(['area']);
    const old = planOf(gatewayWith('decision == "approve"')).plan;
    expect(old.flows.F3.condition).toMatchObject({ kind: 'compare', op: '==' });
  });

  it('reports FEEL that does not parse or calls an unknown function on its flow, in both languages', () => {
    const [syntax] = problemsOf(gatewayWith('=decision = '));
    expect(syntax).toMatchObject({ code: 'FEEL_SYNTAX', elementId: 'F3', elementType: 'bpmn:SequenceFlow' });
    expect(syntax.messageZh).toContain('第 12 个字符处');
    expect(syntax.messageEn).toContain('at character 12');
    const [unknown] = problemsOf(gatewayWith('=approved(decision)'));
    expect(unknown).toMatchObject({ code: 'FEEL_UNKNOWN_FUNCTION', elementId: 'F3' });
    expect(unknown.messageZh).toContain('没有名为 approved 的函数');
  });
});
