/** The worked examples of docs/time-limits.md, one test each, so the page and the code cannot drift apart. */
import { WorkingCalendar } from '../../../domain/working-calendar';
import { computeDeadline, resolveTimer } from '../../../domain/deadline';
import { scheduleDays } from '../../../domain/holiday-schedule';
import { TEST_SCHEDULE_2027 } from '../../fixtures/calendar/schedules';

const calendar = new WorkingCalendar();
const at = (local: string) => new Date(`${local}+08:00`);

it('1. across National Day 2026', () => {
  const result = computeDeadline({ acceptedAt: at('2026-09-30T10:00:00'), promisedDays: 5, calendar });
  expect(result).toMatchObject({ dueDate: '2026-10-13', provisional: false });
  expect(result.dueAt.toISOString()).toBe('2026-10-13T15:59:59.999Z');
  const closing = computeDeadline({
    acceptedAt: at('2026-09-30T10:00:00'),
    promisedDays: 5,
    calendar,
    closesAt: '17:30',
  });
  expect(closing.dueAt).toEqual(at('2026-10-13T17:30:00'));
  expect(
    resolveTimer({ kind: 'duration', workingDays: 1 }, { fromInstant: at('2026-09-30T16:00:00'), calendar }),
  ).toEqual(at('2026-10-08T16:00:00'));
});

it('2. across Spring Festival 2027, provisional', () => {
  const result = computeDeadline({ acceptedAt: at('2027-01-29T10:00:00'), promisedDays: 10, calendar });
  expect(result).toMatchObject({ dueDate: '2027-02-16', provisional: true, unpublishedYears: [2027] });
  expect(result.explanation.find((step) => step.code === 'PROVISIONAL')?.messageZh).toBe(
    '2027 年放假安排尚未公布，暂按全国年节及纪念日放假办法规定的法定节假日推算；公布后重新计算。',
  );
});

it('3. 1 January 2027, then the schedule loaded', () => {
  expect(computeDeadline({ acceptedAt: at('2026-12-28T10:00:00'), promisedDays: 5, calendar })).toMatchObject({
    dueDate: '2027-01-05',
    provisional: true,
  });
  const loaded = new WorkingCalendar({ publishedYears: [2027], overrides: [{ date: '2027-01-04', kind: 'HOLIDAY' }] });
  expect(computeDeadline({ acceptedAt: at('2026-12-28T10:00:00'), promisedDays: 5, calendar: loaded })).toMatchObject({
    dueDate: '2027-01-06',
    provisional: false,
  });
});

it('4. a supplement suspension, closed and still open', () => {
  const acceptedAt = at('2026-11-02T09:00:00');
  expect(computeDeadline({ acceptedAt, promisedDays: 10, calendar }).dueDate).toBe('2026-11-16');
  expect(
    computeDeadline({
      acceptedAt,
      promisedDays: 10,
      calendar,
      suspensions: [{ start: at('2026-11-04T10:00:00'), end: at('2026-11-09T15:00:00') }],
    }),
  ).toMatchObject({ dueDate: '2026-11-19', pausedWorkingDays: 3 });
  expect(
    computeDeadline({
      acceptedAt,
      promisedDays: 10,
      calendar,
      suspensions: [{ start: at('2026-11-04T10:00:00') }],
      now: at('2026-11-06T12:00:00'),
    }),
  ).toMatchObject({ dueDate: '2026-11-18', pausedWorkingDays: 2, paused: true });
});

it('5. an extension, and extension plus suspension', () => {
  const acceptedAt = at('2026-11-02T09:00:00');
  expect(computeDeadline({ acceptedAt, promisedDays: 20, calendar }).dueDate).toBe('2026-11-30');
  expect(computeDeadline({ acceptedAt, promisedDays: 20, calendar, extensions: [{ workingDays: 10 }] }).dueDate).toBe(
    '2026-12-14',
  );
  expect(
    computeDeadline({
      acceptedAt,
      promisedDays: 10,
      calendar,
      extensions: [{ workingDays: 5 }],
      suspensions: [{ start: at('2026-11-04T10:00:00'), end: at('2026-11-09T15:00:00') }],
    }).dueDate,
  ).toBe('2026-11-26');
});

it('6. the 2027 schedule loaded (test data)', () => {
  const acceptedAt = at('2026-11-24T10:00:00');
  expect(computeDeadline({ acceptedAt, promisedDays: 53, calendar })).toMatchObject({
    dueDate: '2027-02-10',
    provisional: true,
  });
  const loaded = new WorkingCalendar({ publishedYears: [2027], overrides: scheduleDays(TEST_SCHEDULE_2027.holidays) });
  expect(computeDeadline({ acceptedAt, promisedDays: 53, calendar: loaded })).toMatchObject({
    dueDate: '2027-02-15',
    provisional: false,
  });
});
