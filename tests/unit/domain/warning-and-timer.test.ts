import { WorkingCalendar } from '../../../domain/working-calendar';
import { addCalendarDays, endOfChinaDay, startOfChinaDay } from '../../../domain/china-time';
import {
  remainingWorkingDays,
  resolveTimer,
  shownWarningLevel,
  startOfNthWorkingDayBack,
  stepDueAt,
  warningLevel,
  warningStartsAt,
} from '../../../domain/deadline';

const calendar = new WorkingCalendar();
const at = (local: string) => new Date(`${local}+08:00`);
const dueAt = endOfChinaDay('2026-10-13');

describe('shownWarningLevel', () => {
  const yellowAt = at('2026-10-10T00:00:00');
  const redAt = dueAt;
  const shown = (now: string, row: Partial<Parameters<typeof shownWarningLevel>[0]>) =>
    shownWarningLevel({ warningLevel: 'NONE', yellowAt, redAt, ...row }, at(now));

  it("derives the colour from the running clock's instants, whatever level is stored", () => {
    expect(shown('2026-10-09T23:59:59.999', {})).toBe('NONE');
    expect(shown('2026-10-10T00:00:00', {})).toBe('YELLOW');
    expect(shown('2026-10-13T23:59:59.998', { warningLevel: 'NONE' })).toBe('YELLOW');
    expect(shown('2026-10-13T23:59:59.999', { warningLevel: 'NONE' })).toBe('RED');
    // a recount moved the deadline later: the old RED stored no longer holds
    expect(shown('2026-10-09T10:00:00', { warningLevel: 'RED' })).toBe('NONE');
  });

  it('shows the stored level while the clock is stopped or done, and until RED when YELLOW is not known', () => {
    expect(shown('2026-10-20T10:00:00', { yellowAt: null, redAt: null, warningLevel: 'YELLOW' })).toBe('YELLOW');
    expect(shown('2026-10-11T10:00:00', { yellowAt: null, warningLevel: 'NONE' })).toBe('NONE');
    expect(shown('2026-10-14T00:00:00', { yellowAt: null, warningLevel: 'NONE' })).toBe('RED');
  });
});

describe('remainingWorkingDays and warningLevel', () => {
  it('counts the working days left after today, negative when overdue', () => {
    expect(remainingWorkingDays(at('2026-10-09T10:00:00'), '2026-10-13', calendar)).toBe(3); // Sat 10-10, 10-12, 10-13
    expect(remainingWorkingDays(at('2026-10-13T10:00:00'), '2026-10-13', calendar)).toBe(0);
    expect(remainingWorkingDays(at('2026-10-15T10:00:00'), '2026-10-13', calendar)).toBe(-2);
  });

  it('is RED once the deadline has passed, YELLOW within yellowDays, NONE before', () => {
    const level = (now: string, yellowDays = 2) => warningLevel({ dueAt, now: at(now), calendar, yellowDays });
    expect(level('2026-10-09T10:00:00')).toBe('NONE');
    expect(level('2026-10-10T10:00:00')).toBe('YELLOW');
    expect(level('2026-10-11T10:00:00')).toBe('YELLOW'); // Sunday
    expect(level('2026-10-13T23:59:59.999')).toBe('YELLOW');
    expect(level('2026-10-14T00:00:00')).toBe('RED');
    expect(level('2026-10-13T10:00:00', 0)).toBe('YELLOW');
    expect(level('2026-10-12T10:00:00', 0)).toBe('NONE');
  });

  it('warningStartsAt is the first instant warningLevel says YELLOW', () => {
    // 2026-10-03 is a holiday: an immediate case accepted that day is due on a non-working day
    for (const dueDate of ['2026-10-13', '2026-10-03']) {
      for (const yellowDays of [0, 1, 2, 3, 5]) {
        const warnAt = warningStartsAt({ dueDate, yellowDays, calendar });
        for (let date = '2026-09-20'; date <= dueDate; date = addCalendarDays(date, 1)) {
          for (const now of [startOfChinaDay(date), endOfChinaDay(date)]) {
            const expected = now.getTime() >= warnAt.getTime() ? 'YELLOW' : 'NONE';
            const level = warningLevel({ dueAt: endOfChinaDay(dueDate), now, calendar, yellowDays });
            expect([dueDate, yellowDays, now.toISOString(), level]).toEqual([
              dueDate,
              yellowDays,
              now.toISOString(),
              expected,
            ]);
          }
        }
      }
    }
    expect(warningStartsAt({ dueDate: '2026-10-13', yellowDays: 2, calendar }).toISOString()).toBe(
      '2026-10-09T16:00:00.000Z',
    );
    expect(warningStartsAt({ dueDate: '2026-10-08', yellowDays: 1, calendar }).toISOString()).toBe(
      '2026-09-29T16:00:00.000Z',
    );
  });
});

