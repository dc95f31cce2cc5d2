import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compileBpmn } from '../../../bpmn/compiler';
import { holds } from '../../../bpmn/expression';
import type { PlanNode, ProcedurePlan, UserTaskNode } from '../../../bpmn/plan';
import { PROCEDURE_NAMES } from '../../../prisma/seed-procedures';
import { DEPARTMENTS } from '../../../prisma/seed-data/organisation';
import { MESSAGE_AUTHORITY_ANSWER } from '../../../workflows/procedure-contract';
import {
  COMPLAINT_ASSIGNED_MESSAGE,
  COMPLAINT_DEPARTMENTS_FORM_KEY,
  NOT_UPHELD,
  UPHELD,
  UPHELD_FIELD,
} from '../../../domain/complaints';

const DIR = path.resolve(__dirname, '../../../bpmn/procedures');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.bpmn'))
  .sort();
const xmlOf = (key: string) => readFileSync(path.join(DIR, `${key}.bpmn`), 'utf8');

/** the seed publishes them against the seeded departments */
const departments = DEPARTMENTS.map((d) => d.code);

function planOf(key: string): ProcedurePlan {
  const result = compileBpmn(xmlOf(key), { departments });
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.problems)}`);
  return result.plan;
}

const userTasks = (plan: ProcedurePlan) =>
  Object.values(plan.nodes).filter((n): n is UserTaskNode => n.type === 'userTask');
const byName = (plan: ProcedurePlan, name: string) =>
  Object.values(plan.nodes).find((n) => n.name === name) as PlanNode;

/** `expected` appears in `names` in this order (other steps may lie between), ending where `names` ends. */
function expectPath(names: string[], expected: string[]): void {
  let i = 0;
  for (const name of names) if (name === expected[i]) i += 1;
  expect({ path: names, matched: expected.slice(0, i) }).toEqual({ path: names, matched: expected });
  expect(names[names.length - 1]).toBe(expected[expected.length - 1]);
}

/** Names along the path the token takes from the start when every decision is `decision` (and the form holds `form`). */
function walk(plan: ProcedurePlan, decision: string, form: Record<string, unknown> = {}): string[] {
  const names: string[] = [];
  let node = plan.nodes[plan.startNodeId];
  for (let steps = 0; node && steps < 50; steps += 1) {
    if (node.name) names.push(node.name);
    if (node.type === 'endEvent') break;
    let flowId = node.outgoing[0];
    if (node.type === 'exclusiveGateway') {
      flowId =
        node.outgoing.find(
          (f) => plan.flows[f].condition && holds(plan.flows[f].condition!, { ...form, form, decision }),
        ) ?? (node.defaultFlowId as string);
    }
    node = plan.nodes[plan.flows[flowId].targetId];
  }
  return names;
}

describe('seeded procedures', () => {
  it('are the eight named procedures, each with a name the seed knows', () => {
    expect(FILES).toEqual([
      'agency.bpmn',
      'complaint.bpmn',
      'immediate.bpmn',
      'joint.bpmn',
      'promised.bpmn',
      'rejected.bpmn',
      'reported.bpmn',
      'standard.bpmn',
    ]);
    for (const file of FILES) expect(PROCEDURE_NAMES[path.basename(file, '.bpmn')]).toBeDefined();
  });

  it.each(FILES)('%s compiles without problems or warnings', (file) => {
    const result = compileBpmn(readFileSync(path.join(DIR, file), 'utf8'), { departments });
    expect(result.ok ? result.warnings : result.problems).toEqual([]);
  });

  it.each(FILES)('%s has a diagram shape for every element and an edge for every flow', (file) => {
    const xml = readFileSync(path.join(DIR, file), 'utf8');
    const plan = planOf(path.basename(file, '.bpmn'));
    for (const id of Object.keys(plan.nodes))
      expect(xml).toContain(`<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"`);
    for (const id of Object.keys(plan.flows))
      expect(xml).toContain(`<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"`);
    for (const task of userTasks(plan)) {
      expect(task.name).toMatch(/[\u4e00-\u9fff]/);
      expect(task.formFields.length + (task.opinionLabel ? 1 : 0)).toBeGreaterThan(0);
    }
  });

  it.each(FILES)('%s: one opinion box per step, and 审批 by someone other than who did 审查 or 现场勘察', (file) => {
    const plan = planOf(path.basename(file, '.bpmn'));
    const tasks = userTasks(plan);
    for (const task of tasks) {
      const opinion = task.opinionLabel ?? '办理意见';
      expect({ task: task.name, labels: task.formFields.map((f) => f.label) }).not.toEqual({
        task: task.name,
        labels: expect.arrayContaining([opinion]),
      });
    }
    for (const approve of tasks.filter((t) => t.stepKind === 'approve')) {
      const earlier = tasks
        .filter(
          (t) => ['review', 'survey'].includes(t.stepKind) && t.candidateDepartment === approve.candidateDepartment,
        )
        .map((t) => t.id);
      expect(approve.distinctFrom ?? []).toEqual(earlier);
      if (earlier.length) expect(approve).toMatchObject({ opinionRequired: true, needsIdentity: true });
    }
  });

  it('standard: 受理 → 转后台 → 现场勘察 → 审批 → 出证 → 送达, or 退办 after a notice', () => {
    const plan = planOf('standard');
    expectPath(walk(plan, 'approve'), [
      '收件',
      '受理',
      '转后台',
      '现场勘察',
      '审批',
      '审批通过？',
      '出证',
      '送达',
      '办结',
    ]);
    expectPath(walk(plan, 'reject'), ['收件', '受理', '转后台', '现场勘察', '审批', '审批通过？', '退办告知', '退办']);
    expect(byName(plan, '受理')).toMatchObject({
      stepKind: 'receive',
      candidateDepartment: '$accepting',
      candidateRole: 'CLERK',
    });
    for (const name of ['转后台', '现场勘察', '审批'])
      expect(byName(plan, name)).toMatchObject({ candidateDepartment: '$lead', candidateRole: 'APPROVER' });
    expect(byName(plan, '退办')).toMatchObject({ type: 'endEvent', outcome: 'REJECTED' });
    expect(byName(plan, '退办告知')).toMatchObject({ type: 'serviceTask', activity: 'notify' });
    expect(byName(plan, '出证')).toMatchObject({ type: 'serviceTask', activity: 'issueResult' });
    const approve = byName(plan, '审批') as UserTaskNode;
    expect(approve.boundaryTimerIds).toHaveLength(1);
    const warning = plan.nodes[approve.boundaryTimerIds[0]];
    expect(warning).toMatchObject({
      type: 'boundaryTimer',
      interrupting: false,
      timer: { kind: 'beforeDeadline', workingDays: 2 },
    });
    expect(plan.nodes[plan.flows[warning.outgoing[0]].targetId]).toMatchObject({
      type: 'serviceTask',
      activity: 'notify',
      params: { template: 'deadlineWarning' },
    });
    expect(byName(plan, '现场勘察')).toMatchObject({
      formFields: expect.arrayContaining([expect.objectContaining({ key: 'surveyDate', type: 'date' })]),
    });
  });

  it('immediate: one user task at the accepting window, then the result', () => {
    const plan = planOf('immediate');
    expectPath(walk(plan, 'approve'), ['收件', '即办', '出证', '办结']);
    expect(userTasks(plan)).toEqual([
      expect.objectContaining({ stepKind: 'receive', candidateDepartment: '$accepting', candidateRole: 'CLERK' }),
    ]);
  });

  it('promised: review, survey and approval with their own time limits', () => {
    const plan = planOf('promised');
    expectPath(walk(plan, 'approve'), [
      '收件',
      '受理',
      '审查',
      '现场勘察',
      '审批',
      '审批通过？',
      '出证',
      '送达',
      '办结',
    ]);
    expectPath(walk(plan, 'reject'), ['审批通过？', '退办告知', '退办']);
    for (const task of userTasks(plan)) expect(task.timeLimitDays).toBeGreaterThan(0);
  });

  it('rejected: the review can reject early, with a written reason, legal basis and remedies', () => {
    const plan = planOf('rejected');
    expectPath(walk(plan, 'reject'), ['收件', '受理', '审查', '审查通过？', '退办告知', '审查退办']);
    expectPath(walk(plan, 'approve'), [
      '收件',
      '受理',
      '审查',
      '审查通过？',
      '现场勘察',
      '审批',
      '审批通过？',
      '出证',
      '送达',
      '办结',
    ]);
    const review = byName(plan, '审查') as UserTaskNode;
    expect(review.formFields.map((f) => f.key)).toEqual(expect.arrayContaining(['reason', 'legalBasis', 'remedies']));
    expect(byName(plan, '审查退办')).toMatchObject({ outcome: 'REJECTED' });
  });

  it('joint: the lead and every co-department work in parallel, then approval', () => {
    const plan = planOf('joint');
    const split = Object.values(plan.nodes).find(
      (n) => n.type === 'parallelGateway' && n.outgoing.length === 2,
    ) as PlanNode;
    const branches = split.outgoing.map((f) => plan.nodes[plan.flows[f].targetId]);
    expect(branches.map((b) => (b as UserTaskNode).candidateDepartment).sort()).toEqual(['$co', '$lead']);
    const joins = branches.map((b) => plan.nodes[plan.flows[b.outgoing[0]].targetId]);
    expect(joins[0]).toBe(joins[1]);
    expect(joins[0]).toMatchObject({ type: 'parallelGateway', incoming: expect.any(Array) });
    expect(joins[0].incoming).toHaveLength(2);
    expect(plan.nodes[plan.flows[joins[0].outgoing[0]].targetId]).toMatchObject({
      name: '审批',
      stepKind: 'approve',
      candidateDepartment: '$lead',
    });
  });

  it("reported: report up, wait for the higher authority's answer, then issue or refuse on its decision", () => {
    const plan = planOf('reported');
    const upTo = ['收件', '受理', '初审', '上报上级', '等待上级答复', '上级批准？'];
    expectPath(walk(plan, 'approve', { authorityDecision: 'approve' }), [...upTo, '出证', '送达', '办结']);
    expectPath(walk(plan, 'approve', { authorityDecision: 'refuse' }), [...upTo, '退办告知', '退办']);
    expect(byName(plan, '上报上级')).toMatchObject({ type: 'serviceTask', activity: 'reportUp' });
    // the answer arrives as the message the API delivers with the decision (the clock is stopped meanwhile)
    expect(byName(plan, '等待上级答复')).toMatchObject({ type: 'messageCatch', message: MESSAGE_AUTHORITY_ANSWER });
    const outcomes = Object.values(plan.nodes).flatMap((n) => (n.type === 'endEvent' ? [n.outcome] : []));
    expect(outcomes.sort()).toEqual(['COMPLETED', 'REJECTED']);
  });

  it('agency: 委托 → 承办 → 出证 → 回交', () => {
    const plan = planOf('agency');
    expectPath(walk(plan, 'approve'), ['收件', '委托', '承办', '出证', '回交', '办结']);
    expect(byName(plan, '回交')).toMatchObject({
      stepKind: 'handBack',
      candidateDepartment: '$accepting',
      candidateRole: 'AGENT',
    });
    expect(byName(plan, '承办')).toMatchObject({ candidateDepartment: '$lead' });
  });

  it('complaint: 受理分办 waits for the department concerned, which replies 属实 / 不属实', () => {
    const plan = planOf('complaint');
    expectPath(walk(plan, 'complete'), ['收到投诉', '受理分办（确定被投诉部门）', '调查答复', '已答复']);
    expect(byName(plan, '受理分办（确定被投诉部门）')).toMatchObject({
      type: 'messageCatch',
      message: COMPLAINT_ASSIGNED_MESSAGE,
    });
    expect(byName(plan, '调查答复')).toMatchObject({
      candidateDepartment: '${dept}',
      candidateRole: 'APPROVER',
      opinionRequired: true,
      multiInstance: {
        collection: { kind: 'path', path: ['form', COMPLAINT_DEPARTMENTS_FORM_KEY] },
        elementVariable: 'dept',
      },
      formFields: [expect.objectContaining({ key: UPHELD_FIELD, required: true, options: [UPHELD, NOT_UPHELD] })],
    });
  });

  it('decides on "approve" / "reject" (a step\'s, or the higher authority\'s) and otherwise reads only matter facts', () => {
    const decisions = new Set<string>();
    for (const file of FILES) {
      const plan = planOf(path.basename(file, '.bpmn'));
      for (const flow of Object.values(plan.flows).filter((f) => f.conditionSource)) {
        const decided = /^(?:decision|form\.authorityDecision) == "(\w+)"$/.exec(flow.conditionSource as string);
        if (decided) decisions.add(decided[1]);
        else expect(flow.conditionSource).toMatch(/^matter\./);
      }
    }
    expect([...decisions].sort()).toEqual(['approve', 'reject']);
  });
});
