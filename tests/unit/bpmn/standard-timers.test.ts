import { resolveTimer } from '../../../domain/deadline';
import { codesAt, definitions, end, flow, planOf, problemsOf, start, userTask } from './diagram';

const catchWith = (definition: string) =>
  definitions(
    start() +
      `<bpmn:intermediateCatchEvent id="Wait"><bpmn:timerEventDefinition>${definition}</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>` +
      end() +
      flow('F1', 'Start', 'Wait') +
      flow('F2', 'Wait', 'End'),
  );
const boundaryWith = (definition: string, cancelActivity: boolean) =>
  definitions(
    start() +
      userTask('Task') +
      `<bpmn:boundaryEvent id="B" attachedToRef="Task" cancelActivity="${cancelActivity}"><bpmn:timerEventDefinition>${definition}</bpmn:timerEventDefinition></bpmn:boundaryEvent>` +
      end() +
      end('Late') +
      flow('F1', 'Start', 'Task') +
      flow('F2', 'Task', 'End') +
      flow('F3', 'B', 'Late'),
  );
const el = (local: string, text: string) => `<bpmn:${local} xsi:type="bpmn:tFormalExpression">${text}</bpmn:${local}>`;

describe('standard ISO 8601 timers', () => {
  it.each([
    [el('timeDuration', 'P3D'), { kind: 'isoDuration', duration: 'P3D' }],
    [el('timeDuration', 'PT2H'), { kind: 'isoDuration', duration: 'PT2H' }],
    [el('timeDate', '2026-10-08T09:00:00+08:00'), { kind: 'isoDate', at: '2026-10-08T09:00:00+08:00' }],
  ])('a timer catch reads %s', (definition, timer) => {
    expect(planOf(catchWith(definition)).plan.nodes.Wait).toMatchObject({ type: 'timerCatch', timer });
  });

  it('a non-interrupting boundary timer repeats with timeCycle', () => {
    const { plan } = planOf(boundaryWith(el('timeCycle', 'R3/PT1H'), false));
    expect(plan.nodes.B).toMatchObject({
      interrupting: false,
      timer: { kind: 'isoCycle', repetitions: 3, duration: 'PT1H' },
    });
    expect(planOf(boundaryWith(el('timeCycle', 'R/P1D'), false)).plan.nodes.B).toMatchObject({
      timer: { kind: 'isoCycle', duration: 'P1D' },
    });
  });

  it('an interrupting boundary timer with timeDuration', () => {
    const { plan } = planOf(boundaryWith(el('timeDuration', 'P1W'), true));
    expect(plan.nodes.B).toMatchObject({ interrupting: true, timer: { kind: 'isoDuration', duration: 'P1W' } });
  });

  it('ow:Timer is read before the standard definition', () => {
    const xml = catchWith(el('timeDuration', 'P3D')).replace(
      '<bpmn:timerEventDefinition>',
      '<bpmn:extensionElements><ow:Timer kind="duration" workingDays="2"/></bpmn:extensionElements><bpmn:timerEventDefinition>',
    );
    expect(planOf(xml).plan.nodes.Wait).toMatchObject({ timer: { kind: 'duration', workingDays: 2 } });
  });

  it.each([
    [el('timeDuration', '3 days'), 'ISO 8601'],
    [el('timeDuration', 'P'), 'ISO 8601'],
    [el('timeDuration', '${duration}'), 'FEEL'],
    [el('timeDate', '2026-10-08T09:00:00'), 'zone'],
    [el('timeCycle', '0 0 9 * * ?'), 'cron'],
    [el('timeDuration', 'PT1H') + el('timeDate', '2026-10-08T09:00:00Z'), 'only one'],
  ])('refuses %s with a clear reason', (definition, reason) => {
    const problems = problemsOf(catchWith(definition));
    expect(codesAt(problems)).toEqual(['TIMER_INVALID@Wait']);
    expect(problems[0].messageEn).toContain(reason);
    expect(problems[0].messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a cycle where the token would wait once (a catch, an interrupting boundary)', () => {
    expect(codesAt(problemsOf(catchWith(el('timeCycle', 'R3/PT1H'))))).toEqual(['TIMER_INVALID@Wait']);
    expect(problemsOf(boundaryWith(el('timeCycle', 'R3/PT1H'), true))[0].messageEn).toContain('non-interrupting');
  });

  it('an empty timer definition is still a missing timer', () => {
    expect(codesAt(problemsOf(catchWith('')))).toEqual(['TIMER_MISSING@Wait']);
  });
});

describe('resolving ISO timers', () => {
  const from = new Date('2026-01-31T10:00:00+08:00');
  const at = (timer: Parameters<typeof resolveTimer>[0]) =>
    resolveTimer(timer, { fromInstant: from, calendar: undefined as never }).toISOString();

  it('durations are elapsed time; months count in China time', () => {
    expect(at({ kind: 'isoDuration', duration: 'PT2H' })).toBe('2026-01-31T04:00:00.000Z');
    expect(at({ kind: 'isoDuration', duration: 'P3D' })).toBe('2026-02-03T02:00:00.000Z');
    expect(at({ kind: 'isoDuration', duration: 'P1DT30M' })).toBe('2026-02-01T02:30:00.000Z');
    expect(at({ kind: 'isoCycle', duration: 'PT1H', repetitions: 3 })).toBe('2026-01-31T03:00:00.000Z');
    expect(at({ kind: 'isoDuration', duration: 'P1Y' })).toBe('2027-01-31T02:00:00.000Z');
  });

  it('a date is its instant', () => {
    expect(at({ kind: 'isoDate', at: '2026-10-08T09:00:00+08:00' })).toBe('2026-10-08T01:00:00.000Z');
  });

  it('a value that is not ISO 8601 throws rather than firing at a guessed time', () => {
    expect(() => at({ kind: 'isoDuration', duration: 'soon' })).toThrow(RangeError);
  });
});
