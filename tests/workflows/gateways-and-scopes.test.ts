import { ApplicationFailure } from '@temporalio/common';
import { completeTask } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, clerk, coActor, eventually, startMatter, type Started } from './helpers';
import { eq, gte, plan } from './plans';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

const complete = (
  m: Started,
  taskKey: string,
  actor = approver,
  decision = 'approve',
  formData?: Record<string, unknown>,
) => m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor, decision, formData }] });

/** 审批 → approve ? 出证 : (amount ≥ 1000 ? 上报 : default 退办) */
const branching = () =>
  plan()
    .start()
    .task('review', { candidateDepartment: '$lead' })
    .xor('route', 'toRefuse')
    .service('issue', 'issueResult')
    .service('report', 'reportUp')
    .end('issued')
    .end('reported', 'REPORTED_UP')
    .end('refused', 'REJECTED')
    .chain('start', 'review', 'route')
    .flow('route', 'issue', { condition: eq('decision', 'approve') })
    .flow('route', 'report', { condition: gte('form.amount', 1000) })
    .flow('route', 'refused', { id: 'toRefuse' })
    .chain('issue', 'issued')
    .chain('report', 'reported')
    .build();

describe('exclusive gateway', () => {
  test('takes the first flow whose condition holds', async () => {
    const m = await startMatter(bed, branching());
    // amount would also match the second flow: plan order decides
    await complete(m, (await m.task('review')).taskKey, approver, 'approve', { amount: 5000 });
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
    expect(bed.recorder.of(m.matter.matterId, 'runService').map((c) => c.input)).toEqual([
      expect.objectContaining({
        activity: 'issueResult',
        eventKey: expect.stringMatching(new RegExp(`^matter-${m.matter.matterId}/t\\d+$`)),
      }),
    ]);
    expect(bed.recorder.eventTypes(m.matter.matterId)).toContain('service.issueResult');
  });

  test("reads form fields and ends with that end event's outcome", async () => {
    const m = await startMatter(bed, branching());
    await complete(m, (await m.task('review')).taskKey, approver, 'reject', { amount: 1000 });
    expect(await m.handle.result()).toMatchObject({ status: 'REPORTED_UP' });
  });

  test('falls back to the default flow', async () => {
    const m = await startMatter(bed, branching());
    await complete(m, (await m.task('review')).taskKey, approver, 'reject', { amount: 10 });
    expect(await m.handle.result()).toMatchObject({ status: 'REJECTED' });
    expect(bed.recorder.eventTypes(m.matter.matterId).at(-1)).toBe('matter.rejected');
  });

  test('with no flow to take, the token stays and an incident is raised (workflows/incidents.ts)', async () => {
    const stuckPlan = plan()
      .start()
      .xor('route')
      .end('a')
      .chain('start', 'route')
      .flow('route', 'a', { condition: eq('matter.viaAgent', true) })
      .build();
    const m = await startMatter(bed, stuckPlan);
    expect(await m.incidentHeld()).toMatchObject({ status: 'IN_PROGRESS', activeNodeIds: ['route'] });
    expect(bed.recorder.eventTypes(m.matter.matterId)).toContain('incident.raised');
    await m.handle.terminate();
  });

  test('a service failing with a ValidationError raises an incident instead of retrying', async () => {
    const p = plan().start().service('svc', 'unknownService').end().chain('start', 'svc', 'end').build();
    const m = await startMatter(bed, p, {
      before: (matter) =>
        bed.recorder.behave(matter.matterId, {
          runService: async () => {
            throw ApplicationFailure.nonRetryable('未注册的服务活动 / unknown service activity', 'ValidationError');
          },
        }),
    });
    await eventually('incident', () =>
      bed.recorder.of(m.matter.matterId, 'recordEvent').find((c) => c.input.type === 'incident.raised'),
    );
    expect(bed.recorder.of(m.matter.matterId, 'runService')).toHaveLength(1);
    expect((await m.incidentHeld()).activeNodeIds).toEqual(['svc']);
    await m.handle.terminate();
  });
});

