import type { MultiInstance } from '../../bpmn/plan-events';
import { completeTask, returnTask } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, clerk, coActor, eventually, startMatter, type Started } from './helpers';
import { eq, gte, pathOf, plan } from './plans';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

const complete = (m: Started, taskKey: string, actor = approver, decision = 'approve') =>
  m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor, decision }] });

const openTasks = async (m: Started) =>
  (await m.state()).tasks.map((task) => `${task.nodeId}:${task.candidateDepartmentCode ?? ''}`).sort();

/** 会签 by each department of the matter's co-departments; `completion` makes it 或签 or a quorum. */
const countersign = (extra: Partial<MultiInstance> = {}) => ({
  sequential: false,
  collection: pathOf('matter.coDepartmentCodes'),
  collectionSource: 'matter.coDepartmentCodes',
  elementVariable: 'dept',
  outputCollection: 'opinions',
  ...extra,
});

const signed = (mi: MultiInstance) =>
  plan()
    .start()
    .task('sign', { candidateDepartment: '${dept}', stepKind: 'joint', multiInstance: mi })
    .task('decide', { candidateDepartment: '$lead' })
    .end()
    .chain('start', 'sign', 'decide', 'end')
    .build();

const CO = { coDepartmentCodes: ['CO1', 'CO2', 'CO3'] };

describe('multi-instance user task', () => {
  test('会签: one task per department of the list, done when all are, a rejection deciding', async () => {
    const m = await startMatter(bed, signed(countersign()), { matter: CO });
    const co1 = await m.task('sign', 'CO1');
    expect(await openTasks(m)).toEqual(['sign:CO1', 'sign:CO2', 'sign:CO3']);
    await complete(m, co1.taskKey, coActor('CO1'));
    await complete(m, (await m.task('sign', 'CO3')).taskKey, coActor('CO3'), 'reject');
    expect(await openTasks(m)).toEqual(['sign:CO2']);
    const state = await complete(m, (await m.task('sign', 'CO2')).taskKey, coActor('CO2'));
    expect(state.tasks.map((task) => task.nodeId)).toEqual(['decide']);
    expect(state.decisions.sign).toBe('reject');
    // in the collection's order, whatever the order of completion
    expect(state.form.opinions).toEqual(['approve', 'approve', 'reject']);
    await complete(m, state.tasks[0].taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED', activeNodeIds: [] });
    await keepHistory(m.handle, 'multi-instance-countersign');
  });

  test('或签: the first completion meets the condition and the other tasks are cancelled', async () => {
    const m = await startMatter(bed, signed(countersign({ completionCondition: gte('nrOfCompletedInstances', 1) })), {
      matter: CO,
    });
    await m.task('sign', 'CO3');
    const state = await complete(m, (await m.task('sign', 'CO2')).taskKey, coActor('CO2'));
    expect(state.tasks.map((task) => task.nodeId)).toEqual(['decide']);
    const cancelled = bed.recorder
      .of(m.matter.matterId, 'closeTask')
      .filter((call) => call.input.status === 'CANCELLED');
    expect(cancelled).toHaveLength(2);
    expect(bed.recorder.of(m.matter.matterId, 'recordEvent').map((c) => c.input)).toContainEqual(
      expect.objectContaining({
        type: 'multiInstance.completed',
        data: expect.objectContaining({ nrOfInstances: 3, nrOfCompletedInstances: 1, conditionMet: true }),
      }),
    );
    await m.handle.terminate();
  });

  test('sequential: one department after the other, in the list order', async () => {
    const m = await startMatter(bed, signed(countersign({ sequential: true })), { matter: CO });
    for (const dept of ['CO1', 'CO2', 'CO3']) {
      const task = await m.task('sign', dept);
      expect(await openTasks(m)).toEqual([`sign:${dept}`]);
      await complete(m, task.taskKey, coActor(dept));
    }
    await eventually('decide', async () => (await openTasks(m)).includes('decide:LEAD'));
    await m.handle.terminate();
  });

  test('an empty list passes on at once; a collection that is no list is an incident', async () => {
    const empty = await startMatter(bed, signed(countersign()), { matter: { coDepartmentCodes: [] } });
    await empty.task('decide');
    await empty.handle.terminate();

    const broken = await startMatter(
      bed,
      signed(countersign({ collection: pathOf('matter.kind'), collectionSource: 'matter.kind' })),
    );
    await eventually('incident', () => bed.recorder.eventTypes(broken.matter.matterId).includes('incident.raised'));
    expect(await broken.incidentHeld()).toMatchObject({
      status: 'IN_PROGRESS',
      activeNodeIds: ['sign'],
      incidents: [expect.objectContaining({ nodeId: 'sign', kind: 'DATA_INVALID' })],
    });
    await broken.handle.terminate();
  });

  test('退回 from one department takes the whole 会签 back', async () => {
    const p = plan()
      .start()
      .task('accept', { candidateDepartment: '$accepting', stepKind: 'receive' })
      .task('sign', { candidateDepartment: '${dept}', multiInstance: countersign() })
      .end()
      .chain('start', 'accept', 'sign', 'end')
      .build();
    const m = await startMatter(bed, p, { matter: CO });
    await complete(m, (await m.task('accept')).taskKey, clerk, 'complete');
    const co2 = await m.task('sign', 'CO2');
    await m.handle.executeUpdate(returnTask, {
      args: [{ taskKey: co2.taskKey, actor: coActor('CO2'), toNodeId: 'accept', comment: '材料不全' }],
    });
    await m.task('accept');
    expect(await openTasks(m)).toEqual(['accept:ACC']);
    expect((await m.state()).activeNodeIds).toEqual(['accept']);
    await m.handle.terminate();
  });
});

test('multi-instance sub-process: each instance reads its element, in its tasks and its gateways', async () => {
  const p = plan()
    .start()
    .subProcess(
      'perDept',
      (b) =>
        b
          .start('inStart')
          .xor('which', 'toReview')
          .task('review', { candidateDepartment: '${dept}' })
          .service('notify', 'notify', { template: 'x' })
          .end('inEnd')
          .chain('inStart', 'which')
          .flow('which', 'notify', { condition: eq('dept', 'CO2') })
          .flow('which', 'review', { id: 'toReview' })
          .chain('review', 'inEnd')
          .chain('notify', 'inEnd'),
      countersign(),
    )
    .task('decide', { candidateDepartment: '$lead' })
    .end()
    .chain('start', 'perDept', 'decide', 'end')
    .build();
  const m = await startMatter(bed, p, { matter: CO });
  await m.task('review', 'CO3');
  // CO2's instance went by the notice and is done
  expect(await openTasks(m)).toEqual(['review:CO1', 'review:CO3']);
  await complete(m, (await m.task('review', 'CO1')).taskKey, coActor('CO1'));
  await complete(m, (await m.task('review', 'CO3')).taskKey, coActor('CO3'));
  await m.task('decide');
  expect(bed.recorder.of(m.matter.matterId, 'runService')).toHaveLength(1);
  expect((await m.state()).activeNodeIds).toEqual(['decide']);
  await m.handle.terminate();
});
