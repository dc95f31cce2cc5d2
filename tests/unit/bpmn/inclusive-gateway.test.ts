import { codesAt, inclusiveReview, planOf, problemsOf } from './diagram';

describe('inclusive gateways', () => {
  it('compiles a split with conditions and a default flow, and a join', () => {
    const { plan, warnings } = planOf(inclusiveReview());
    expect(plan.nodes.Split).toMatchObject({
      type: 'inclusiveGateway',
      defaultFlowId: 'Fd',
      outgoing: ['Fa', 'Fb', 'Fd'],
    });
    expect(plan.nodes.Join).toMatchObject({ type: 'inclusiveGateway', incoming: ['Ja', 'Jb', 'Jc'] });
    expect(plan.flows.Fa.condition).toMatchObject({ kind: 'compare' });
    expect(plan.flows.Fb.conditionSource).toBe('${matter.viaAgent == true}');
    expect(plan.nodes.A).toMatchObject({ allowedDecisions: ['complete'] });
    expect(warnings).toEqual([]);
  });

  it('accepts a way out without a condition (always taken) and no default flow', () => {
    const { plan } = planOf(inclusiveReview('<bpmn:inclusiveGateway id="Split"/>'));
    expect(plan.nodes.Split).not.toHaveProperty('defaultFlowId');
  });

  it('refuses a default flow that does not leave the gateway', () => {
    const problems = problemsOf(inclusiveReview('<bpmn:inclusiveGateway id="Split" default="F9"/>'));
    expect(codesAt(problems)).toEqual(['DEFAULT_FLOW_INVALID@Split']);
  });

  it('reports a condition with a syntax error on an inclusive way out', () => {
    const xml = inclusiveReview().replace('matter.kind == "PROMISED"', 'matter.kind ==');
    expect(codesAt(problemsOf(xml))).toEqual(['CONDITION_SYNTAX@Fa']);
  });
});
