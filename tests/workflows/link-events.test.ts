import { completeTask } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, eventually, startMatter, type Started } from './helpers';
import { eq, plan } from './plans';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

const complete = (m: Started, taskKey: string, decision: string) =>
  m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor: approver, decision }] });

test('a link throw jumps to its catch: a rejected review goes back to 受理 through a link, then on to the end', async () => {
  const p = plan()
    .start()
    .link('again', 'backToReceive', false)
    .task('receive', { candidateDepartment: '$lead' })
    .task('review', { candidateDepartment: '$lead' })
    .xor('ok', 'ok->goBack')
    .link('goBack', 'backToReceive', true)
    .end()
    .chain('start', 'again', 'receive', 'review', 'ok')
    .flow('ok', 'end', { condition: eq('decision', 'approve') })
    .flow('ok', 'goBack')
    .flow('goBack', 'again', { id: 'goBack~link' })
    .build();
  const m = await startMatter(bed, p);
  await complete(m, (await m.task('receive')).taskKey, 'complete');
  const firstReview = await m.task('review');
  await complete(m, firstReview.taskKey, 'reject');
  const second = await eventually('受理 again', async () =>
    (await m.state()).tasks.find((t) => t.nodeId === 'receive'),
  );
  await complete(m, second.taskKey, 'complete');
  await complete(m, (await m.task('review')).taskKey, 'approve');
  const result = await m.handle.result();
  expect(result).toMatchObject({ status: 'COMPLETED', activeNodeIds: [] });
  expect(result.completedNodeIds).toEqual(expect.arrayContaining(['goBack', 'again', 'end']));
  expect(
    bed.recorder
      .of(m.matter.matterId, 'syncTask')
      .filter((c) => c.input.task.nodeId === 'receive' && c.input.status === 'OPEN'),
  ).toHaveLength(2);
  await keepHistory(m.handle, 'link-jump-back');
});
