import type { ProcedurePlan } from '../../bpmn/plan';
import { completeTask, getState, type ProcedureState } from '../../workflows/procedure-contract';
import { withdrawMatter } from '../../workflows/withdrawal-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, clerk, coActor, eventually, startMatter, type Started } from './helpers';
import { pathOf, plan } from './plans';

jest.setTimeout(60_000);

const bed = useWorkflowTestBed();

/** 现场踏勘: one survey step whose result comes back to the caller; its own key per test, so versions do not mix. */
const surveyPlan = (department = '$lead') =>
  plan()
    .start()
    .task('survey', { candidateDepartment: department, stepKind: 'survey' })
    .end()
    .chain('start', 'survey', 'end')
    .build('siteSurvey');

let keys = 0;
const publishSurvey = (...plans: ProcedurePlan[]) => {
  keys += 1;
  const key = `siteSurvey${keys}`;
  for (const p of plans.length ? plans : [surveyPlan()]) bed.recorder.publish(key, p);
  return key;
};

/** The one called procedure the matter runs now, found by its call.started event. */
async function calledRun(m: Started, nth = 0) {
  const started = await eventually(
    'the call started',
    async () => bed.recorder.of(m.matter.matterId, 'recordEvent').filter((c) => c.input.type === 'call.started')[nth],
  );
  return bed.env.client.workflow.getHandle(started.input.data.workflowId as string);
}

async function openTaskOf(handle: Awaited<ReturnType<typeof calledRun>>, nodeId: string) {
  return eventually(`task ${nodeId} in the called procedure`, async () =>
    (await handle.query(getState)).tasks.find((task) => task.nodeId === nodeId),
  );
}

const types = (m: Started) => bed.recorder.eventTypes(m.matter.matterId);

