import { completeTask, deliverMessage } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, clerk, startMatter, type Started } from './helpers';
import { plan } from './plans';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

const complete = (m: Started, taskKey: string, actor = approver, decision = 'complete') =>
  m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor, decision }] });
const send = (m: Started, name: string) => m.handle.executeUpdate(deliverMessage, { args: [{ name, actor: clerk }] });

/** 审查, with an applicant who may withdraw at any point (interrupting) and ask about progress (non-interrupting). */
const withEventSubProcesses = () =>
  plan()
    .start()
    .task('review', { candidateDepartment: '$lead' })
    .end('done')
    .chain('start', 'review', 'done')
    .eventSubProcess('withdrawal', 'applicantWithdrew', true, (b) =>
      b
        .start('wStart')
        .service('notifyWithdrawn', 'notify', { template: 'withdrawn' })
        .end('wEnd', 'REJECTED')
        .chain('wStart', 'notifyWithdrawn', 'wEnd'),
    )
    .eventSubProcess('enquiry', 'progressEnquiry', false, (b) =>
      b
        .start('qStart')
        .task('answer', { candidateDepartment: '$accepting' })
        .end('qEnd')
        .chain('qStart', 'answer', 'qEnd'),
    )
    .build();

test('a non-interrupting event sub-process runs beside the procedure, which goes on', async () => {
  const m = await startMatter(bed, withEventSubProcesses());
  const review = await m.task('review');
  await send(m, 'progressEnquiry');
  const answer = await m.task('answer');
  expect((await m.state()).activeNodeIds.sort()).toEqual(['answer', 'enquiry', 'review']);
  await complete(m, answer.taskKey, clerk);
  await complete(m, review.taskKey);
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED', activeNodeIds: [] });
});

test('the applicant withdraws at any point: the interrupting event sub-process cancels the open task and ends the matter its way', async () => {
  const m = await startMatter(bed, withEventSubProcesses());
  const review = await m.task('review');
  await send(m, 'applicantWithdrew');
  expect(await m.handle.result()).toMatchObject({ status: 'REJECTED', tasks: [] });
  expect(bed.recorder.of(m.matter.matterId, 'closeTask').map((c) => c.input)).toContainEqual(
    expect.objectContaining({ taskKey: review.taskKey, status: 'CANCELLED' }),
  );
  expect(bed.recorder.of(m.matter.matterId, 'runService').map((c) => c.input.activity)).toEqual(['notify']);
  await keepHistory(m.handle, 'event-sub-process-withdrawal');
});

test('inside a sub-process, the event sub-process interrupts that sub-process only', async () => {
  const p = plan()
    .start()
    .subProcess('survey', (b) =>
      b
        .start('sStart')
        .task('visit', { candidateDepartment: '$lead' })
        .end('sEnd')
        .chain('sStart', 'visit', 'sEnd')
        .eventSubProcess('noAccess', 'siteInaccessible', true, (e) =>
          e.start('nStart').end('nEnd').chain('nStart', 'nEnd'),
        ),
    )
    .task('decide', { candidateDepartment: '$lead' })
    .end()
    .chain('start', 'survey', 'decide', 'end')
    .build();
  const m = await startMatter(bed, p);
  await m.task('visit');
  await send(m, 'siteInaccessible');
  const decide = await m.task('decide');
  expect((await m.state()).tasks.map((t) => t.nodeId)).toEqual(['decide']);
  await complete(m, decide.taskKey);
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
});
