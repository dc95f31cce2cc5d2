/**
 * FEEL in the interpreter on the dev server: a multi-instance collection computed by FEEL and a majority written as
 * FEEL arithmetic (what the old condition language could not say), a FEEL condition reading a form value.
 */
import { completeTask } from '../../workflows/procedure-contract';
import { useWorkflowTestBed } from '../support/workflow-env';
import { approver, coActor, startMatter, type Started } from './helpers';
import { plan } from './plans';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

const complete = (m: Started, taskKey: string, actor = approver, formData?: Record<string, unknown>) =>
  m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor, decision: 'approve', formData }] });

test('会签 by a FEEL-computed list, done by a FEEL majority: two of three complete it', async () => {
  const signed = plan()
    .start()
    .task('sign', {
      candidateDepartment: '${dept}',
      stepKind: 'joint',
      multiInstance: {
        sequential: false,
        collection: { kind: 'feel', source: 'concatenate(matter.coDepartmentCodes, ["CO3"])' },
        collectionSource: '=concatenate(matter.coDepartmentCodes, ["CO3"])',
        elementVariable: 'dept',
        completionCondition: { kind: 'feel', source: 'nrOfCompletedInstances > nrOfInstances / 2' },
        completionConditionSource: '=nrOfCompletedInstances > nrOfInstances / 2',
      },
    })
    .task('decide', { candidateDepartment: '$lead' })
    .end()
    .chain('start', 'sign', 'decide', 'end')
    .build();
  const m = await startMatter(bed, signed, { matter: { coDepartmentCodes: ['CO1', 'CO2'] } });
  await complete(m, (await m.task('sign', 'CO3')).taskKey, coActor('CO3'));
  expect((await m.state()).tasks.map((t) => t.candidateDepartmentCode).sort()).toEqual(['CO1', 'CO2']);
  const state = await complete(m, (await m.task('sign', 'CO1')).taskKey, coActor('CO1'));
  expect(state.tasks.map((t) => t.nodeId)).toEqual(['decide']);
  await m.handle.terminate();
});

test('a FEEL condition computes on a number the form carries: above the line one way, below it the default', async () => {
  const routed = plan()
    .start()
    .task('review', {
      candidateDepartment: '$lead',
      formFields: [{ key: 'amount', label: '金额', type: 'number', required: true }],
    })
    .xor('route', 'small')
    .end('large', 'REPORTED_UP')
    .end('small')
    .chain('start', 'review', 'route')
    .flow('route', 'large', { condition: { kind: 'feel', source: 'form.amount * 2 >= 1000' } })
    .flow('route', 'small', { id: 'small' })
    .build();
  const big = await startMatter(bed, routed);
  await complete(big, (await big.task('review')).taskKey, approver, { amount: 500 });
  expect(await big.handle.result()).toMatchObject({ status: 'REPORTED_UP' });
  const none = await startMatter(bed, routed);
  await complete(none, (await none.task('review')).taskKey, approver, { amount: 499 });
  expect(await none.handle.result()).toMatchObject({ status: 'COMPLETED' });
});

test("now() and today() work in Temporal's sandbox (the workflow task's time)", async () => {
  const dated = plan()
    .start()
    .xor('route', 'never')
    .end('dated')
    .end('never', 'REJECTED')
    .chain('start', 'route')
    .flow('route', 'dated', {
      condition: {
        kind: 'feel',
        source: 'now() > date and time("2026-01-01T00:00:00Z") and today() > date("2026-01-01")',
      },
    })
    .flow('route', 'never', { id: 'never' })
    .build();
  const m = await startMatter(bed, dated);
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
});
