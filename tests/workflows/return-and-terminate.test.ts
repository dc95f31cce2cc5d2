import { BEGIN_BEFORE_HANDLERS, STEP_WRITES_LOCAL } from '../../workflows/patches';
import type { temporal } from '@temporalio/proto';
import {
  claimTask,
  completeTask,
  deliverMessage,
  MESSAGE_AUTHORITY_ANSWER,
  returnTask,
  type Actor,
} from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, clerk, coActor, eventually, refusal, startMatter, type Started } from './helpers';
import { plan, type PlanBuilder } from './plans';

jest.setTimeout(40_000);

const bed = useWorkflowTestBed();

const minzheng = coActor('MINZHENG');
const canlian = coActor('CANLIAN');

const complete = (m: Started, taskKey: string, actor: Actor, decision = 'approve') =>
  m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor, decision }] });
const returnTo = (m: Started, taskKey: string, actor: Actor, toNodeId: string, comment: string) =>
  m.handle.executeUpdate(returnTask, { args: [{ taskKey, actor, toNodeId, comment }] });

/** Node ids of the tasks opened so far, in order (a node opened twice appears twice). */
const opened = (m: Started) =>
  bed.recorder
    .of(m.matter.matterId, 'recordEvent')
    .filter((c) => c.input.type === 'task.opened')
    .map((c) => c.input.data.nodeId as string);
const closings = (m: Started, taskKey: string) =>
  bed.recorder
    .of(m.matter.matterId, 'closeTask')
    .filter((c) => c.input.taskKey === taskKey)
    .map((c) => c.input);
const historyEvents = async (m: Started, has: keyof temporal.api.history.v1.IHistoryEvent) =>
  ((await m.handle.fetchHistory()).events ?? []).filter((event) => event[has]);
/** The ids of the patches a run recorded (its `core_patch` markers). */
const patchIds = async (m: Started) =>
  (await historyEvents(m, 'markerRecordedEventAttributes'))
    .filter((e) => e.markerRecordedEventAttributes!.markerName === 'core_patch')
    .map(
      (e) =>
        (
          JSON.parse(
            Buffer.from(e.markerRecordedEventAttributes!.details!['patch-data'].payloads![0].data!).toString(),
          ) as { id: string }
        ).id,
    );

/** 受理 by the window, then 民政 and 残联 review side by side, then 审批 by the lead department. */
const jointReview = (more: (b: PlanBuilder) => PlanBuilder = (b) => b) =>
  more(
    plan()
      .start()
      .task('accept', { candidateDepartment: '$accepting', candidateRole: 'CLERK', stepKind: 'receive' })
      .and('split')
      .task('minzheng', { candidateDepartment: 'MINZHENG' })
      .task('canlian', { candidateDepartment: 'CANLIAN' })
      .and('join')
      .task('approve', { candidateDepartment: '$lead', stepKind: 'approve' })
      .end()
      .chain('start', 'accept', 'split')
      .chain('split', 'minzheng', 'join')
      .chain('split', 'canlian', 'join')
      .chain('join', 'approve', 'end'),
  ).build();

