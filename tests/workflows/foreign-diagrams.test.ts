/**
 * Diagrams as other modelers draw them (tests/fixtures/bpmn), compiled by the publishing compiler and run by the
 * interpreter on the dev server: what publishes also runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileBpmn } from '../../bpmn/compiler';
import type { ProcedurePlan } from '../../bpmn/plan';
import { completeTask } from '../../workflows/procedure-contract';
import { useWorkflowTestBed } from '../support/workflow-env';
import { definitions, end, flow, start } from '../unit/bpmn/diagram';
import { approver, startMatter, type Started } from './helpers';

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
