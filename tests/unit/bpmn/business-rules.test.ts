import { compileBpmn } from '../../../bpmn/compiler';
import { evaluateDecision, type DecisionTable } from '../../../bpmn/decision-table';
import { ROUTE_TABLE, routedByDecision, type TableSpec } from '../../support/decision-diagrams';

function tableOf(spec: TableSpec): DecisionTable {
  const result = compileBpmn(routedByDecision('P', spec));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const node = result.plan.nodes.Classify;
  if (node.type !== 'businessRuleTask') throw new Error(node.type);
  return node.decision;
}

const problemsOf = (spec: TableSpec) => {
  const result = compileBpmn(routedByDecision('P', spec));
  return result.ok ? [] : result.problems;
};

const scoreTable = (hitPolicy: string, aggregation?: string): TableSpec => ({
  hitPolicy,
  aggregation,
  inputs: ['score'],
  outputs: [{ name: 'level', values: '"high","mid","low"' }],
  rules: [
    [['>= 50'], ['"mid"']],
    [['>= 80'], ['"high"']],
    [['< 90'], ['"low"']],
  ],
});

describe('business-rule task: compile', () => {
  it('reads zeebe:calledDecision and the embedded DMN table into the plan', () => {
    const result = compileBpmn(routedByDecision());
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(result.plan.nodes.Classify).toMatchObject({
      type: 'businessRuleTask',
      resultVariable: 'route',
      decision: {
        decisionId: 'Decision_route',
        hitPolicy: 'UNIQUE',
        inputs: [{ expression: 'matter.kind' }, { expression: 'matter.viaAgent' }],
        outputs: [{ name: 'route' }],
        rules: [{ id: 'Rule_1', inputEntries: ['"IMMEDIATE"', '-'], outputEntries: ['"fast"'] }, {}, {}],
      },
    });
    // the result variable is no form key: the API passes it nothing
    expect(result.plan.conditionFormKeys).toEqual([]);
  });

  it('reports FEEL that does not compile in entries, naming the rule and the cell', () => {
    const problems = problemsOf({ ...ROUTE_TABLE, rules: [[['>', '-'], ['nope(1)']]] });
    expect(problems.map((p) => `${p.code}@${p.elementId}`)).toEqual([
      'FEEL_SYNTAX@Classify',
      'FEEL_UNKNOWN_FUNCTION@Classify',
    ]);
    expect(problems[0].messageZh).toContain('第 1 条规则的第 1 个输入');
    expect(problems[1].messageEn).toContain('rule 1, output 1');
  });

  it('refuses an unsupported hit policy, an aggregation outside COLLECT, PRIORITY without values', () => {
    expect(problemsOf({ ...ROUTE_TABLE, hitPolicy: 'OUTPUT ORDER' })[0]).toMatchObject({ code: 'DECISION_INVALID' });
    expect(problemsOf({ ...ROUTE_TABLE, hitPolicy: 'FIRST', aggregation: 'SUM' })[0].messageEn).toContain(
      'COLLECT only',
    );
    expect(problemsOf({ ...ROUTE_TABLE, hitPolicy: 'PRIORITY' })[0].messageEn).toContain('PRIORITY needs');
  });

  it('refuses a task without a decision, a missing decision, a bad result variable, DMN that does not parse', () => {
    const xml = routedByDecision();
    const codes = (x: string) => {
      const r = compileBpmn(x);
      return r.ok ? [] : r.problems.map((p) => p.messageEn);
    };
    expect(codes(xml.replace('decisionId="Decision_route"', 'decisionId="Other"'))[0]).toContain('no decision Other');
    expect(codes(xml.replace('resultVariable="route"', 'resultVariable="matter"'))[0]).toContain('result variable');
    expect(codes(xml.replace(/<zeebe:calledDecision[^>]*\/>/, ''))[0]).toContain('must name its decision');
    expect(codes(xml.replace('&lt;/definitions&gt;', ''))[0]).toContain('not valid DMN');
  });
});

