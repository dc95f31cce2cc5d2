import { completeTask, deliverMessage, deliverSignal } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, clerk, eventually, refusal, startMatter, type Started } from './helpers';
import { plan, type PlanBuilder } from './plans';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

/** A service whose result comes after every boundary of these tests has fired (an hour of a timer is a second). */
const SLOW = 'slowLookup';
const CALLED = 'boundaryCallee';
const HOSTS = ['userTask', 'serviceTask', 'subProcess', 'callActivity'] as const;
type HostKind = (typeof HOSTS)[number];

beforeAll(() => {
  const callee = plan()
    .start()
    .task('survey', { candidateDepartment: '$lead' })
    .end()
    .chain('start', 'survey', 'end')
    .build(CALLED);
  bed.recorder.publish(CALLED, callee);
});

/** The activity `host` of the kind, after `start`. */
function withHost(kind: HostKind, b: PlanBuilder): PlanBuilder {
  if (kind === 'userTask') return b.task('host', { candidateDepartment: '$lead' });
  if (kind === 'serviceTask') return b.service('host', SLOW);
  if (kind === 'callActivity') return b.call('host', CALLED);
  return b.subProcess('host', (s) =>
    s.start('in').task('inner', { candidateDepartment: '$lead' }).end('inEnd').chain('in', 'inner', 'inEnd'),
  );
}

/** `host` → done; each boundary's way: `tell` (a notice) → told, or stopped. */
function hostPlan(kind: HostKind, boundaries: (b: PlanBuilder) => PlanBuilder, goOn: string, stop: string) {
  return boundaries(withHost(kind, plan().start()))
    .service('tell', 'notify')
    .end('done')
    .end('told')
    .end('stopped', 'REJECTED')
    .chain('start', 'host', 'done')
    .chain(goOn, 'tell', 'told')
    .chain(stop, 'stopped')
    .build();
}

const start = (kind: HostKind, p: ReturnType<typeof hostPlan>) =>
  startMatter(bed, p, {
    before: (matter) =>
      bed.recorder.behave(matter.matterId, {
        runService: async ({ activity }) => {
          if (activity === SLOW) await new Promise((resolve) => setTimeout(resolve, 6000));
          return { result: `${activity}-done` };
        },
      }),
  });

const send = (m: Started, name: string) =>
  m.handle.executeUpdate(deliverMessage, { args: [{ name, actor: clerk, onlyIfAwaited: true }] });
const broadcast = (m: Started, name: string) =>
  m.handle.executeUpdate(deliverSignal, { args: [{ name, actor: clerk }] });
const notices = (m: Started) =>
  bed.recorder.of(m.matter.matterId, 'runService').filter((c) => c.input.activity === 'notify');

/** The interrupted activity left nothing running: its task (the sub-process's, the called procedure's) cancelled. */
async function expectInterrupted(m: Started, kind: HostKind) {
  const result = await m.handle.result();
  expect(result.completedNodeIds).toContain('stopped');
  expect(result.completedNodeIds).not.toContain('done');
  const events = bed.recorder.eventTypes(m.matter.matterId);
  if (kind === 'callActivity') expect(events).toEqual(expect.arrayContaining(['call.withdrawn']));
  if (kind === 'userTask' || kind === 'subProcess')
    expect(bed.recorder.of(m.matter.matterId, 'closeTask').map((c) => c.input.status)).toEqual(['CANCELLED']);
  return result;
}

