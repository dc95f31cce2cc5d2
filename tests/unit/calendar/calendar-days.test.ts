import { WorkingCalendar } from '../../../domain/working-calendar';
import { scheduleDays } from '../../../domain/holiday-schedule';
import { notableDays } from '../../../api/calendar/calendar-days';
import { mattersAffectedBy } from '../../../api/calendar/signal-calendar-change';
import { TEST_SCHEDULE_2027 } from '../../fixtures/calendar/schedules';

describe('notableDays', () => {
  it('lists holidays and make-up workdays of a published year, with their names, and no plain weekends', () => {
    const days = notableDays(new WorkingCalendar(), 2026);
    expect(days).toContainEqual({
      date: '2026-10-01',
      kind: 'HOLIDAY',
      source: 'official',
      name: '国庆节',
      nameEn: 'National Day',
    });
    expect(days).toContainEqual(expect.objectContaining({ date: '2026-01-04', kind: 'WORKDAY', source: 'official' }));
    expect(days.find((d) => d.date === '2026-03-07')).toBeUndefined();
    expect(days.every((d) => d.date.startsWith('2026-'))).toBe(true);
  });

  it('marks statutory holidays of an unpublished year provisional, and overrides as such with their note', () => {
    const calendar = new WorkingCalendar({
      overrides: [
        { date: '2027-03-03', kind: 'HOLIDAY', note: '台风停工' },
        { date: '2027-01-01', kind: 'WORKDAY', note: '值班' },
      ],
    });
    const days = notableDays(calendar, 2027);
    expect(days).toContainEqual({ date: '2027-03-03', kind: 'HOLIDAY', source: 'override', note: '台风停工' });
    expect(days).toContainEqual({ date: '2027-01-01', kind: 'WORKDAY', source: 'override', note: '值班' });
    expect(days).toContainEqual({
      date: '2027-05-01',
      kind: 'HOLIDAY',
      source: 'provisional',
      name: '劳动节',
      nameEn: 'Labour Day',
    });
  });
});

describe('mattersAffectedBy', () => {
  it('selects open matters accepted before the date and not due before it (suspended ones always)', () => {
    expect(mattersAffectedBy('2026-12-01')).toEqual({
      status: { in: ['IN_PROGRESS', 'SUSPENDED'] },
      acceptedOn: { lt: '2026-12-01' },
      OR: [{ status: 'SUSPENDED' }, { dueDate: null }, { dueDate: { gte: '2026-12-01' } }],
    });
  });

  it("selects over a loaded schedule's whole span", () => {
    expect(mattersAffectedBy({ from: '2027-01-01', to: '2027-12-31' })).toEqual({
      status: { in: ['IN_PROGRESS', 'SUSPENDED'] },
      acceptedOn: { lt: '2027-12-31' },
      OR: [{ status: 'SUSPENDED' }, { dueDate: null }, { dueDate: { gte: '2027-01-01' } }],
    });
  });
});

describe('a loaded schedule on calendar screens', () => {
  it('shows its days as the official schedule, with English festival names, and local overrides as such', () => {
    const days = scheduleDays(TEST_SCHEDULE_2027.holidays);
    const calendar = new WorkingCalendar({
      overrides: [...days, { date: '2027-03-03', kind: 'HOLIDAY', note: '台风停工' }],
      publishedYears: [2027],
    });
    const shown = notableDays(calendar, 2027, new Set(days.map((d) => d.date)));
    expect(shown).toContainEqual({
      date: '2027-02-11',
      kind: 'HOLIDAY',
      source: 'official',
      name: '春节',
      nameEn: 'Spring Festival',
    });
    expect(shown).toContainEqual({
      date: '2027-01-31',
      kind: 'WORKDAY',
      source: 'official',
      name: '春节',
      nameEn: 'Spring Festival',
    });
    expect(shown).toContainEqual({ date: '2027-03-03', kind: 'HOLIDAY', source: 'override', note: '台风停工' });
    expect(shown.some((d) => d.source === 'provisional')).toBe(false);
  });
});