describe('business-rule task: variable mappings (zeebe:ioMapping)', () => {
  const io = (inner: string) => `<zeebe:ioMapping>${inner}</zeebe:ioMapping>`;
  it('reads FEEL and fixed-text sources into the plan', () => {
    const result = compileBpmn(
      routedByDecision('P', ROUTE_TABLE, false, {
        resultVariable: 'decided',
        extensions: io(
          '<zeebe:input source="=matter.kind" target="kind"/><zeebe:input source="fixed" target="channel"/>' +
            '<zeebe:output source="=decided" target="route"/>',
        ),
      }),
    );
    expect(result.ok && result.plan.nodes.Classify).toMatchObject({
      inputMappings: [
        { source: { kind: 'feel', source: 'matter.kind' }, target: 'kind' },
        { source: { kind: 'literal', value: 'fixed' }, target: 'channel' },
      ],
      outputMappings: [{ source: { kind: 'feel', source: 'decided' }, target: 'route' }],
    });
  });

  it('refuses a target that is no name and a FEEL source that does not compile', () => {
    const result = compileBpmn(
      routedByDecision('P', ROUTE_TABLE, false, {
        extensions: io('<zeebe:output source="=decided +" target="x"/><zeebe:output source="=1" target="a-b"/>'),
      }),
    );
    expect(result.ok ? [] : result.problems.map((p) => `${p.code}@${p.elementId}`)).toEqual([
      'FEEL_SYNTAX@Classify',
      'MAPPING_INVALID@Classify',
    ]);
  });
});

describe('business-rule task: hit policies', () => {
  const route = tableOf(ROUTE_TABLE);
  const facts = (kind: string, viaAgent = false) => ({ matter: { kind, viaAgent } });

  it('UNIQUE: the one matching rule, null with none, a conflict naming the rules with two', () => {
    expect(evaluateDecision(route, facts('IMMEDIATE'))).toEqual({
      ok: true,
      result: 'fast',
      matchedRuleIds: ['Rule_1'],
    });
    expect(evaluateDecision(route, facts('JOINT', true))).toMatchObject({
      result: 'agent',
      matchedRuleIds: ['Rule_3'],
    });
    expect(evaluateDecision(route, facts('OTHER'))).toEqual({ ok: true, result: null, matchedRuleIds: [] });
    const overlapping = tableOf(scoreTable('UNIQUE'));
    expect(evaluateDecision(overlapping, { score: 85 })).toMatchObject({
      ok: false,
      matchedRuleIds: ['Rule_1', 'Rule_2', 'Rule_3'],
      zh: expect.stringContaining('第 1、2、3 条规则（Rule_1、Rule_2、Rule_3）'),
      en: expect.stringContaining('has several matching rules'),
    });
  });

  it('FIRST, RULE ORDER, COLLECT, PRIORITY, ANY', () => {
    expect(evaluateDecision(tableOf(scoreTable('FIRST')), { score: 85 })).toMatchObject({
      result: 'mid',
      matchedRuleIds: ['Rule_1'],
    });
    expect(evaluateDecision(tableOf(scoreTable('FIRST')), { score: 95 })).toMatchObject({ result: 'mid' });
    expect(evaluateDecision(tableOf(scoreTable('RULE ORDER')), { score: 85 }).ok && true).toBe(true);
    expect(evaluateDecision(tableOf(scoreTable('RULE ORDER')), { score: 85 })).toMatchObject({
      result: ['mid', 'high', 'low'],
    });
    expect(evaluateDecision(tableOf(scoreTable('COLLECT')), { score: 10 })).toMatchObject({ result: ['low'] });
    expect(evaluateDecision(tableOf(scoreTable('PRIORITY')), { score: 85 })).toMatchObject({
      result: 'high',
      matchedRuleIds: ['Rule_2'],
    });
    expect(evaluateDecision(tableOf(scoreTable('ANY')), { score: 10 })).toMatchObject({ ok: true, result: 'low' });
    expect(evaluateDecision(tableOf(scoreTable('ANY')), { score: 85 })).toMatchObject({ ok: false });
  });

  it('COLLECT with SUM, MIN, MAX, COUNT over a numeric output', () => {
    const fees = (aggregation: string): TableSpec => ({
      hitPolicy: 'COLLECT',
      aggregation,
      inputs: ['area'],
      outputs: ['fee'],
      rules: [
        [['> 0'], ['10']],
        [['> 100'], ['area * 0.5']],
        [['> 1000'], ['']],
      ],
    });
    const at = (aggregation: string, area: number) => evaluateDecision(tableOf(fees(aggregation)), { area });
    expect(at('SUM', 200)).toMatchObject({ result: 110, matchedRuleIds: ['Rule_1', 'Rule_2'] });
    expect(at('MIN', 200)).toMatchObject({ result: 10 });
    expect(at('MAX', 200)).toMatchObject({ result: 100 });
    expect(at('COUNT', 2000)).toMatchObject({ result: 2 });
    expect(at('SUM', 0)).toMatchObject({ result: null, matchedRuleIds: [] });
  });

  it('several outputs make a context by output name', () => {
    const table = tableOf({
      inputs: ['kind'],
      outputs: ['route', 'days'],
      rules: [[['"A"'], ['"fast"', '1']]],
    });
    expect(evaluateDecision(table, { kind: 'A' })).toMatchObject({ result: { route: 'fast', days: 1 } });
  });
});
