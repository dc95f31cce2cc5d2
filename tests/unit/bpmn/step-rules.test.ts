import type { ProcedurePlan, UserTaskNode } from '../../../bpmn/plan';
import { readPlan } from '../../../bpmn/stored-plan';
import { codesAt, definitions, end, exclusive, flow, planOf, problemsOf, start, userTask } from './diagram';

const CANDIDATES = '<ow:Candidates department="$lead" role="APPROVER"/>';
const step = (attrs: string) => `${CANDIDATES}<ow:Step kind="approve" ${attrs}/>`;
const field = (key: string, type: string, extra = '') =>
  `<ow:FormField key="${key}" label="${key}标签" type="${type}" ${extra}/>`;

/** Review → Approve → End, Approve's ow:Step attributes given. */
const twoSteps = (approveStep: string) =>
  definitions(
    start() +
      userTask('Review', step('opinionLabel="审查意见" opinionRequired="true" needsIdentity="true"')) +
      userTask('Approve', step(approveStep)) +
      end() +
      flow('F1', 'Start', 'Review') +
      flow('F2', 'Review', 'Approve') +
      flow('F3', 'Approve', 'End'),
  );

/** Survey (with the given fields) → gateway (condition on the Yes flow) → Pass / End. */
const conditional = (fields: string, condition: string) =>
  definitions(
    start() +
      userTask('Survey', `${CANDIDATES}<ow:Step kind="survey"/>${fields}`) +
      exclusive('Gate', 'No') +
      userTask('Pass') +
      end() +
      end('Refused', 'REJECTED') +
      flow('F1', 'Start', 'Survey') +
      flow('F2', 'Survey', 'Gate') +
      flow('Yes', 'Gate', 'Pass', condition) +
      flow('No', 'Gate', 'Refused') +
      flow('F3', 'Pass', 'End'),
  );

const task = (plan: ProcedurePlan, id: string) => plan.nodes[id] as UserTaskNode;

describe('ow:Step: one opinion box, separation of duties, identity', () => {
  it('compiles the opinion label, required opinion, identity need and the steps to be distinct from', () => {
    const { plan, warnings } = planOf(twoSteps('distinctFrom="Review, Review"'));
    expect(warnings).toEqual([]);
    expect(task(plan, 'Review')).toMatchObject({
      opinionLabel: '审查意见',
      opinionRequired: true,
      needsIdentity: true,
    });
    expect(task(plan, 'Approve').distinctFrom).toEqual(['Review']);
    expect(task(plan, 'Approve')).not.toHaveProperty('opinionLabel');
    expect(task(plan, 'Approve')).not.toHaveProperty('needsIdentity');
  });

  it('refuses distinctFrom naming itself, an unknown id or a node that is not a user task', () => {
    expect(codesAt(problemsOf(twoSteps('distinctFrom="Approve"')))).toEqual(['DISTINCT_FROM_INVALID@Approve']);
    expect(codesAt(problemsOf(twoSteps('distinctFrom="Nope,End"')))).toEqual([
      'DISTINCT_FROM_INVALID@Approve',
      'DISTINCT_FROM_INVALID@Approve',
    ]);
  });

  it('refuses a flag that is not true or false, and an overlong opinion label', () => {
    expect(codesAt(problemsOf(twoSteps('needsIdentity="yes"')))).toEqual(['STEP_FLAG_INVALID@Approve']);
    expect(codesAt(problemsOf(twoSteps(`opinionLabel="${'意'.repeat(31)}"`)))).toEqual([
      'OPINION_LABEL_INVALID@Approve',
    ]);
  });
});

describe('compile pass: the form keys conditions read', () => {
  it('names the keys read as form.x or bare x, and no other', () => {
    const fields =
      field('conclusion', 'enum', 'options="符合,不符合"') + field('area', 'number') + field('note', 'text');
    const { plan } = planOf(conditional(fields, 'form.conclusion == "符合" and area > 100 and decision == "approve"'));
    expect(plan.conditionFormKeys).toEqual(['area', 'conclusion']);
  });

  it('a plan without conditions on the form passes none', () => {
    expect(planOf(conditional(field('note', 'text'), 'decision == "approve"')).plan.conditionFormKeys).toEqual([]);
  });

  it('refuses a condition on a free-text field (typed text never enters the workflow), on the flow reading it', () => {
    const problems = problemsOf(
      conditional(field('findings', 'text') + field('name', 'string'), 'form.findings == "x"'),
    );
    expect(codesAt(problems)).toEqual(['CONDITION_READS_FREE_TEXT@Yes']);
    expect(problems[0].messageZh).toContain('findings');
    expect(codesAt(problemsOf(conditional(field('name', 'string'), 'name != ""')))).toEqual([
      'CONDITION_READS_FREE_TEXT@Yes',
    ]);
  });
});

describe('readPlan: a schema 2 plan gets its condition keys', () => {
  it('is completed with the keys, free text included (its matters keep running as they did)', () => {
    const { plan } = planOf(
      conditional(field('conclusion', 'enum', 'options="符合,不符合"'), 'form.conclusion == "符合"'),
    );
    const stored = JSON.parse(JSON.stringify(plan));
    stored.schemaVersion = 2;
    delete stored.conditionFormKeys;
    expect(readPlan(stored)).toEqual(plan);
    // published before the rule: a condition on a text field
    const legacy = JSON.parse(JSON.stringify(stored));
    (legacy.nodes.Survey as UserTaskNode).formFields[0].type = 'text';
    expect(readPlan(legacy).conditionFormKeys).toEqual(['conclusion']);
  });
});
