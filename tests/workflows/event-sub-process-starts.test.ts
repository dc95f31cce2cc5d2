import { bpmnError } from '../../activities/bpmn-error';
import { completeTask } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, eventually, startMatter, type Started } from './helpers';
import { plan } from './plans';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

const complete = (m: Started, taskKey: string) =>
  m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor: approver, decision: 'complete' }] });
const eventsOf = (m: Started, type: string) =>
  bed.recorder
    .of(m.matter.matterId, 'recordEvent')
    .filter((call) => call.input.type === type)
    .map((call) => call.input.data);
const servicesRun = (m: Started) => bed.recorder.of(m.matter.matterId, 'runService').map((c) => c.input.activity);

describe('event sub-processes started by a timer', () => {
  test('a non-interrupting timer cycle (R2/PT1H) reminds twice while the review runs, and the review goes on', async () => {
    const p = plan()
      .start()
      .task('review', { candidateDepartment: '$lead' })
      .end()
      .chain('start', 'review', 'end')
      .eventSubProcessOn(
        'reminders',
        { kind: 'timer', timer: { kind: 'isoCycle', duration: 'PT1H', repetitions: 2 }, interrupting: false },
        (b) => b.start('rStart').service('remind', 'notify').end('rEnd').chain('rStart', 'remind', 'rEnd'),
      )
      .build();
    const m = await startMatter(bed, p);
    const review = await m.task('review');
    await eventually('two reminders', () => servicesRun(m).length === 2);
    expect((await m.state()).tasks.map((t) => t.taskKey)).toEqual([review.taskKey]);
    await complete(m, review.taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED', activeNodeIds: [] });
    expect(eventsOf(m, 'eventSubProcess.started')).toEqual([
      expect.objectContaining({ nodeId: 'reminders', interrupting: false }),
      expect.objectContaining({ nodeId: 'reminders', interrupting: false }),
    ]);
    await keepHistory(m.handle, 'event-sub-process-timer-cycle');
  });

  test('an interrupting timer start inside a sub-process withdraws its open task; the procedure goes on after it', async () => {
    const p = plan()
      .start()
      .subProcess('survey', (b) =>
        b
          .start('sStart')
          .task('visit', { candidateDepartment: '$lead' })
          .end('sEnd')
          .chain('sStart', 'visit', 'sEnd')
          .eventSubProcessOn(
            'tooLate',
            { kind: 'timer', timer: { kind: 'duration', hours: 1 }, interrupting: true },
            (e) => e.start('lStart').end('lEnd').chain('lStart', 'lEnd'),
          ),
      )
      .task('decide', { candidateDepartment: '$lead' })
      .end()
      .chain('start', 'survey', 'decide', 'end')
      .build();
    const m = await startMatter(bed, p);
    const visit = await m.task('visit');
    const decide = await m.task('decide');
    expect(bed.recorder.of(m.matter.matterId, 'closeTask').map((c) => c.input)).toContainEqual(
      expect.objectContaining({ taskKey: visit.taskKey, status: 'CANCELLED' }),
    );
    await complete(m, decide.taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
    expect((await m.handle.result()).completedNodeIds).toEqual(expect.arrayContaining(['tooLate', 'lEnd']));
  });

  test('a sub-process that ends before its timer start fires takes the timer with it', async () => {
    const p = plan()
      .start()
      .subProcess('quick', (b) =>
        b
          .start('qStart')
          .task('check', { candidateDepartment: '$lead' })
          .end('qEnd')
          .chain('qStart', 'check', 'qEnd')
          .eventSubProcessOn(
            'late',
            { kind: 'timer', timer: { kind: 'duration', hours: 2 }, interrupting: false },
            (e) => e.start('lStart').service('lateNotice', 'notify').end('lEnd').chain('lStart', 'lateNotice', 'lEnd'),
          ),
      )
      .task('after', { candidateDepartment: '$lead' })
      .end()
      .chain('start', 'quick', 'after', 'end')
      .build();
    const m = await startMatter(bed, p);
    await complete(m, (await m.task('check')).taskKey);
    const after = await m.task('after');
    const { events } = await m.handle.fetchHistory();
    // the deadline's timers stay; the event sub-process's is the one cancelled, and none has fired
    expect(events?.filter((e) => e.timerCanceledEventAttributes).length).toBe(1);
    expect(events?.filter((e) => e.timerFiredEventAttributes)).toEqual([]);
    await complete(m, after.taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
    expect(servicesRun(m)).toEqual([]);
  });
});

describe('event sub-processes with a timer start in FEEL', () => {
  const withReminder = (source: string) =>
    plan()
      .start()
      .task('review', { candidateDepartment: '$lead' })
      .end()
      .chain('start', 'review', 'end')
      .eventSubProcessOn(
        'reminder',
        { kind: 'timer', timer: { kind: 'feel', source, definition: 'timeDuration' }, interrupting: false },
        (b) => b.start('rStart').service('remind', 'notify').end('rEnd').chain('rStart', 'remind', 'rEnd'),
      )
      .build();

  test('its value is evaluated when the scope begins and the timer armed with it', async () => {
    const m = await startMatter(bed, withReminder('"PT" + string(matter.promisedDays - 4) + "H"'));
    const review = await m.task('review');
    await eventually('the reminder', () => servicesRun(m).length === 1);
    expect(bed.recorder.of(m.matter.matterId, 'resolveTimer').map((c) => c.input.timer)).toContainEqual({
      kind: 'isoDuration',
      duration: 'PT1H',
    });
    await complete(m, review.taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  });

  test('a value that is no ISO duration holds the procedure at its start on a DATA_INVALID incident', async () => {
    const m = await startMatter(bed, withReminder('matter.kind'));
    const [incident] = await eventually('the incident', async () => (await m.state()).incidents);
    expect(incident).toMatchObject({ nodeId: 'start', kind: 'DATA_INVALID' });
    expect(incident.zh).toContain('不是ISO 8601 时长');
    expect((await m.state()).tasks).toEqual([]);
    await m.handle.terminate();
  });
});

describe('event sub-processes started by an error or an escalation', () => {
  test("a service's BPMN error in a sub-process is caught by the error start inside it before the sub-process's boundary", async () => {
    const p = plan()
      .start()
      .subProcess('issuing', (b) =>
        b
          .start('iStart')
          .service('issue', 'issueResult')
          .end('iEnd')
          .chain('iStart', 'issue', 'iEnd')
          .eventSubProcessOn('fixType', { kind: 'error', code: 'RESULT_TYPE_INVALID', interrupting: true }, (e) =>
            e.start('fStart').task('fix', { candidateDepartment: '$lead' }).end('fEnd').chain('fStart', 'fix', 'fEnd'),
          ),
      )
      .catching('anyError', 'issuing', 'error')
      .end()
      .end('viaBoundary', 'REJECTED')
      .chain('start', 'issuing', 'end')
      .chain('anyError', 'viaBoundary')
      .build();
    const m = await startMatter(bed, p, {
      before: (matter) =>
        bed.recorder.behave(matter.matterId, {
          runService: async () => {
            throw bpmnError('RESULT_TYPE_INVALID', '出证类型无效', 'invalid result type');
          },
        }),
    });
    const fix = await m.task('fix');
    expect(eventsOf(m, 'error.caught')).toEqual([
      { nodeId: 'issue', eventSubProcessId: 'fixType', code: 'RESULT_TYPE_INVALID', interrupting: true },
    ]);
    await complete(m, fix.taskKey);
    const result = await m.handle.result();
    expect(result).toMatchObject({ status: 'COMPLETED', activeNodeIds: [] });
    expect(result.completedNodeIds).not.toContain('viaBoundary');
    await keepHistory(m.handle, 'event-sub-process-error-start');
  });

  test('an error end at top level without a boundary is caught by the error start of the procedure', async () => {
    const p = plan()
      .start()
      .task('review', { candidateDepartment: '$lead' })
      .throwing('fail', 'error', 'NOT_ELIGIBLE')
      .chain('start', 'review', 'fail')
      .eventSubProcessOn('refuse', { kind: 'error', interrupting: true }, (e) =>
        e.start('xStart').end('xEnd', 'REJECTED').chain('xStart', 'xEnd'),
      )
      .build();
    const m = await startMatter(bed, p);
    await complete(m, (await m.task('review')).taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'REJECTED', activeNodeIds: [] });
    expect(eventsOf(m, 'incident')).toEqual([]);
  });

  test('a non-interrupting escalation start runs beside; the thrower goes on', async () => {
    const p = plan()
      .start()
      .throwing('askLeader', 'escalation', 'NEEDS_LEADER', false)
      .task('review', { candidateDepartment: '$lead' })
      .end()
      .chain('start', 'askLeader', 'review', 'end')
      .eventSubProcessOn('leader', { kind: 'escalation', code: 'NEEDS_LEADER', interrupting: false }, (e) =>
        e.start('eStart').task('sign', { candidateDepartment: '$lead' }).end('eEnd').chain('eStart', 'sign', 'eEnd'),
      )
      .build();
    const m = await startMatter(bed, p);
    const sign = await m.task('sign');
    const review = await m.task('review');
    expect(eventsOf(m, 'escalation.uncaught')).toEqual([]);
    await complete(m, review.taskKey);
    await complete(m, sign.taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED', activeNodeIds: [] });
  });
});
