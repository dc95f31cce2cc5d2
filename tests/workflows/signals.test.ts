import { completeTask, deliverSignal } from '../../workflows/procedure-contract';
import { SignalWaitsKey } from '../../workflows/search-attributes';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, clerk, eventually, startMatter, type Started } from './helpers';
import { plan } from './plans';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

const complete = (m: Started, taskKey: string) =>
  m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor: approver, decision: 'complete' }] });
const broadcast = (m: Started, name: string) =>
  m.handle.executeUpdate(deliverSignal, { args: [{ name, actor: clerk }] });

test('a signal thrown in the matter reaches every catch waiting for it and starts its event sub-process', async () => {
  const p = plan()
    .start()
    .and('split')
    .signal('waitA', 'surveyDone')
    .signal('waitB', 'surveyDone')
    .task('survey', { candidateDepartment: '$lead' })
    .signal('announce', 'surveyDone', false)
    .and('join')
    .end()
    .chain('start', 'split')
    .chain('split', 'waitA', 'join')
    .chain('split', 'waitB', 'join')
    .chain('split', 'survey', 'announce', 'join')
    .chain('join', 'end')
    .eventSubProcessOn('tell', { kind: 'signal', signal: 'surveyDone', interrupting: false }, (e) =>
      e.start('tStart').service('notice', 'notify').end('tEnd').chain('tStart', 'notice', 'tEnd'),
    )
    .build();
  const m = await startMatter(bed, p);
  const survey = await m.task('survey');
  const waits = await eventually('signal waits', async () => (await m.state()).signalWaits);
  expect(waits.map((w) => w.nodeId).sort()).toEqual(['tell', 'waitA', 'waitB']);
  await complete(m, survey.taskKey);
  const result = await m.handle.result();
  expect(result).toMatchObject({ status: 'COMPLETED', activeNodeIds: [] });
  expect(result.completedNodeIds).toEqual(expect.arrayContaining(['waitA', 'waitB', 'announce', 'tell', 'tEnd']));
  expect(bed.recorder.of(m.matter.matterId, 'runService').map((c) => c.input.activity)).toEqual(['notify']);
  await keepHistory(m.handle, 'signal-thrown-in-matter');
});

test("staff's broadcast wins an event-based gateway's signal catch; the matter's search attribute names its waits", async () => {
  const p = plan()
    .start()
    .eventGateway('race')
    .signal('clear', 'weatherClear')
    .timer('giveUp', 30)
    .task('visit', { candidateDepartment: '$lead' })
    .end()
    .end('abandoned', 'REJECTED')
    .chain('start', 'race', 'clear', 'visit', 'end')
    .chain('race', 'giveUp', 'abandoned')
    .build();
  const m = await startMatter(bed, p);
  await eventually('the SignalWaits search attribute', async () =>
    (await m.handle.describe()).typedSearchAttributes.get(SignalWaitsKey)?.includes('weatherClear'),
  );
  expect(await broadcast(m, 'somethingElse')).toEqual({ reached: 0 });
  expect(await broadcast(m, 'weatherClear')).toEqual({ reached: 1 });
  const visit = await m.task('visit');
  expect((await m.state()).signalWaits).toBeUndefined();
  await complete(m, visit.taskKey);
  expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  expect((await m.handle.describe()).typedSearchAttributes.get(SignalWaitsKey) ?? []).toEqual([]);
  await keepHistory(m.handle, 'signal-broadcast-event-gateway');
});
