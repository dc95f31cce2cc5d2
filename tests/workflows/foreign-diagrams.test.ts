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
import { approver, startMatter, type Started } from './helpers';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

function compiled(fixture: string): ProcedurePlan {
  const xml = readFileSync(path.resolve(__dirname, '../fixtures/bpmn', fixture), 'utf8');
  const result = compileBpmn(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

const complete = (m: Started, taskKey: string, decision = 'complete') =>
  m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor: approver, decision }] });

test('a Camunda 8 collaboration runs its executable pool; the applicant pool is documentation', async () => {
  const m = await startMatter(bed, compiled('camunda8-collaboration.bpmn'));
  const task = await m.task('Activity_decide');
  expect((await m.state()).activeNodeIds).toEqual(['Activity_decide']);
  await complete(m, task.taskKey);
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  expect((await m.state()).completedNodeIds).toEqual(['Event_received', 'Activity_decide', 'Event_done']);
});
