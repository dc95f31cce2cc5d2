import { classify, monthGrid, workdaysIn } from '../../../admin-ui/src/calendar/month';
import type { CalendarDay } from '../../../admin-ui/src/calendar/types';

const days: CalendarDay[] = [
  { date: '2026-10-01', kind: 'HOLIDAY', source: 'official', name: '国庆节' },
  { date: '2026-10-03', kind: 'HOLIDAY', source: 'official', name: '国庆节' },
  { date: '2026-10-10', kind: 'WORKDAY', source: 'official', name: '国庆节调休' },
  { date: '2026-10-20', kind: 'HOLIDAY', source: 'override', name: '台风停工' },
  { date: '2026-10-20', kind: 'WORKDAY', source: 'official' },
];

describe('calendar month grid', () => {
  test('given October 2026, when laid out, then weeks start on Monday and pad with the neighbouring months', () => {
    const weeks = monthGrid(2026, 10, days);
    // 1 October 2026 is a Thursday: Monday 28 September opens the first week
    expect(weeks[0].map((d) => d.date)).toEqual([
      '2026-09-28',
      '2026-09-29',
      '2026-09-30',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
    ]);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0][0].inMonth).toBe(false);
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(31);
    expect(weeks.at(-1)!.at(-1)!.date).toBe('2026-11-01');
  });

  test('given a schedule, when classified, then weekends are grey, holidays red, make-up days blue and overrides marked', () => {
    const byDate = new Map(
      monthGrid(2026, 10, days)
        .flat()
        .map((d) => [d.date, d]),
    );
    expect(byDate.get('2026-10-01')).toMatchObject({ category: 'holiday', name: '国庆节', override: false });
    expect(byDate.get('2026-10-03')).toMatchObject({ category: 'holiday', weekday: 6 });
    expect(byDate.get('2026-10-10')).toMatchObject({ category: 'makeup', kind: 'WORKDAY' });
    expect(byDate.get('2026-10-11')).toMatchObject({ category: 'weekend', kind: 'HOLIDAY' });
    expect(byDate.get('2026-10-12')).toMatchObject({ category: 'workday', kind: 'WORKDAY' });
    expect(byDate.get('2026-10-20')).toMatchObject({ category: 'holiday', override: true, name: '台风停工' });
  });

  test('counts the working days of the month only', () => {
    // 22 weekdays in October 2026, minus Thursday 1 (official) and Tuesday 20 (override), plus the make-up Saturday 10
    expect(workdaysIn(monthGrid(2026, 10, days))).toBe(22 - 2 + 1);
  });

  test('a provisional holiday is flagged; a day without entry on a weekday is a workday', () => {
    expect(
      classify('2027-01-01', { date: '2027-01-01', kind: 'HOLIDAY', source: 'provisional', name: '元旦' }),
    ).toMatchObject({ provisional: true, category: 'holiday' });
    expect(classify('2027-01-04', undefined)).toMatchObject({ category: 'workday', weekday: 1 });
  });
});
