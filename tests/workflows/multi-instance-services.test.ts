import { bpmnError } from '../../activities/bpmn-error';
import type { MultiInstance } from '../../bpmn/plan-events';
import { retryIncident } from '../../workflows/incident-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { eventually, manager, startMatter, type Started } from './helpers';
import { gte, pathOf, plan } from './plans';

jest.setTimeout(60_000);

const bed = useWorkflowTestBed();
const QUICK_RETRY = { maximumAttempts: 2, initialIntervalSeconds: 1, maximumIntervalSeconds: 1 };
const CO = { coDepartmentCodes: ['CO1', 'CO2', 'CO3'] };

/** One notice per co-department, its parameter reading the element. */
const perDepartment = (extra: Partial<MultiInstance> = {}) =>
  plan()
    .start()
    .service(
      'notifyEach',
      'notify',
      { department: '${dept}', round: '${loopCounter}' },
      {
        sequential: false,
        collection: pathOf('matter.coDepartmentCodes'),
        collectionSource: 'matter.coDepartmentCodes',
        elementVariable: 'dept',
        outputCollection: 'receipts',
        ...extra,
      },
    )
    .end()
    .chain('start', 'notifyEach', 'end');

const calls = (m: Started) => bed.recorder.of(m.matter.matterId, 'runService').map((call) => call.input);

describe('multi-instance service task', () => {
  test('parallel: one activity per element, each with its own key and element, results collected in order', async () => {
    const m = await startMatter(bed, perDepartment().build(), {
      matter: CO,
      before: (matter) =>
        bed.recorder.behave(matter.matterId, {
          runService: async ({ params }) => ({ result: `sent-${params.department}` }),
        }),
    });
    const done = await m.handle.result();
    expect(done.status).toBe('COMPLETED');
    expect(done.form.receipts).toEqual(['sent-CO1', 'sent-CO2', 'sent-CO3']);
    const made = calls(m);
    expect(made.map((call) => call.params).sort((a, b) => a.round.localeCompare(b.round))).toEqual([
      { department: 'CO1', round: '1' },
      { department: 'CO2', round: '2' },
      { department: 'CO3', round: '3' },
    ]);
    expect(new Set(made.map((call) => call.eventKey)).size).toBe(3);
    await keepHistory(m.handle, 'multi-instance-service-parallel');
  });

  test('sequential with a completion condition: stops after the first, the others never called', async () => {
    const m = await startMatter(
      bed,
      perDepartment({ sequential: true, completionCondition: gte('nrOfCompletedInstances', 1) }).build(),
      { matter: CO },
    );
    const done = await m.handle.result();
    expect(done.status).toBe('COMPLETED');
    expect(calls(m).map((call) => call.params.department)).toEqual(['CO1']);
    expect(done.form.receipts).toEqual(['notify-done']);
  });

  test('one instance beyond its retry budget raises its own incident; retried, only it runs again', async () => {
    let broken = true;
    const m = await startMatter(bed, perDepartment({ sequential: true }).build(), {
      matter: CO,
      serviceRetry: QUICK_RETRY,
      before: (matter) =>
        bed.recorder.behave(matter.matterId, {
          runService: async ({ params }) => {
            if (broken && params.department === 'CO2') throw new Error('SMS gateway unreachable');
            return { result: `sent-${params.department}` };
          },
        }),
    });
    const incident = await eventually('an open incident', async () => (await m.state()).incidents?.[0]);
    expect(incident).toMatchObject({ kind: 'SERVICE_FAILED', nodeId: 'notifyEach', attempts: 2 });
    expect(calls(m).map((call) => call.params.department)).toEqual(['CO1', 'CO2', 'CO2']);
    broken = false;
    await m.handle.executeUpdate(retryIncident, { args: [{ incidentId: incident.incidentId, actor: manager }] });
    const done = await m.handle.result();
    expect(done.status).toBe('COMPLETED');
    expect(done.form.receipts).toEqual(['sent-CO1', 'sent-CO2', 'sent-CO3']);
    expect(calls(m).map((call) => call.params.department)).toEqual(['CO1', 'CO2', 'CO2', 'CO2', 'CO3']);
    await keepHistory(m.handle, 'multi-instance-service-incident-retried');
  });

  test('a BPMN error of one instance is caught by the boundary on the activity: the other instances withdrawn', async () => {
    const p = perDepartment()
      .catching('caught', 'notifyEach', 'error', { code: 'NO_CONTACT' })
      .end('handled')
      .flow('caught', 'handled')
      .build();
    const m = await startMatter(bed, p, {
      matter: CO,
      before: (matter) =>
        bed.recorder.behave(matter.matterId, {
          runService: async ({ params }) => {
            if (params.department === 'CO2') throw bpmnError('NO_CONTACT', '无联系方式', 'no contact');
            return { result: 'sent' };
          },
        }),
    });
    const done = await m.handle.result();
    expect(done.status).toBe('COMPLETED');
    expect(done.completedNodeIds).toContain('handled');
    expect(done.completedNodeIds).not.toContain('end');
    expect(done.incidents).toBeUndefined();
  });
});
