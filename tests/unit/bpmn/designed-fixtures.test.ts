import { readFileSync } from 'node:fs';
import path from 'node:path';
import { planOf } from './diagram';

/** The diagrams the designer test imports (tests/fixtures/bpmn/designed): exported without a drawing, they compile. */
const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../../fixtures/bpmn/designed', name), 'utf8');

describe('the procedures a designer models', () => {
  it('补正 race: an event-based gateway between the materials’ message and the 补正 period', () => {
    const { plan } = planOf(fixture('supplement-race.bpmn'));
    expect(plan.nodes.AwaitSupplement.type).toBe('eventGateway');
    expect(plan.nodes.PeriodOver).toMatchObject({ type: 'timerCatch', timer: { kind: 'duration', workingDays: 5 } });
    expect(plan.nodes.Refused).toMatchObject({ outcome: 'REJECTED' });
  });

  it('withdrawal at any point: an interrupting message event sub-process ending WITHDRAWN', () => {
    const { plan } = planOf(fixture('withdraw-anytime.bpmn'));
    expect(plan.nodes.WithdrawnEnd).toMatchObject({ type: 'endEvent', outcome: 'WITHDRAWN' });
  });

  it('会签: a multi-instance user task over the co-departments', () => {
    const { plan } = planOf(fixture('countersign.bpmn'));
    expect(plan.nodes.Countersign).toMatchObject({ type: 'userTask' });
  });
});
