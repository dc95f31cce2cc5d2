import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ProcedurePlan, UserTaskNode } from '../../../bpmn/plan';
import { readPlan } from '../../../bpmn/stored-plan';
import { definitions, end, exclusive, flow, linear, planOf, start, userTask } from './diagram';

const decisionsOf = (plan: ProcedurePlan) =>
  Object.fromEntries(
    Object.values(plan.nodes)
      .filter((n): n is UserTaskNode => n.type === 'userTask')
      .map((n) => [n.id, n.allowedDecisions]),
  );

/** A task deciding at a gateway: approve → Issue → End, otherwise → Notice → Refused. */
const deciding = () =>
  definitions(
    start() +
      userTask('Review') +
      exclusive('Approved', 'No') +
      userTask('Issue') +
      userTask('Notice') +
      end() +
      end('Refused', 'REJECTED') +
      flow('F1', 'Start', 'Review') +
      flow('F2', 'Review', 'Approved') +
      flow('Yes', 'Approved', 'Issue', 'decision == "approve"') +
      flow('No', 'Approved', 'Notice') +
      flow('F3', 'Issue', 'End') +
      flow('F4', 'Notice', 'Refused'),
  );

/** What a plan compiled before the passes looked like (schema 1): the same, without `allowedDecisions`. */
function asSchema1(plan: ProcedurePlan): unknown {
  const stored = JSON.parse(JSON.stringify(plan));
  stored.schemaVersion = 1;
  delete stored.conditionFormKeys;
  for (const node of Object.values<Record<string, unknown>>(stored.nodes)) delete node.allowedDecisions;
  return stored;
}

describe('compile pass: what a handler may decide at each user task', () => {
  it('a task leading into an exclusive gateway is approved or rejected; the others are completed', () => {
    const { plan } = planOf(deciding());
    expect(plan.schemaVersion).toBe(3);
    expect(decisionsOf(plan)).toEqual({
      Review: ['approve', 'reject'],
      Issue: ['complete'],
      Notice: ['complete'],
    });
  });

  it('a task with no gateway after it is completed', () => {
    expect(decisionsOf(planOf(linear()).plan)).toEqual({ Task: ['complete'] });
  });

  it('the seeded procedures ask for approve / reject where a gateway reads the decision (审批, 审查)', () => {
    const byName = (key: string) => {
      const { plan } = planOf(readFileSync(path.resolve(__dirname, `../../../bpmn/procedures/${key}.bpmn`), 'utf8'));
      const decisions = decisionsOf(plan);
      return Object.fromEntries(Object.keys(decisions).map((id) => [plan.nodes[id].name, decisions[id]]));
    };
    expect(byName('standard')).toEqual({
      受理: ['complete'],
      转后台: ['complete'],
      现场勘察: ['complete'],
      审批: ['approve', 'reject'],
      送达: ['complete'],
    });
    expect(byName('rejected')).toMatchObject({ 审查: ['approve', 'reject'], 审批: ['approve', 'reject'] });
    expect(byName('immediate')).toEqual({ 即办: ['complete'] });
  });
});

describe('readPlan: stored plans of earlier schemas', () => {
  it('completes a schema 1 plan with what the compiler writes today, leaving the stored one as it was', () => {
    const { plan } = planOf(deciding());
    const stored = asSchema1(plan);
    const before = JSON.stringify(stored);
    expect(readPlan(stored)).toEqual(plan);
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('completes every seeded procedure as stored before the pass existed', () => {
    const dir = path.resolve(__dirname, '../../../bpmn/procedures');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.bpmn'))) {
      const { plan } = planOf(readFileSync(path.join(dir, file), 'utf8'));
      expect({ file, plan: readPlan(asSchema1(plan)) }).toEqual({ file, plan });
    }
  });

  it('returns a plan of the current schema as it is', () => {
    const { plan } = planOf(deciding());
    expect(readPlan(plan)).toBe(plan);
  });
});