describe('call activity', () => {
  test('runs the latest published version as a child: its task on the matter, the survey result mapped back', async () => {
    const key = publishSurvey();
    const caller = plan()
      .start()
      .call('Survey', key, { in: { 'matter.receiptNo': 'receiptNo' }, out: { surveyResult: 'surveyResult' } })
      .task('decide', { candidateDepartment: '$lead' })
      .end()
      .chain('start', 'Survey', 'decide', 'end')
      .build();
    const m = await startMatter(bed, caller);
    const called = await calledRun(m);
    const survey = await openTaskOf(called, 'survey');
    expect(survey.taskKey.startsWith(`${called.workflowId}/`)).toBe(true);
    // the child's row names its workflow and version, for the API's task routes
    const synced = bed.recorder.of(m.matter.matterId, 'syncTask').find((c) => c.input.task.taskKey === survey.taskKey);
    expect(synced?.input).toMatchObject({
      matterId: m.matter.matterId,
      owner: { workflowId: called.workflowId, procedureVersionId: `${key}-v1` },
    });
    expect((await called.query(getState)).form).toEqual({ receiptNo: m.matter.receiptNo });
    await called.executeUpdate(completeTask, {
      args: [
        {
          taskKey: survey.taskKey,
          actor: approver,
          decision: 'complete',
          formData: { surveyResult: 'pass', note: 'x' },
        },
      ],
    });
    const decide = await m.task('decide');
    const state = await m.state();
    expect(state.form).toEqual({ surveyResult: 'pass' });
    expect(state.decisions.Survey).toBe('COMPLETED');
    expect(await called.result()).toMatchObject({ status: 'COMPLETED' });
    // one clock: the matter's; the child's end is on the matter's timeline, its status is not the matter's
    expect(bed.recorder.of(m.matter.matterId, 'refreshDeadline')).toHaveLength(1);
    expect(bed.recorder.of(m.matter.matterId, 'setMatterStatus')).toHaveLength(0);
    expect(types(m)).toEqual(expect.arrayContaining(['call.started', 'calledProcedure.ended', 'call.ended']));
    await m.handle.executeUpdate(completeTask, {
      args: [{ taskKey: decide.taskKey, actor: approver, decision: 'complete' }],
    });
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
    await keepHistory(m.handle, 'call-activity-survey');
  });

  test('a pinned version runs that version; propagate-all hands every variable both ways', async () => {
    const v1 = surveyPlan('V1');
    const key = publishSurvey(v1, surveyPlan('V2'));
    const caller = plan()
      .start()
      .call('Survey', key, { version: 1, propagateAllIn: true, propagateAllOut: true })
      .end()
      .chain('start', 'Survey', 'end')
      .build();
    const m = await startMatter(bed, caller);
    const called = await calledRun(m);
    const survey = await openTaskOf(called, 'survey');
    expect(survey.candidateDepartmentCode).toBe('V1');
    await called.executeUpdate(completeTask, {
      args: [{ taskKey: survey.taskKey, actor: coActor('V1'), decision: 'complete', formData: { area: 12 } }],
    });
    expect((await m.handle.result()).form).toEqual({ area: 12 });
  });

  test('an error end in the child is caught by the error boundary on the call activity', async () => {
    const key = publishSurvey(
      plan().start().throwing('refuse', 'error', 'SITE_UNSAFE').chain('start', 'refuse').build('unsafe'),
    );
    const caller = plan()
      .start()
      .call('Survey', key)
      .catching('unsafe', 'Survey', 'error', { code: 'SITE_UNSAFE' })
      .end()
      .end('refused', 'REJECTED')
      .chain('start', 'Survey', 'end')
      .flow('unsafe', 'refused')
      .build();
    const m = await startMatter(bed, caller);
    const done = await m.handle.result();
    expect(done.status).toBe('REJECTED');
    expect(done.completedNodeIds).toContain('refused');
    expect(types(m)).toEqual(expect.arrayContaining(['calledProcedure.threw', 'error.caught']));
    await keepHistory(m.handle, 'call-activity-error-caught');
  });

  test('an error nobody catches is an incident on the call; an unpublished procedure too', async () => {
    const key = publishSurvey(plan().start().throwing('refuse', 'error', 'X').chain('start', 'refuse').build());
    const caller = (k: string) => plan().start().call('Survey', k).end().chain('start', 'Survey', 'end').build();
    const m = await startMatter(bed, caller(key));
    const incident = await eventually('an incident', async () => (await m.state()).incidents?.[0]);
    expect(incident).toMatchObject({ nodeId: 'Survey', kind: 'BPMN_ERROR', en: expect.stringContaining('error X') });
    const missing = await startMatter(bed, caller('neverPublished'));
    expect(await eventually('an incident', async () => (await missing.state()).incidents?.[0])).toMatchObject({
      nodeId: 'Survey',
      en: expect.stringContaining('neverPublished'),
    });
    await m.handle.terminate();
    await missing.handle.terminate();
  });

  test('an interrupting boundary timer on the call ends the child: its task cancelled, the token leaves by the timer', async () => {
    const key = publishSurvey();
    const caller = plan()
      .start()
      .call('Survey', key)
      .boundary('late', 'Survey', 2, true)
      .end()
      .end('escalated')
      .chain('start', 'Survey', 'end')
      .flow('late', 'escalated')
      .build();
    const m = await startMatter(bed, caller);
    const called = await calledRun(m);
    const survey = await openTaskOf(called, 'survey');
    const done = await m.handle.result();
    expect(done.completedNodeIds).toContain('escalated');
    expect(await called.result()).toMatchObject({ status: 'WITHDRAWN', tasks: [] });
    expect(
      bed.recorder.of(m.matter.matterId, 'closeTask').find((c) => c.input.taskKey === survey.taskKey)?.input.status,
    ).toBe('CANCELLED');
    expect(types(m)).toEqual(expect.arrayContaining(['timer.fired', 'call.withdrawn', 'calledProcedure.withdrawn']));
  });

  test('撤件 of the matter ends the running child with it', async () => {
    const key = publishSurvey();
    const caller = plan().start().call('Survey', key).end().chain('start', 'Survey', 'end').build();
    const m = await startMatter(bed, caller);
    const called = await calledRun(m);
    await openTaskOf(called, 'survey');
    await m.handle.executeUpdate(withdrawMatter, {
      args: [
        {
          actor: clerk,
          request: {
            withdrawalId: 'w1',
            channel: 'WINDOW',
            reason: '申请人已另行办理',
            document: { fileKey: 'k', name: '撤件申请书.pdf', mime: 'application/pdf', size: 10, sha256: 'h' },
          },
        },
      ],
    });
    expect((await m.handle.result()).status).toBe('WITHDRAWN');
    expect(await called.result()).toMatchObject({ status: 'WITHDRAWN', tasks: [] });
    await keepHistory(m.handle, 'call-activity-withdrawn');
  });

  test('multi-instance: one called procedure per co-department, results collected in order', async () => {
    const key = publishSurvey();
    const caller = plan()
      .start()
      .call('Survey', key, {
        in: { dept: 'dept' },
        out: { surveyResult: 'result' },
        multiInstance: {
          sequential: false,
          collection: pathOf('matter.coDepartmentCodes'),
          collectionSource: 'matter.coDepartmentCodes',
          elementVariable: 'dept',
          outputCollection: 'results',
        },
      })
      .end()
      .chain('start', 'Survey', 'end')
      .build();
    const m = await startMatter(bed, caller);
    const runs = [await calledRun(m, 0), await calledRun(m, 1)];
    const states: ProcedureState[] = [];
    for (const run of runs) states.push(await run.query(getState));
    expect(states.map((s) => s.form.dept).sort()).toEqual(['CO1', 'CO2']);
    for (const run of runs) {
      const task = await openTaskOf(run, 'survey');
      const dept = (await run.query(getState)).form.dept as string;
      await run.executeUpdate(completeTask, {
        args: [
          { taskKey: task.taskKey, actor: approver, decision: 'complete', formData: { surveyResult: `ok-${dept}` } },
        ],
      });
    }
    const done = await m.handle.result();
    expect(done.form.results).toEqual([{ result: 'ok-CO1' }, { result: 'ok-CO2' }]);
  });
});
