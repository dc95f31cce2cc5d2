/**
 * Diagrams as other modelers draw them (tests/fixtures/bpmn), compiled by the publishing compiler and run by the
 * interpreter on the dev server: what publishes also runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileBpmn } from '../../bpmn/compiler';
import type { ProcedurePlan } from '../../bpmn/plan';
import { completeTask, deliverMessage } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { definitions, end, flow, inclusiveReview, start, userTask } from '../unit/bpmn/diagram';
import { approver, eventually, startMatter, type Started } from './helpers';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../fixtures/bpmn', name), 'utf8');

function compiled(xml: string): ProcedurePlan {
  const result = compileBpmn(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

const complete = (m: Started, taskKey: string, decision = 'complete') =>
  m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor: approver, decision }] });

test('a Camunda 8 collaboration runs its executable pool; the applicant pool is documentation', async () => {
  const m = await startMatter(bed, compiled(fixture('camunda8-collaboration.bpmn')));
  const task = await m.task('Activity_decide');
  expect((await m.state()).activeNodeIds).toEqual(['Activity_decide']);
  await complete(m, task.taskKey);
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  expect((await m.state()).completedNodeIds).toEqual(['Event_received', 'Activity_decide', 'Event_done']);
});

test('an undefined task and a manual task pass the token on, each recorded on the timeline', async () => {
  const xml = definitions(
    start() +
      '<bpmn:task id="Tidy" name="整理"/><bpmn:manualTask id="Check" name="线下核对"/>' +
      end() +
      flow('F1', 'Start', 'Tidy') +
      flow('F2', 'Tidy', 'Check') +
      flow('F3', 'Check', 'End'),
  );
  const m = await startMatter(bed, compiled(xml));
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  const passed = bed.recorder
    .of(m.matter.matterId, 'recordEvent')
    .filter((call) => call.input.type === 'task.passed')
    .map((call) => call.input.data);
  expect(passed).toEqual([
    { nodeId: 'Tidy', elementType: 'task', name: '整理' },
    { nodeId: 'Check', elementType: 'manualTask', name: '线下核对' },
  ]);
});

test('a receive task waits for its standard message; a send task sends the notice its message names', async () => {
  const xml = definitions(
    start() +
      '<bpmn:receiveTask id="Wait" messageRef="Msg_supplied"/><bpmn:sendTask id="Tell" messageRef="Msg_ready"/>' +
      end() +
      flow('F1', 'Start', 'Wait') +
      flow('F2', 'Wait', 'Tell') +
      flow('F3', 'Tell', 'End'),
  ).replace(
    '<bpmn:process ',
    '<bpmn:message id="Msg_supplied" name="materialsSupplied"/><bpmn:message id="Msg_ready" name="RESULT_READY"/><bpmn:process ',
  );
  const m = await startMatter(bed, compiled(xml));
  await eventually('waiting', async () => (await m.state()).awaitingMessages?.includes('materialsSupplied'));
  expect(bed.recorder.of(m.matter.matterId, 'runService')).toEqual([]);
  await m.handle.executeUpdate(deliverMessage, { args: [{ name: 'materialsSupplied' }] });
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  expect(bed.recorder.of(m.matter.matterId, 'runService').map((call) => call.input)).toEqual([
    expect.objectContaining({ activity: 'notify', params: { template: 'RESULT_READY' } }),
  ]);
});

describe('event-based gateway (补正: the materials arrive, or the period runs out)', () => {
  const race = () =>
    compiled(
      definitions(
        start() +
          '<bpmn:eventBasedGateway id="G"/>' +
          '<bpmn:intermediateCatchEvent id="Supplied"><bpmn:extensionElements><ow:Message name="materialsSupplied"/></bpmn:extensionElements><bpmn:messageEventDefinition/></bpmn:intermediateCatchEvent>' +
          '<bpmn:intermediateCatchEvent id="Lapsed"><bpmn:extensionElements><ow:Timer kind="duration" hours="2"/></bpmn:extensionElements><bpmn:timerEventDefinition/></bpmn:intermediateCatchEvent>' +
          end('Done') +
          end('Refused', 'REJECTED') +
          flow('F1', 'Start', 'G') +
          flow('F2', 'G', 'Supplied') +
          flow('F3', 'G', 'Lapsed') +
          flow('F4', 'Supplied', 'Done') +
          flow('F5', 'Lapsed', 'Refused'),
      ),
    );
  const decided = (m: Started) =>
    bed.recorder
      .of(m.matter.matterId, 'recordEvent')
      .filter((call) => call.input.type === 'gateway.decided')
      .map((call) => call.input.data);

  test('the message comes first: the timer is cancelled', async () => {
    const m = await startMatter(bed, race());
    await eventually('both waiting', async () => (await m.state()).activeNodeIds.length === 3);
    expect((await m.state()).activeNodeIds.sort()).toEqual(['G', 'Lapsed', 'Supplied']);
    await m.handle.executeUpdate(deliverMessage, { args: [{ name: 'materialsSupplied' }] });
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
    const state = await m.state();
    expect(state.completedNodeIds).toEqual(['Start', 'G', 'Supplied', 'Done']);
    expect(decided(m)).toEqual([{ nodeId: 'G', eventNodeId: 'Supplied' }]);
    await keepHistory(m.handle, 'event-gateway-message-first');
  });

  test('the period runs out first: the message wait is withdrawn', async () => {
    const m = await startMatter(bed, race());
    expect(await m.handle.result()).toMatchObject({ status: 'REJECTED' });
    expect((await m.state()).completedNodeIds).toEqual(['Start', 'G', 'Lapsed', 'Refused']);
    expect(decided(m)).toEqual([{ nodeId: 'G', eventNodeId: 'Lapsed' }]);
  });
});

describe('inclusive gateway', () => {
  test('splits to every way whose condition holds; the join waits only for the tokens that can still arrive', async () => {
    const m = await startMatter(bed, compiled(inclusiveReview()), { matter: { kind: 'PROMISED', viaAgent: true } });
    const a = await m.task('A');
    const b = await m.task('B');
    expect((await m.state()).tasks.map((task) => task.nodeId).sort()).toEqual(['A', 'B']);
    await complete(m, a.taskKey);
    expect((await m.state()).activeNodeIds.sort()).toEqual(['B', 'Join']);
    await complete(m, b.taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
    expect((await m.state()).completedNodeIds).toEqual(['Start', 'Split', 'A', 'B', 'Join', 'End']);
    await keepHistory(m.handle, 'inclusive-split-and-join');
  });

  test('one way taken: the join passes it on at once', async () => {
    const m = await startMatter(bed, compiled(inclusiveReview()), { matter: { kind: 'PROMISED', viaAgent: false } });
    await complete(m, (await m.task('A')).taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  });

  test('no condition holds: the default flow is taken', async () => {
    const m = await startMatter(bed, compiled(inclusiveReview()), { matter: { kind: 'IMMEDIATE', viaAgent: false } });
    const c = await m.task('C');
    expect((await m.state()).tasks.map((task) => task.nodeId)).toEqual(['C']);
    await complete(m, c.taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  });
});

test('standard ISO timers: a timeDuration catch, and a timeCycle boundary that repeats while the task stays', async () => {
  const xml = definitions(
    start() +
      '<bpmn:intermediateCatchEvent id="Wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>' +
      userTask('Review') +
      '<bpmn:boundaryEvent id="Remind" attachedToRef="Review" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R2/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>' +
      '<bpmn:task id="Noted"/>' +
      end() +
      end('Reminded') +
      flow('F1', 'Start', 'Wait') +
      flow('F2', 'Wait', 'Review') +
      flow('F3', 'Review', 'End') +
      flow('F4', 'Remind', 'Noted') +
      flow('F5', 'Noted', 'Reminded'),
  );
  const m = await startMatter(bed, compiled(xml));
  const review = await m.task('Review');
  const reminders = () =>
    bed.recorder.of(m.matter.matterId, 'recordEvent').filter((call) => call.input.type === 'task.passed');
  await eventually('two reminders', () => reminders().length === 2, 10_000);
  const timers = bed.recorder.of(m.matter.matterId, 'resolveTimer').map((call) => call.input.timer);
  expect(timers).toEqual([
    { kind: 'isoDuration', duration: 'PT1H' },
    { kind: 'isoCycle', duration: 'PT1H', repetitions: 2 },
    { kind: 'isoDuration', duration: 'PT1H' },
  ]);
  expect((await m.state()).tasks).toEqual([expect.objectContaining({ taskKey: review.taskKey, state: 'OPEN' })]);
  await complete(m, review.taskKey, 'complete');
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  expect(reminders()).toHaveLength(2);
  await keepHistory(m.handle, 'standard-iso-timers');
});