describe.each(HOSTS)('boundaries on a %s', (kind) => {
  test('a non-interrupting message boundary fires on each message; an interrupting signal boundary ends the activity', async () => {
    const p = hostPlan(
      kind,
      (b) =>
        b
          .catchingOn('nudge', 'host', 'message', 'applicantAsked', false)
          .catchingOn('stop', 'host', 'signal', 'itemSuspended', true),
      'nudge',
      'stop',
    );
    const m = await start(kind, p);
    const waits = await eventually('the boundary message wait', async () => (await m.state()).messageWaits);
    expect(waits).toEqual([{ name: 'applicantAsked', nodeId: 'nudge', label: 'applicantAsked' }]);
    expect((await m.state()).signalWaits).toEqual([{ name: 'itemSuspended', nodeId: 'stop', label: 'itemSuspended' }]);
    await send(m, 'applicantAsked');
    await send(m, 'applicantAsked');
    await eventually('a notice per message', () => notices(m).length === 2);
    expect((await m.state()).activeNodeIds).toContain('host');
    expect(await broadcast(m, 'itemSuspended')).toEqual({ reached: 1 });
    const result = await expectInterrupted(m, kind);
    expect(result.completedNodeIds).toContain('told');
    if (kind === 'userTask') await keepHistory(m.handle, 'boundary-message-and-signal-on-user-task');
  });

  test('a non-interrupting signal boundary lets the activity go on; an interrupting message boundary ends it', async () => {
    const p = hostPlan(
      kind,
      (b) =>
        b
          .catchingOn('ping', 'host', 'signal', 'rulesChanged', false)
          .catchingOn('withdrawn', 'host', 'message', 'applicantWithdrew', true),
      'ping',
      'withdrawn',
    );
    const m = await start(kind, p);
    await eventually('the boundary signal wait', async () => (await m.state()).signalWaits);
    expect(await broadcast(m, 'rulesChanged')).toEqual({ reached: 1 });
    await eventually('the notice', () => notices(m).length === 1);
    const state = await m.state();
    expect(state.activeNodeIds).toContain('host');
    expect(state.signalWaits?.map((w) => w.nodeId)).toEqual(['ping']);
    const refused = await refusal(send(m, 'somethingElse'));
    expect(refused).toMatchObject({ code: 'MESSAGE_NOT_AWAITED' });
    expect(refused.en).toContain('applicantWithdrew');
    await send(m, 'applicantWithdrew');
    await expectInterrupted(m, kind);
  });

  test('timer boundaries: a non-interrupting cycle fires each interval, an interrupting FEEL duration ends the activity', async () => {
    const p = hostPlan(
      kind,
      (b) =>
        b
          .timerBoundary('remind', 'host', { kind: 'isoCycle', duration: 'PT1H', repetitions: 2 }, false)
          .timerBoundary(
            'late',
            'host',
            { kind: 'feel', source: '"PT" + string(matter.promisedDays - 2) + "H"', definition: 'timeDuration' },
            true,
          ),
      'remind',
      'late',
    );
    const m = await start(kind, p);
    const result = await expectInterrupted(m, kind);
    expect(notices(m)).toHaveLength(2);
    expect(result.completedNodeIds).toContain('told');
    expect(bed.recorder.of(m.matter.matterId, 'resolveTimer').map((c) => c.input.timer)).toEqual(
      expect.arrayContaining([{ kind: 'isoDuration', duration: 'PT3H' }]),
    );
    if (kind === 'subProcess') await keepHistory(m.handle, 'boundary-timers-on-sub-process');
  });
});

test('a FEEL timer whose value is no ISO duration is an incident on its activity, which does not start', async () => {
  const p = hostPlan(
    'userTask',
    (b) =>
      b
        .timerBoundary('late', 'host', { kind: 'feel', source: 'matter.kind', definition: 'timeDuration' }, true)
        .catchingOn('nudge', 'host', 'message', 'applicantAsked', false),
    'nudge',
    'late',
  );
  const m = await start('userTask', p);
  const [incident] = await eventually('the incident', async () => (await m.state()).incidents);
  expect(incident).toMatchObject({ nodeId: 'host', kind: 'DATA_INVALID' });
  expect(incident.en).toContain('"PROMISED", which is not an ISO 8601 duration');
  expect((await m.state()).tasks).toEqual([]);
  await m.handle.terminate();
});

test('messages kept from before the activity started: its non-interrupting boundary takes one, its interrupting one ends it', async () => {
  const p = plan()
    .start()
    .task('review', { candidateDepartment: '$lead' })
    .task('host', { candidateDepartment: '$lead' })
    .catchingOn('nudge', 'host', 'message', 'applicantAsked', false)
    .catchingOn('withdrawn', 'host', 'message', 'applicantWithdrew', true)
    .service('tell', 'notify')
    .end('done')
    .end('told')
    .end('stopped', 'REJECTED')
    .chain('start', 'review', 'host', 'done')
    .chain('nudge', 'tell', 'told')
    .chain('withdrawn', 'stopped')
    .build();
  const m = await startMatter(bed, p);
  const review = await m.task('review');
  for (const name of ['applicantAsked', 'applicantWithdrew'])
    await m.handle.executeUpdate(deliverMessage, { args: [{ name, actor: clerk }] });
  expect((await m.state()).messageWaits ?? []).toEqual([]);
  await m.handle.executeUpdate(completeTask, {
    args: [{ taskKey: review.taskKey, actor: approver, decision: 'complete' }],
  });
  const result = await m.handle.result();
  expect(result.completedNodeIds).toEqual(expect.arrayContaining(['told', 'stopped']));
  expect(result.completedNodeIds).not.toContain('done');
  expect(notices(m)).toHaveLength(1);
  expect(bed.recorder.of(m.matter.matterId, 'closeTask').map((c) => c.input.status)).toEqual([
    'COMPLETED',
    'CANCELLED',
  ]);
  await keepHistory(m.handle, 'boundary-takes-buffered-message');
});