describe('退回 across a parallel split rewinds everything after the earlier step', () => {
  test("the other branch's task is cancelled, the step opens once, and the split and join run once more", async () => {
    const m = await startMatter(bed, jointReview());
    await complete(m, (await m.task('accept')).taskKey, clerk, 'complete');
    const mz = await m.task('minzheng');
    const cl = await m.task('canlian');

    const comment = '户籍信息与申请表不一致，请重新受理';
    const returned = await returnTo(m, mz.taskKey, minzheng, 'accept', comment);
    expect(returned.tasks).toEqual([expect.objectContaining({ nodeId: 'accept', state: 'OPEN' })]);
    expect(returned.activeNodeIds).toEqual(['accept']);
    // the read side shows the other branch's task CANCELLED, with the return's comment and who returned it
    expect(closings(m, cl.taskKey)).toEqual([
      expect.objectContaining({ status: 'CANCELLED', comment, actorId: minzheng.userId }),
    ]);
    expect(bed.recorder.of(m.matter.matterId, 'recordEvent').map((c) => c.input)).toContainEqual(
      expect.objectContaining({ type: 'task.cancelled', data: { taskKey: cl.taskKey, nodeId: 'canlian', comment } }),
    );

    await complete(m, returned.tasks[0].taskKey, clerk, 'complete');
    const state = await m.state();
    expect(state.tasks.map((task) => task.nodeId).sort()).toEqual(['canlian', 'minzheng']);
    expect(state.tasks.map((task) => task.taskKey)).not.toContain(cl.taskKey);
    await complete(m, state.tasks.find((task) => task.nodeId === 'canlian')!.taskKey, canlian);
    const joined = await complete(m, state.tasks.find((task) => task.nodeId === 'minzheng')!.taskKey, minzheng);
    expect(joined.tasks).toEqual([expect.objectContaining({ nodeId: 'approve' })]);
    expect(joined.activeNodeIds).toEqual(['approve']);
    await complete(m, joined.tasks[0].taskKey, approver);

    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED', tasks: [], activeNodeIds: [] });
    expect(opened(m)).toEqual(['accept', 'minzheng', 'canlian', 'accept', 'minzheng', 'canlian', 'approve']);
    expect(bed.recorder.of(m.matter.matterId, 'setMatterStatus').map((c) => c.input.status)).toEqual(['COMPLETED']);
    await keepHistory(m.handle, 'return-across-parallel-split');
  });

  test('a branch waiting at the join and a sub-process waiting on a timer are withdrawn too', async () => {
    const p = jointReview((b) =>
      b
        .subProcess('cooling', (inner) =>
          inner.start('coolStart').timer('coolWait', 6).end('coolEnd').chain('coolStart', 'coolWait', 'coolEnd'),
        )
        .chain('split', 'cooling', 'join'),
    );
    const m = await startMatter(bed, p);
    await complete(m, (await m.task('accept')).taskKey, clerk, 'complete');
    const mz = await m.task('minzheng');
    await complete(m, (await m.task('canlian')).taskKey, canlian);
    expect((await m.state()).activeNodeIds.sort()).toEqual(['coolWait', 'cooling', 'join', 'minzheng']);

    const returned = await returnTo(m, mz.taskKey, minzheng, 'accept', '材料需重新核对');
    expect(returned.tasks.map((task) => task.nodeId)).toEqual(['accept']);
    expect(returned.activeNodeIds).toEqual(['accept']);
    // the sub-process's timer is cancelled, not left to fire into the rewound procedure
    expect(await historyEvents(m, 'timerCanceledEventAttributes')).toHaveLength(1);

    await complete(m, returned.tasks[0].taskKey, clerk, 'complete');
    const again = await m.state();
    await complete(m, again.tasks.find((task) => task.nodeId === 'canlian')!.taskKey, canlian);
    const afterMz = await complete(m, again.tasks.find((task) => task.nodeId === 'minzheng')!.taskKey, minzheng);
    // the cancelled arrival at the join does not count: it still waits for the sub-process's new run
    expect(afterMz.tasks).toEqual([]);
    expect(afterMz.activeNodeIds.sort()).toEqual(['coolWait', 'cooling', 'join']);
    const approve = await m.task('approve');
    await complete(m, approve.taskKey, approver);

    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
    expect(opened(m).filter((nodeId) => nodeId === 'approve')).toHaveLength(1);
    expect(bed.recorder.of(m.matter.matterId, 'resolveTimer')).toHaveLength(2);
    await keepHistory(m.handle, 'return-rewinds-join-and-sub-process');
  });

  test('a return within a branch to a step after the split leaves the other branch alone', async () => {
    const p = plan()
      .start()
      .task('accept', { candidateDepartment: '$accepting', stepKind: 'receive' })
      .and('split')
      .task('check', { candidateDepartment: 'MINZHENG' })
      .task('review', { candidateDepartment: 'MINZHENG' })
      .task('canlian', { candidateDepartment: 'CANLIAN' })
      .and('join')
      .end()
      .chain('start', 'accept', 'split')
      .chain('split', 'check', 'review', 'join')
      .chain('split', 'canlian', 'join')
      .chain('join', 'end')
      .build();
    const m = await startMatter(bed, p);
    await complete(m, (await m.task('accept')).taskKey, clerk, 'complete');
    const cl = await m.task('canlian');
    await m.handle.executeUpdate(claimTask, { args: [{ taskKey: cl.taskKey, actor: canlian }] });
    await complete(m, (await m.task('check')).taskKey, minzheng);

    const returned = await returnTo(m, (await m.task('review')).taskKey, minzheng, 'check', '核查意见不完整');
    expect(returned.tasks.map((task) => task.nodeId).sort()).toEqual(['canlian', 'check']);
    expect(returned.tasks.find((task) => task.nodeId === 'canlian')).toMatchObject({
      taskKey: cl.taskKey,
      state: 'CLAIMED',
      assigneeId: canlian.userId,
    });
    expect(closings(m, cl.taskKey)).toEqual([]);

    await complete(m, returned.tasks.find((task) => task.nodeId === 'check')!.taskKey, minzheng);
    await complete(m, (await m.task('review')).taskKey, minzheng);
    await complete(m, cl.taskKey, canlian);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
    expect(opened(m)).toEqual(['accept', 'check', 'canlian', 'review', 'check', 'review']);
    await keepHistory(m.handle, 'return-within-parallel-branch');
  });

  test('a return from inside a sub-process to a step outside it is refused, saying why', async () => {
    const p = plan()
      .start()
      .task('accept', { candidateDepartment: '$accepting', stepKind: 'receive' })
      .subProcess('handle', (b) =>
        b
          .start('inStart')
          .task('check', { candidateDepartment: '$lead' })
          .end('inEnd')
          .chain('inStart', 'check', 'inEnd'),
      )
      .end()
      .chain('start', 'accept', 'handle', 'end')
      .build();
    const m = await startMatter(bed, p);
    await complete(m, (await m.task('accept')).taskKey, clerk, 'complete');
    const check = await m.task('check');
    expect(await refusal(returnTo(m, check.taskKey, approver, 'accept', '重新受理'))).toEqual({
      code: 'RETURN_TARGET_IN_OTHER_SCOPE',
      zh: '退回目标与本任务不在同一子流程内',
      en: 'return target is not in the same sub-process as this task',
    });
    expect(await refusal(returnTo(m, check.taskKey, approver, 'nowhere', '重新受理'))).toEqual({
      code: 'RETURN_TARGET_NOT_ON_PATH',
      zh: '退回目标不是本任务之前经过的环节',
      en: 'return target is not an earlier user task on the path',
    });
    await m.handle.terminate();
  });
});

