/**
 * Issue 26, business-rule tasks and FEEL through the API: a procedure whose route is chosen by a DMN decision table's
 * output through a FEEL condition publishes and runs; the matter's timeline shows which rules matched. A table whose
 * FEEL does not compile is refused at publish, naming the task. Compensation's handler is a task like any other: it
 * opens for its department with the variables its zeebe:input mappings gave it, and the throw goes on once it is done.
 */
import {
  chain,
  compensationBoundary,
  compensationThrow,
  end,
  ioMapping,
  process,
  start,
  userTask,
} from '../../support/compensation-diagrams';
import { ROUTE_TABLE, routedByDecision } from '../../support/decision-diagrams';
import { acceptMatter, as, matterDetail, openTasks, waitFor, work } from '../../support/matters';

jest.setTimeout(180_000);

const item = (code: string, kind: string) => ({
  code,
  name: `测试事项（决策表 ${kind}）`,
  kind,
  leadDepartmentCode: 'MINZHENG',
  legalBasis: '测试依据',
  conditions: '测试条件',
  promisedDays: kind === 'IMMEDIATE' ? 0 : 10,
  statutoryDays: 20,
  deliveryMethods: ['ONSITE'],
  procedureKey: 'ts-decision',
  materials: [{ code: 'APPLICATION', name: '申请书' }],
});

beforeAll(async () => {
  const designer = await as('designer');
  const created = await designer.post('/procedures', {
    key: 'ts-decision',
    name: '决策分流测试流程',
    draftXml: routedByDecision('ts_decision'),
  });
  expect(created.status).toBe(201);
  expect((await designer.post(`/procedures/${created.body.id}/publish`, { changeNote: '决策表' })).status).toBe(201);
  const compensating = await designer.post('/procedures', {
    key: 'ts-compensation',
    name: '补偿测试流程',
    draftXml: process(
      start() +
        userTask('Review') +
        compensationBoundary('ReviewUndone', 'Review', 'UndoReview') +
        userTask(
          'UndoReview',
          ioMapping([
            ['=matter.kind', 'kind'],
            ['撤销初审', 'note'],
          ]),
          true,
        ) +
        compensationThrow('Compensate') +
        end() +
        chain('Start', 'Review', 'Compensate', 'End'),
      'ts_compensation',
    ),
  });
  expect(compensating.status).toBe(201);
  expect((await designer.post(`/procedures/${compensating.body.id}/publish`, { changeNote: '补偿' })).status).toBe(201);
  const admin = await as('admin');
  expect((await admin.post('/items', item('TS-DMN-FAST', 'IMMEDIATE'))).status).toBe(201);
  expect((await admin.post('/items', item('TS-DMN-REVIEW', 'PROMISED'))).status).toBe(201);
  expect((await admin.post('/items', { ...item('TS-COMP', 'PROMISED'), procedureKey: 'ts-compensation' })).status).toBe(
    201,
  );
});

const decisionEvent = async (matterId: string) =>
  waitFor('the decision on the timeline', async () =>
    (await matterDetail(matterId)).events.find((e) => e.type === 'decision.evaluated'),
  );

test('an immediate matter: the table answers "fast" and the FEEL condition ends the matter at once', async () => {
  const matter = await acceptMatter('TS-DMN-FAST');
  const done = await waitFor('the matter completed', async () => {
    const detail = await matterDetail(matter.id);
    return detail.status === 'COMPLETED' && detail;
  });
  expect(done.tasks).toEqual([]);
  expect((await decisionEvent(matter.id)).data).toMatchObject({
    nodeId: 'Classify',
    decisionId: 'Decision_route',
    matchedRuleIds: ['Rule_1'],
    resultVariable: 'route',
    result: 'fast',
  });
});

test('a promised matter: another rule answers "review" and the default flow opens the review step', async () => {
  const matter = await acceptMatter('TS-DMN-REVIEW');
  const review = await waitFor('审查', async () => (await openTasks(matter.id)).find((t) => t.name === '审查'));
  expect((await decisionEvent(matter.id)).data).toMatchObject({ matchedRuleIds: ['Rule_2'], result: 'review' });
  await work(review);
  await waitFor('the matter completed', async () => (await matterDetail(matter.id)).status === 'COMPLETED');
});

test('publishing refuses a decision table whose FEEL does not compile, naming the task and the rule', async () => {
  const designer = await as('designer');
  const broken = { ...ROUTE_TABLE, rules: [[['"IMMEDIATE"', '-'], ['fast(']]] as typeof ROUTE_TABLE.rules };
  const created = await designer.post('/procedures', {
    key: 'ts-decision-broken',
    name: '决策表错误测试',
    draftXml: routedByDecision('ts_decision_broken', broken),
  });
  expect(created.status).toBe(201);
  const published = await designer.post(`/procedures/${created.body.id}/publish`, { changeNote: '错误' });
  expect(published.status).toBe(400);
  expect(JSON.stringify(published.body)).toContain('Classify');
  expect(JSON.stringify(published.body)).toContain('第 1 条规则的第 1 个输出');
});

test('a compensation handler opens its task with its input variables; the throw goes on once it is done', async () => {
  const matter = await acceptMatter('TS-COMP');
  await work(await waitFor('Review', async () => (await openTasks(matter.id)).find((t) => t.nodeId === 'Review')));
  const undo = await waitFor('UndoReview', async () =>
    (await openTasks(matter.id)).find((t) => t.nodeId === 'UndoReview'),
  );
  const detail = await (await as('minzheng')).get(`/tasks/${undo.id}`);
  expect(detail.body).toMatchObject({
    candidateDepartmentCode: 'MINZHENG',
    variables: { kind: 'PROMISED', note: '撤销初审' },
  });
  await work(undo);
  const done = await waitFor('the matter completed', async () => {
    const found = await matterDetail(matter.id);
    return found.status === 'COMPLETED' && found;
  });
  expect(done.events.find((e) => e.type === 'compensation.finished')?.data).toEqual({
    nodeId: 'Compensate',
    activityIds: ['Review'],
  });
});