test('parallel split and join, with one task per co-department ($co) done when all are done', async () => {
  const p = plan()
    .start()
    .and('split')
    .task('joint', { candidateDepartment: '$co', stepKind: 'joint' })
    .task('survey', { candidateDepartment: '$lead', stepKind: 'survey' })
    .and('join')
    .task('decide', { candidateDepartment: '$lead' })
    .end()
    .chain('start', 'split')
    .chain('split', 'joint', 'join')
    .chain('split', 'survey', 'join')
    .chain('join', 'decide', 'end')
    .build();
  const m = await startMatter(bed, p);
  const co1 = await m.task('joint', 'CO1');
  const co2 = await m.task('joint', 'CO2');
  const survey = await m.task('survey');
  expect(new Set([co1.taskKey, co2.taskKey, survey.taskKey]).size).toBe(3);

  await complete(m, co1.taskKey, coActor('CO1'));
  let state = await complete(m, survey.taskKey);
  // one co-department is still working: the node is not done, the join still waits
  expect(state.tasks.map((task) => task.nodeId)).toEqual(['joint']);
  expect(state.activeNodeIds.sort()).toEqual(['join', 'joint']);
  state = await complete(m, co2.taskKey, coActor('CO2'), 'reject');
  expect(state.decisions.joint).toBe('reject');
  expect(state.tasks.map((task) => task.nodeId)).toEqual(['decide']);
  await complete(m, state.tasks[0].taskKey);
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED', activeNodeIds: [] });
  await keepHistory(m.handle, 'parallel-co-departments');
});

test('a sub-process runs from its own start and continues on its outgoing flow when its inner tokens end', async () => {
  const p = plan()
    .start()
    .subProcess('agency', (b) =>
      b
        .start('inStart')
        .and('inSplit')
        .task('entrust', { candidateDepartment: '$accepting' })
        .service('notify', 'notify')
        .and('inJoin')
        .end('inEnd')
        .chain('inStart', 'inSplit')
        .chain('inSplit', 'entrust', 'inJoin')
        .chain('inSplit', 'notify', 'inJoin')
        .chain('inJoin', 'inEnd'),
    )
    .task('handBack', { candidateDepartment: '$accepting', stepKind: 'handBack' })
    .end()
    .chain('start', 'agency', 'handBack', 'end')
    .build();
  const m = await startMatter(bed, p);
  const entrust = await m.task('entrust');
  expect((await m.state()).activeNodeIds).toContain('agency');
  await complete(m, entrust.taskKey, clerk, 'complete');
  const handBack = await m.task('handBack');
  expect((await m.state()).completedNodeIds).toEqual(expect.arrayContaining(['inJoin', 'inEnd', 'agency']));
  await complete(m, handBack.taskKey, clerk, 'complete');
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  await keepHistory(m.handle, 'sub-process');
});

test("a terminate end cancels the other branch's task and ends the whole procedure", async () => {
  const p = plan()
    .start()
    .and('split')
    .task('slow', { candidateDepartment: '$lead' })
    .task('refuse', { candidateDepartment: '$accepting' })
    .end('slowEnd')
    .end('stop', 'REJECTED', true)
    .chain('start', 'split')
    .chain('split', 'slow', 'slowEnd')
    .chain('split', 'refuse', 'stop')
    .build();
  const m = await startMatter(bed, p);
  const slow = await m.task('slow');
  await complete(m, (await m.task('refuse')).taskKey, clerk, 'reject');
  expect(await m.handle.result()).toMatchObject({ status: 'REJECTED', tasks: [] });
  expect(bed.recorder.of(m.matter.matterId, 'closeTask').map((c) => c.input)).toContainEqual(
    expect.objectContaining({ taskKey: slow.taskKey, status: 'CANCELLED' }),
  );
  expect(bed.recorder.of(m.matter.matterId, 'setMatterStatus').map((c) => c.input.status)).toEqual(['REJECTED']);
});
