/**
 * Compensation and zeebe:ioMapping on tasks on the dev server, the diagrams compiled by the publishing compiler:
 * handlers of what completed in the throw's scope start at once (a user-task handler opens its task), the throw
 * waits for them all; an activityRef narrows it to one activity (or what completed inside that sub-process); a
 * completed sub-process without a boundary is reached inside; a compensation end inside a sub-process covers that scope.
 */
import { compileBpmn } from '../../bpmn/compiler';
import type { ProcedurePlan } from '../../bpmn/plan';
import { completeTask, returnTask } from '../../workflows/procedure-contract';
import {
  bookReviewCompensate,
  chain,
  compensableService,
  compensationBoundary,
  compensationEnd,
  compensationThrow,
  end,
  ioMapping,
  process,
  serviceTask,
  start,
  userTask,
} from '../support/compensation-diagrams';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, eventually, refusal, startMatter, type Started } from './helpers';

jest.setTimeout(60_000);

const bed = useWorkflowTestBed();

function compiled(xml: string): ProcedurePlan {
  const result = compileBpmn(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

const complete = async (m: Started, nodeId: string) => {
  const task = await m.task(nodeId);
  await m.handle.executeUpdate(completeTask, {
    args: [{ taskKey: task.taskKey, actor: approver, decision: 'complete' }],
  });
};

const events = (m: Started, prefix: string) =>
  bed.recorder
    .of(m.matter.matterId, 'recordEvent')
    .map((c) => c.input)
    .filter((e) => e.type.startsWith(prefix))
    .map((e) => ({ type: e.type, ...e.data }));

const servicesRun = (m: Started) => events(m, 'service.').map((e) => e.nodeId);

test('a throw without activityRef starts every handler at once and waits for all; no 退回 from a handler task', async () => {
  const m = await startMatter(bed, compiled(bookReviewCompensate()));
  await complete(m, 'Review');
  const undo = await m.task('UndoReview');
  expect(undo).toMatchObject({ candidateDepartmentCode: m.matter.leadDepartmentCode, state: 'OPEN' });
  await eventually('the service handler done beside the task', async () =>
    (await m.state()).completedNodeIds.includes('CancelBooking'),
  );
  expect((await m.state()).activeNodeIds.sort()).toEqual(['Compensate', 'UndoReview']);
  const returned = m.handle.executeUpdate(returnTask, {
    args: [{ taskKey: undo.taskKey, actor: approver, toNodeId: 'Review', comment: '重新初审' }],
  });
  expect(await refusal(returned)).toMatchObject({ code: 'RETURN_FROM_COMPENSATION' });
  await complete(m, 'UndoReview');
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  expect(servicesRun(m)).toEqual(['Book', 'CancelBooking', 'Notify']);
  expect(events(m, 'compensation.')).toEqual([
    { type: 'compensation.started', nodeId: 'Compensate', activityIds: ['Review', 'Book'] },
    { type: 'compensation.finished', nodeId: 'Compensate', activityIds: ['Review', 'Book'] },
  ]);
  expect((await m.state()).completedNodeIds).toEqual([
    'Start',
    'Book',
    'Review',
    'CancelBooking',
    'UndoReview',
    'Compensate',
    'Notify',
    'End',
  ]);
  await keepHistory(m.handle, 'compensation-throw-all');
});

test('a throw with activityRef undoes only that activity', async () => {
  const m = await startMatter(bed, compiled(bookReviewCompensate('Book')));
  await complete(m, 'Review');
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  expect(servicesRun(m)).toEqual(['Book', 'CancelBooking', 'Notify']);
  expect(events(m, 'compensation.started')).toEqual([
    { type: 'compensation.started', nodeId: 'Compensate', activityIds: ['Book'] },
  ]);
  expect((await m.state()).completedNodeIds).not.toContain('UndoReview');
});

test('a compensation end inside a sub-process undoes that scope only, then the sub-process completes', async () => {
  const xml = process(
    start() +
      compensableService('Prepare', 'PrepareUndone', 'UndoPrepare') +
      '<bpmn:subProcess id="Sub">' +
      start('SubStart') +
      compensableService('Book', 'BookUndone', 'CancelBooking') +
      compensationEnd('SubEnd') +
      chain('SubStart', 'Book', 'SubEnd') +
      '</bpmn:subProcess>' +
      serviceTask('After') +
      end() +
      chain('Start', 'Prepare', 'Sub', 'After', 'End'),
  );
  const m = await startMatter(bed, compiled(xml));
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  expect(servicesRun(m)).toEqual(['Prepare', 'Book', 'CancelBooking', 'After']);
  expect(events(m, 'compensation.finished')).toEqual([
    { type: 'compensation.finished', nodeId: 'SubEnd', activityIds: ['Book'] },
  ]);
});

/**
 * Prepare; SubA (no boundary) holding Book and Fee, each with its handler; SubB with its own boundary holding Stamp
 * with one; then the throw (all, or only SubA) and After.
 */
const nestedScopes = (activityRef?: string) =>
  process(
    start() +
      '<bpmn:subProcess id="SubA">' +
      start('AStart') +
      compensableService('Book', 'BookUndone', 'CancelBooking') +
      compensableService('Fee', 'FeeUndone', 'RefundFee') +
      end('AEnd') +
      chain('AStart', 'Book', 'Fee', 'AEnd') +
      '</bpmn:subProcess>' +
      '<bpmn:subProcess id="SubB">' +
      start('BStart') +
      compensableService('Stamp', 'StampUndone', 'Unstamp') +
      end('BEnd') +
      chain('BStart', 'Stamp', 'BEnd') +
      '</bpmn:subProcess>' +
      compensationBoundary('SubBUndone', 'SubB', 'UndoSubB') +
      serviceTask('UndoSubB', '', true) +
      compensationThrow('Compensate', activityRef) +
      serviceTask('After') +
      end() +
      chain('Start', 'SubA', 'SubB', 'Compensate', 'After', 'End'),
  );

test.each([
  [undefined, ['SubB', 'Fee', 'Book'], ['CancelBooking', 'RefundFee', 'UndoSubB']],
  ['SubA', ['Fee', 'Book'], ['CancelBooking', 'RefundFee']],
])(
  'a throw (activityRef %s) reaches inside a completed sub-process without boundary; one with a boundary runs its own',
  async (activityRef, activityIds, handlers) => {
    const m = await startMatter(bed, compiled(nestedScopes(activityRef)));
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
    const run = servicesRun(m);
    expect(run.slice(0, 3)).toEqual(['Book', 'Fee', 'Stamp']);
    expect(run.slice(3, -1).sort()).toEqual(handlers);
    expect(run.at(-1)).toBe('After');
    expect(events(m, 'compensation.finished')).toEqual([
      { type: 'compensation.finished', nodeId: 'Compensate', activityIds },
    ]);
    if (!activityRef) await keepHistory(m.handle, 'compensation-in-completed-sub-process');
  },
);

test('zeebe:ioMapping: a user task shows its inputs and writes its outputs; a service gets its inputs, maps its result', async () => {
  const xml = process(
    start() +
      userTask('Review', ioMapping([['=matter.kind', 'kind']], [['=kind + &quot;-&quot; + decision', 'reviewed']])) +
      serviceTask(
        'Archive',
        ioMapping(
          [
            ['=reviewed', 'note'],
            ['box-7', 'box'],
          ],
          [['=result', 'archived']],
        ),
      ) +
      end() +
      chain('Start', 'Review', 'Archive', 'End'),
  );
  const m = await startMatter(bed, compiled(xml), { matter: { kind: 'PROMISED' } });
  expect(await m.task('Review')).toMatchObject({ variables: { kind: 'PROMISED' } });
  await complete(m, 'Review');
  const { status, form } = await m.handle.result();
  expect(status).toBe('COMPLETED');
  const [call] = bed.recorder.of(m.matter.matterId, 'runService').map((c) => c.input);
  expect(call.params).toEqual({ note: 'PROMISED-complete', box: 'box-7' });
  expect(form).toMatchObject({ reviewed: 'PROMISED-complete', archived: 'archive-done' });
  expect(form).not.toHaveProperty('kind');
});