describe('resolveTimer (plan TimerSpec)', () => {
  const fromInstant = at('2026-09-30T16:00:00');

  it('a duration in hours is elapsed time', () => {
    expect(resolveTimer({ kind: 'duration', hours: 4 }, { fromInstant, calendar }).toISOString()).toBe(
      at('2026-09-30T20:00:00').toISOString(),
    );
    expect(resolveTimer({ kind: 'duration', hours: 0.5 }, { fromInstant, calendar }).toISOString()).toBe(
      at('2026-09-30T16:30:00').toISOString(),
    );
  });

  it('a duration in working days keeps the China time of day, skipping holidays', () => {
    expect(resolveTimer({ kind: 'duration', workingDays: 1 }, { fromInstant, calendar }).toISOString()).toBe(
      at('2026-10-08T16:00:00').toISOString(),
    );
    expect(resolveTimer({ kind: 'duration', workingDays: 3, hours: 1 }, { fromInstant, calendar }).toISOString()).toBe(
      at('2026-10-10T17:00:00').toISOString(),
    );
  });

  it('an empty duration fires at once', () => {
    expect(resolveTimer({ kind: 'duration' }, { fromInstant, calendar })).toEqual(fromInstant);
  });

  it('beforeDeadline moves the end of the due day back by working days (either sign)', () => {
    const context = { fromInstant, dueDate: '2026-10-13', calendar };
    expect(resolveTimer({ kind: 'beforeDeadline', workingDays: 0 }, context)).toEqual(endOfChinaDay('2026-10-13'));
    expect(resolveTimer({ kind: 'beforeDeadline', workingDays: 1 }, context)).toEqual(endOfChinaDay('2026-10-12'));
    expect(resolveTimer({ kind: 'beforeDeadline', workingDays: 2 }, context)).toEqual(endOfChinaDay('2026-10-10'));
    expect(resolveTimer({ kind: 'beforeDeadline', workingDays: -2 }, context)).toEqual(endOfChinaDay('2026-10-10'));
    expect(resolveTimer({ kind: 'beforeDeadline', workingDays: 4 }, context)).toEqual(endOfChinaDay('2026-10-08'));
  });

  it('rejects a beforeDeadline timer without a due date and negative hours', () => {
    expect(() => resolveTimer({ kind: 'beforeDeadline', workingDays: 1 }, { fromInstant, calendar })).toThrow(
      'due date',
    );
    expect(() => resolveTimer({ kind: 'duration', hours: -1 }, { fromInstant, calendar })).toThrow(RangeError);
  });
});

describe('stepDueAt (a step limit in working days)', () => {
  it('ends at 24:00 of the n-th working day after the China date it starts on', () => {
    // from Wed 30 Sep 2026 (or 00:30 on 1 Oct in China, still 30 Sep in UTC): National Day 1–7 Oct, then 8 and 9 Oct
    expect(stepDueAt(at('2026-09-30T16:00:00'), 2, calendar)).toEqual(endOfChinaDay('2026-10-09'));
    expect(stepDueAt(new Date('2026-09-30T16:30:00Z'), 2, calendar)).toEqual(endOfChinaDay('2026-10-09'));
    expect(stepDueAt(at('2026-09-29T23:00:00'), 0, calendar)).toEqual(endOfChinaDay('2026-09-29'));
  });
});

describe('startOfNthWorkingDayBack', () => {
  it('counts the day itself as the first, skipping holidays and weekends before it', () => {
    expect(startOfNthWorkingDayBack('2026-10-13', 1, calendar)).toEqual(startOfChinaDay('2026-10-13'));
    // Tue 13, Mon 12, Sat 10 Oct (make-up workday), then back over National Day to Wed 30 Sep
    expect(startOfNthWorkingDayBack('2026-10-13', 3, calendar)).toEqual(startOfChinaDay('2026-10-10'));
    expect(startOfNthWorkingDayBack('2026-10-13', 6, calendar)).toEqual(startOfChinaDay('2026-09-30'));
    // from a holiday, the first working day back is the one before it
    expect(startOfNthWorkingDayBack('2026-10-04', 1, calendar)).toEqual(startOfChinaDay('2026-09-30'));
  });
});
