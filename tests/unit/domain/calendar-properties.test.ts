import { WorkingCalendar } from '../../../domain/working-calendar';
import { addCalendarDays, dateOfDayNumber, dayNumberOf } from '../../../domain/china-time';
import { randomInt, seededRandom } from '../../../domain/testing/prng';

/** Property-style checks with a seeded PRNG (fast-check is not installed): same seed, same cases. */
const random = seededRandom(20261124);
const calendars = {
  plain: new WorkingCalendar(),
  overridden: new WorkingCalendar({
    overrides: [
      { date: '2026-12-31', kind: 'HOLIDAY' },
      { date: '2027-01-02', kind: 'WORKDAY' },
      { date: '2025-06-03', kind: 'HOLIDAY' },
      { date: '2028-02-26', kind: 'WORKDAY' },
    ],
  }),
};
const FIRST = dayNumberOf('2024-11-01');
const LAST = dayNumberOf('2028-12-31');
const randomDate = () => dateOfDayNumber(randomInt(random, FIRST, LAST));

/** Reference: walk day by day. */
function naiveBetween(calendar: WorkingCalendar, a: string, b: string): number {
  let count = 0;
  for (let date = addCalendarDays(a, 1); date <= b; date = addCalendarDays(date, 1))
    if (calendar.isWorkingDay(date)) count++;
  return count;
}

describe.each(Object.entries(calendars))(
  'addWorkingDays and workingDaysBetween agree (%s calendar)',
  (_name, calendar) => {
    it('workingDaysBetween(a, addWorkingDays(a, n)) = n and the result is a working day', () => {
      for (let i = 0; i < 2000; i++) {
        const from = randomDate();
        const n = randomInt(random, 1, 400);
        const to = calendar.addWorkingDays(from, n);
        expect([from, n, calendar.workingDaysBetween(from, to)]).toEqual([from, n, n]);
        expect(calendar.isWorkingDay(to)).toBe(true);
        // minimal: the day before the result has one working day fewer
        expect(calendar.workingDaysBetween(from, addCalendarDays(to, -1))).toBe(n - 1);
      }
    });

    it('going n back then n forward returns to a working day', () => {
      for (let i = 0; i < 1000; i++) {
        const from = randomDate();
        if (!calendar.isWorkingDay(from)) continue;
        const n = randomInt(random, 1, 300);
        expect(calendar.addWorkingDays(calendar.addWorkingDays(from, -n), n)).toBe(from);
      }
    });

    it('workingDaysBetween matches a day-by-day count and is antisymmetric', () => {
      for (let i = 0; i < 300; i++) {
        const [a, b] = [randomDate(), randomDate()].sort();
        const expected = naiveBetween(calendar, a, b);
        expect([a, b, calendar.workingDaysBetween(a, b)]).toEqual([a, b, expected]);
        expect(calendar.workingDaysBetween(b, a)).toBe(-expected);
      }
    });

    it('addWorkingDays(a, workingDaysBetween(a, b)) is b when b is a working day after a', () => {
      for (let i = 0; i < 1000; i++) {
        const [a, b] = [randomDate(), randomDate()].sort();
        if (a === b || !calendar.isWorkingDay(b)) continue;
        expect(calendar.addWorkingDays(a, calendar.workingDaysBetween(a, b))).toBe(b);
      }
    });
  },
);