describe('terminate end', () => {
  test('inside a sub-process it ends that sub-process only: the parent continues and the procedure completes', async () => {
    const p = plan()
      .start()
      .and('split')
      .task('survey', { candidateDepartment: '$lead', stepKind: 'survey' })
      .subProcess('agency', (b) =>
        b
          .start('inStart')
          .and('inSplit')
          .subProcess('nested', (n) =>
            n
              .start('nStart')
              .task('entrust', { candidateDepartment: '$accepting' })
              .end('nEnd')
              .chain('nStart', 'entrust', 'nEnd'),
          )
          .timer('cooling', 20)
          .end('coolEnd')
          .task('decide', { candidateDepartment: '$accepting' })
          .end('stop', 'COMPLETED', true)
          .chain('inStart', 'inSplit')
          .chain('inSplit', 'nested')
          .chain('inSplit', 'cooling', 'coolEnd')
          .chain('inSplit', 'decide', 'stop'),
      )
      .and('join')
      .end()
      .chain('start', 'split')
      .chain('split', 'survey', 'join')
      .chain('split', 'agency', 'join')
      .chain('join', 'end')
      .build();
    const m = await startMatter(bed, p);
    const survey = await m.task('survey');
    const entrust = await m.task('entrust');
    const afterStop = await complete(m, (await m.task('decide')).taskKey, clerk, 'complete');

    // only the sub-process ended; the branch outside it is untouched and the parent token waits at the join
    expect(afterStop).toMatchObject({
      status: 'IN_PROGRESS',
      tasks: [expect.objectContaining({ taskKey: survey.taskKey, state: 'OPEN' })],
    });
    expect(afterStop.activeNodeIds.sort()).toEqual(['join', 'survey']);
    expect(afterStop.completedNodeIds).toEqual(expect.arrayContaining(['stop', 'agency']));
    expect(closings(m, entrust.taskKey)).toEqual([
      expect.objectContaining({ status: 'CANCELLED', comment: '子流程终止 / sub-process terminated' }),
    ]);
    expect(closings(m, survey.taskKey)).toEqual([]);
    expect(await historyEvents(m, 'timerCanceledEventAttributes')).toHaveLength(1);
    expect(bed.recorder.of(m.matter.matterId, 'setMatterStatus')).toEqual([]);

    await complete(m, survey.taskKey, approver);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED', tasks: [], activeNodeIds: [] });
    expect(bed.recorder.of(m.matter.matterId, 'setMatterStatus').map((c) => c.input.status)).toEqual(['COMPLETED']);
    await keepHistory(m.handle, 'terminate-in-sub-process');
  });

  test("reached by one flow of a split inside a sub-process, it leaves the split's later flows unstarted", async () => {
    const p = plan()
      .start()
      .subProcess('check', (b) =>
        b
          .start('inStart')
          .and('inSplit')
          .end('stop', 'COMPLETED', true)
          .task('never', { candidateDepartment: '$lead' })
          .end('inEnd')
          .chain('inStart', 'inSplit')
          .chain('inSplit', 'stop')
          .chain('inSplit', 'never', 'inEnd'),
      )
      .task('next', { candidateDepartment: '$lead' })
      .end()
      .chain('start', 'check', 'next', 'end')
      .build();
    const m = await startMatter(bed, p);
    const next = await m.task('next');
    expect((await m.state()).tasks).toEqual([next]);
    await complete(m, next.taskKey, approver);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
    expect(opened(m)).toEqual(['next']);
  });

  test("reached on a message, it withdraws the sub-process's other tokens waiting for the same message", async () => {
    const p = plan()
      .start()
      .subProcess('check', (b) =>
        b
          .start('inStart')
          .and('inSplit')
          .message('answer', MESSAGE_AUTHORITY_ANSWER)
          .end('stop', 'COMPLETED', true)
          .subProcess('nested', (n) =>
            n
              .start('nStart')
              .message('nestedAnswer', MESSAGE_AUTHORITY_ANSWER)
              .task('never', { candidateDepartment: '$lead' })
              .end('nEnd')
              .chain('nStart', 'nestedAnswer', 'never', 'nEnd'),
          )
          .chain('inStart', 'inSplit')
          .chain('inSplit', 'answer', 'stop')
          .chain('inSplit', 'nested'),
      )
      .task('next', { candidateDepartment: '$lead' })
      .end()
      .chain('start', 'check', 'next', 'end')
      .build();
    const m = await startMatter(bed, p);
    await eventually('both waiting', async () => (await m.state()).activeNodeIds.includes('nestedAnswer'));
    const answered = await m.handle.executeUpdate(deliverMessage, { args: [{ name: MESSAGE_AUTHORITY_ANSWER }] });
    expect(answered.tasks.map((task) => task.nodeId)).toEqual(['next']);
    expect(answered.activeNodeIds).toEqual(['next']);
    await complete(m, answered.tasks[0].taskKey, approver);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
    expect(opened(m)).toEqual(['next']);
  });

  test('at top level it still ends the whole procedure, sub-processes and all', async () => {
    const p = plan()
      .start()
      .and('split')
      .subProcess('agency', (b) =>
        b
          .start('inStart')
          .task('entrust', { candidateDepartment: '$accepting' })
          .end('inEnd')
          .chain('inStart', 'entrust', 'inEnd'),
      )
      .task('refuse', { candidateDepartment: '$accepting' })
      .end('done')
      .end('stop', 'REJECTED', true)
      .chain('start', 'split')
      .chain('split', 'agency', 'done')
      .chain('split', 'refuse', 'stop')
      .build();
    const m = await startMatter(bed, p);
    const entrust = await m.task('entrust');
    await complete(m, (await m.task('refuse')).taskKey, clerk, 'reject');
    expect(await m.handle.result()).toMatchObject({ status: 'REJECTED', tasks: [], activeNodeIds: [] });
    expect(closings(m, entrust.taskKey)).toEqual([
      expect.objectContaining({ status: 'CANCELLED', comment: '流程终止 / procedure terminated' }),
    ]);
    expect(bed.recorder.of(m.matter.matterId, 'setMatterStatus').map((c) => c.input.status)).toEqual(['REJECTED']);
    // exactly the commands it issued before sub-process terminate existed: no marker of that patch
    expect(await patchIds(m)).toEqual([BEGIN_BEFORE_HANDLERS, STEP_WRITES_LOCAL]);
    await keepHistory(m.handle, 'terminate-at-top-level');
  });
});
