/**
 * Business-rule tasks and FEEL on the dev server: the diagram compiled by the publishing compiler, its decision table
 * evaluated inside the workflow, its result routing the matter through a FEEL condition.
 */
import { compileBpmn } from '../../bpmn/compiler';
import type { ProcedurePlan } from '../../bpmn/plan';
import { completeTask } from '../../workflows/procedure-contract';
import { ROUTE_TABLE, routedByDecision } from '../support/decision-diagrams';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, eventually, startMatter } from './helpers';

jest.setTimeout(60_000);

const bed = useWorkflowTestBed();

function compiled(xml: string): ProcedurePlan {
  const result = compileBpmn(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

const decisionEvents = (matterId: string) =>
  bed.recorder
    .of(matterId, 'recordEvent')
    .map((c) => c.input)
    .filter((e) => e.type === 'decision.evaluated')
    .map((e) => e.data);

test('the decision table routes an immediate matter straight to its end through a FEEL condition', async () => {
  const m = await startMatter(bed, compiled(routedByDecision()), { matter: { kind: 'IMMEDIATE' } });
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  expect(decisionEvents(m.matter.matterId)).toEqual([
    {
      nodeId: 'Classify',
      decisionId: 'Decision_route',
      hitPolicy: 'UNIQUE',
      matchedRuleIds: ['Rule_1'],
      resultVariable: 'route',
      result: 'fast',
    },
  ]);
  expect((await m.state()).completedNodeIds).toEqual(['Start', 'Classify', 'Route', 'Fast']);
  await keepHistory(m.handle, 'business-rule-task-feel-route');
});

test('another row sends a promised matter to review, the default way', async () => {
  const m = await startMatter(bed, compiled(routedByDecision()), { matter: { kind: 'PROMISED', viaAgent: false } });
  const task = await m.task('Review');
  expect(decisionEvents(m.matter.matterId)).toEqual([expect.objectContaining({ matchedRuleIds: ['Rule_2'] })]);
  await m.handle.executeUpdate(completeTask, {
    args: [{ taskKey: task.taskKey, actor: approver, decision: 'complete' }],
  });
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
});

test('a UNIQUE table with two matching rules raises an incident naming them; the token stays', async () => {
  const overlapping = { ...ROUTE_TABLE, rules: [...ROUTE_TABLE.rules, [['"IMMEDIATE"', 'false'], ['"review"']]] };
  const m = await startMatter(bed, compiled(routedByDecision('Process_overlap', overlapping as typeof ROUTE_TABLE)), {
    matter: { kind: 'IMMEDIATE', viaAgent: false },
  });
  const id = m.matter.matterId;
  await eventually('incident', () => bed.recorder.eventTypes(id).includes('incident.raised'));
  const [incident] = bed.recorder.of(id, 'recordIncident').map((c) => c.input.incident);
  expect(incident).toMatchObject({ kind: 'DATA_INVALID', nodeId: 'Classify', attempts: 1 });
  expect(incident.zh).toContain('第 1、4 条规则（Rule_1、Rule_4）');
  expect(incident.en).toContain('has several matching rules');
  expect(decisionEvents(id)).toEqual([expect.objectContaining({ matchedRuleIds: ['Rule_1', 'Rule_4'] })]);
  expect(await m.incidentHeld()).toMatchObject({ status: 'IN_PROGRESS', activeNodeIds: ['Classify'] });
  await m.handle.terminate();
});

test('zeebe:ioMapping: an input the table reads, an output taken from a several-output result', async () => {
  const table = {
    inputs: ['kind'],
    outputs: ['route', 'days'],
    rules: [[['"IMMEDIATE"'], ['"fast"', '1']] as [string[], string[]]],
  };
  const xml = routedByDecision('Process_mapped', table, false, {
    resultVariable: 'decided',
    extensions:
      '<zeebe:ioMapping><zeebe:input source="=matter.kind" target="kind"/>' +
      '<zeebe:output source="=decided.route" target="route"/></zeebe:ioMapping>',
  });
  const m = await startMatter(bed, compiled(xml), { matter: { kind: 'IMMEDIATE' } });
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  expect(decisionEvents(m.matter.matterId)).toEqual([
    expect.objectContaining({ result: { route: 'fast', days: 1 }, matchedRuleIds: ['Rule_1'] }),
  ]);
  expect((await m.state()).completedNodeIds).toContain('Fast');
});
