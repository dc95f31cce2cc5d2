import { ApplicationFailure } from '@temporalio/common';
import { cancelFromIncident, moveIncident, retryIncident } from '../../workflows/incident-contract';
import { completeTask } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, clerk, eventually, manager, refusal, startMatter, type Started } from './helpers';
import { eq, plan } from './plans';

jest.setTimeout(60_000);

const bed = useWorkflowTestBed();
const QUICK_RETRY = { maximumAttempts: 2, initialIntervalSeconds: 1, maximumIntervalSeconds: 1 };

const openIncident = (m: Started) => eventually('an open incident', async () => (await m.state()).incidents?.[0]);

test('a service failing beyond its budget raises an incident; retried once it works, the matter completes', async () => {
  const p = plan().start().service('notify', 'notify').end().chain('start', 'notify', 'end').build();
  let broken = true;
  const m = await startMatter(bed, p, {
    serviceRetry: QUICK_RETRY,
    before: (matter) =>
      bed.recorder.behave(matter.matterId, {
        runService: async () => {
          if (broken) throw new Error('SMS gateway unreachable');
          return { result: 'sent' };
        },
      }),
  });
  const incident = await openIncident(m);
  const id = m.matter.matterId;
  expect(incident).toMatchObject({
    kind: 'SERVICE_FAILED',
    nodeId: 'notify',
    attempts: 2,
    zh: expect.stringContaining('SMS gateway unreachable'),
    en: 'the service failed 2 times: SMS gateway unreachable',
  });
  expect(bed.recorder.of(id, 'runService')).toHaveLength(2);
  expect(bed.recorder.of(id, 'recordIncident').map((c) => c.input.incident)).toEqual([incident]);
  expect(bed.recorder.eventTypes(id)).toContain('incident.raised');
  expect((await m.state()).status).toBe('IN_PROGRESS');

  const retry = (actor = manager) =>
    m.handle.executeUpdate(retryIncident, { args: [{ incidentId: incident.incidentId, actor }] });
  expect((await refusal(retry(clerk))).code).toBe('INCIDENT_FORBIDDEN');
  broken = false;
  await retry();
  const done = await m.handle.result();
  expect(done.status).toBe('COMPLETED');
  expect(done.incidents).toBeUndefined();
  expect(bed.recorder.of(id, 'resolveIncident').map((c) => c.input)).toEqual([
    expect.objectContaining({ incidentId: incident.incidentId, resolution: 'RETRIED', actorId: manager.userId }),
  ]);
  // the service kept its key: a retried call cannot double what the failed one may have half done
  const keys = bed.recorder.of(id, 'runService').map((c) => c.input.eventKey);
  expect(new Set(keys).size).toBe(1);
  expect(bed.recorder.eventTypes(id)).toEqual(expect.arrayContaining(['incident.retried', 'matter.completed']));
  await keepHistory(m.handle, 'incident-retried');
});

test('a gateway with no way out raises an incident; the token is moved to a step of the same scope, which opens its task', async () => {
  const p = plan()
    .start()
    .xor('route')
    .task('fix', { candidateDepartment: '$lead' })
    .end('a')
    .end('b')
    .chain('start', 'route')
    .flow('route', 'a', { condition: eq('matter.viaAgent', true) })
    .chain('fix', 'b')
    .build();
  const m = await startMatter(bed, p);
  const incident = await openIncident(m);
  expect(incident).toMatchObject({ kind: 'NO_WAY_OUT', nodeId: 'route', attempts: 1 });
  expect(incident.targets.map((t) => t.nodeId).sort()).toEqual(['a', 'b', 'fix']);

  const move = (toNodeId: string) =>
    m.handle.executeUpdate(moveIncident, {
      args: [{ incidentId: incident.incidentId, actor: manager, toNodeId, comment: '条件配置有误，人工转审核' }],
    });
  expect((await refusal(move('start'))).code).toBe('INCIDENT_TARGET_INVALID');
  const moved = await move('fix');
  expect(moved.incidents).toBeUndefined();
  expect(moved.activeNodeIds).toEqual(['fix']);
  expect((await refusal(move('fix'))).code).toBe('INCIDENT_RESOLVED');

  const fix = await m.task('fix');
  await m.handle.executeUpdate(completeTask, {
    args: [{ taskKey: fix.taskKey, actor: approver, decision: 'approve' }],
  });
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  expect(bed.recorder.of(m.matter.matterId, 'resolveIncident')[0].input).toMatchObject({
    resolution: 'MOVED',
    toNodeId: 'fix',
    note: '条件配置有误，人工转审核',
  });
  await keepHistory(m.handle, 'incident-moved');
});

test('a service refusing its input raises an incident at once; cancelling ends the matter TERMINATED with its tasks', async () => {
  const p = plan()
    .start()
    .and('split')
    .service('issue', 'issueResult')
    .task('archive', { candidateDepartment: '$lead' })
    .and('join')
    .end()
    .chain('start', 'split')
    .chain('split', 'issue', 'join')
    .chain('split', 'archive', 'join')
    .chain('join', 'end')
    .build();
  const m = await startMatter(bed, p, {
    serviceRetry: QUICK_RETRY,
    before: (matter) =>
      bed.recorder.behave(matter.matterId, {
        runService: async () => {
          throw ApplicationFailure.nonRetryable(
            '证照模板缺少字段 / the result template lacks a field',
            'ValidationError',
          );
        },
      }),
  });
  const incident = await openIncident(m);
  expect(incident).toMatchObject({ kind: 'SERVICE_REFUSED', nodeId: 'issue', attempts: 1 });
  expect(bed.recorder.of(m.matter.matterId, 'runService')).toHaveLength(1);
  await m.task('archive');

  const cancel = (reason: string) =>
    m.handle.executeUpdate(cancelFromIncident, { args: [{ incidentId: incident.incidentId, actor: manager, reason }] });
  expect((await refusal(cancel('  '))).code).toBe('INCIDENT_REASON_MISSING');
  const ended = await cancel('出证模板无法修复，终止办理并通知申请人');
  expect(ended).toMatchObject({ status: 'TERMINATED', tasks: [], activeNodeIds: [] });
  const id = m.matter.matterId;
  expect(bed.recorder.of(id, 'closeTask').map((c) => c.input.status)).toEqual(['CANCELLED']);
  expect(bed.recorder.of(id, 'setMatterStatus').at(-1)?.input).toEqual({
    matterId: id,
    status: 'TERMINATED',
    reason: '出证模板无法修复，终止办理并通知申请人',
  });
  expect(bed.recorder.eventTypes(id).slice(-3)).toEqual(['incident.cancelled', 'task.cancelled', 'matter.terminated']);
  await keepHistory(m.handle, 'incident-cancelled');
});
