import * as chineseDays from 'chinese-days';
import { WorkingCalendar } from '../../../domain/working-calendar';
import { addCalendarDays } from '../../../domain/china-time';
import { LUNAR_TABLE_YEARS, statutoryHolidaysOf } from '../../../domain/statutory-holidays';

const calendar = new WorkingCalendar();

describe('WorkingCalendar on published schedules (Licensing Law art. 82)', () => {
  it('skips statutory holidays and the weekend days inside a holiday block', () => {
    for (const date of [
      '2026-10-01',
      '2026-10-05',
      '2026-10-07',
      '2026-09-25',
      '2026-02-17',
      '2025-01-28',
      '2025-10-08',
    ]) {
      expect([date, calendar.isWorkingDay(date)]).toEqual([date, false]);
    }
  });

  it('counts weekend make-up workdays (调休) as working days', () => {
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true); // Sunday before National Day
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // Saturday after National Day
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday before Spring Festival
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false); // an ordinary Sunday
    expect(calendar.dayInfo('2026-10-10')).toMatchObject({
      working: true,
      source: 'PUBLISHED_SCHEDULE',
      name: { zh: '国庆节' },
    });
  });

  it('does not count the start day (Civil Code art. 201): accepted 2026-09-30 + 5 working days across National Day', () => {
    // 10-01..10-07 off; 10-08 (1), 10-09 (2), Saturday 10-10 make-up (3), 10-12 (4), 10-13 (5)
    expect(calendar.addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-13')).toBe(5);
  });

  it('crosses Mid-Autumn 2026 (Friday 09-25) and the Sunday make-up day 09-20', () => {
    expect(calendar.addWorkingDays('2026-09-24', 1)).toBe('2026-09-28');
    expect(calendar.addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
  });

  it('crosses Spring Festival 2026 with its two Saturday make-up days', () => {
    // Saturday 02-14 (1), 02-15..02-23 off, 02-24 (2), 02-25 (3)
    expect(calendar.addWorkingDays('2026-02-13', 3)).toBe('2026-02-25');
    expect(calendar.addWorkingDays('2026-02-24', 1)).toBe('2026-02-25');
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6); // 14, 24, 25, 26, 27 and Saturday 28
  });

  it('counts backwards and returns the start for n = 0', () => {
    expect(calendar.addWorkingDays('2026-10-13', -5)).toBe('2026-09-30');
    expect(calendar.addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
    expect(calendar.addWorkingDays('2026-10-03', 0)).toBe('2026-10-03');
    expect(calendar.workingDaysBetween('2026-10-13', '2026-09-30')).toBe(-5);
  });

  it('rejects fractional day counts and dates outside the supported range', () => {
    expect(() => calendar.addWorkingDays('2026-10-13', 1.5)).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2300-01-01')).toThrow(RangeError);
  });
});

describe('local overrides (override wins)', () => {
  const overridden = new WorkingCalendar({
    overrides: [
      { date: '2026-11-24', kind: 'HOLIDAY', note: '台风停止办公' },
      { date: '2026-11-28', kind: 'WORKDAY', note: '周六集中办理' },
      { date: '2026-10-08', kind: 'HOLIDAY', note: 'local extra day' },
    ],
  });

  it('turns a working day into a holiday and a weekend into a working day', () => {
    expect(overridden.isWorkingDay('2026-11-24')).toBe(false);
    expect(overridden.isWorkingDay('2026-11-28')).toBe(true);
    expect(overridden.addWorkingDays('2026-11-23', 1)).toBe('2026-11-25');
    expect(overridden.addWorkingDays('2026-11-27', 1)).toBe('2026-11-28');
    expect(overridden.dayInfo('2026-11-24')).toEqual({
      date: '2026-11-24',
      working: false,
      source: 'OVERRIDE',
      note: '台风停止办公',
      provisional: false,
    });
  });

  it('wins over the published schedule', () => {
    expect(overridden.addWorkingDays('2026-09-30', 5)).toBe('2026-10-14');
  });

  it('leaves other calendars untouched', () => {
    expect(calendar.isWorkingDay('2026-11-24')).toBe(true);
  });

  it('rejects an invalid override', () => {
    expect(() => new WorkingCalendar({ overrides: [{ date: '2026-13-01', kind: 'HOLIDAY' }] })).toThrow(RangeError);
    expect(() => new WorkingCalendar({ overrides: [{ date: '2026-12-01', kind: 'CLOSED' as 'HOLIDAY' }] })).toThrow(
      'unknown override kind',
    );
  });
});

describe('years whose schedule is not published (docs/legal-rules.md)', () => {
  it('knows which years chinese-days covers', () => {
    expect(calendar.isPublished(2004)).toBe(true);
    expect(calendar.isPublished(2026)).toBe(true);
    expect(calendar.isPublished(2027)).toBe(false);
  });

  it('still skips the statutory holidays: 2027-01-01 is not a workday, unlike chinese-days 1.5.7', () => {
    expect(chineseDays.isWorkday('2027-01-01')).toBe(true);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
    expect(calendar.dayInfo('2027-01-01')).toMatchObject({
      source: 'STATUTORY_ESTIMATE',
      provisional: true,
      name: { zh: '元旦' },
    });
    // Mon 12-28 → 12-29 (1), 12-30 (2), 12-31 (3), [Fri 01-01 holiday], Mon 01-04 (4), Tue 01-05 (5)
    expect(calendar.addWorkingDays('2026-12-28', 5)).toBe('2027-01-05');
    expect(calendar.isProvisionalBetween('2026-12-28', '2027-01-05')).toBe(true);
    expect(calendar.isProvisionalBetween('2026-12-01', '2026-12-31')).toBe(false);
    expect(calendar.unpublishedYearsBetween('2026-12-28', '2028-01-05')).toEqual([2027, 2028]);
  });

  it('estimates Spring Festival 2027 (eve Friday 02-05, 1st–3rd 02-06..02-08) without bridging days', () => {
    expect(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'].map((d) => calendar.isWorkingDay(d))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(calendar.isWorkingDay('2027-02-09')).toBe(true);
    expect(calendar.addWorkingDays('2027-02-03', 3)).toBe('2027-02-10');
  });

  it('skips the other statutory holidays of 2027: Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day', () => {
    for (const date of [
      '2027-04-05',
      '2027-05-03' /* Monday: not statutory */,
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
    ]) {
      expect([date, calendar.isWorkingDay(date)]).toEqual([date, date === '2027-05-03']);
    }
  });

  it('is no longer provisional once an admin loads the schedule as overrides', () => {
    const loaded = new WorkingCalendar({
      publishedYears: [2027],
      overrides: [
        { date: '2027-01-02', kind: 'HOLIDAY' },
        { date: '2027-01-03', kind: 'HOLIDAY' },
        { date: '2026-12-26', kind: 'WORKDAY', note: 'hypothetical make-up day' },
      ],
    });
    expect(loaded.isPublished(2027)).toBe(true);
    expect(loaded.isProvisionalBetween('2026-12-28', '2027-01-05')).toBe(false);
    expect(loaded.dayInfo('2027-01-01')).toMatchObject({ working: false, provisional: false });
  });

  it('statutory holidays of the built-in table are all holidays in the published 2025 and 2026 schedules', () => {
    for (const year of [2025, 2026]) {
      for (const date of statutoryHolidaysOf(year).keys())
        expect([date, calendar.isWorkingDay(date)]).toEqual([date, false]);
    }
    expect(statutoryHolidaysOf(2026).size).toBe(13); // 1 + 4 + 1 + 2 + 1 + 1 + 3 (2024 revision)
  });

  // chinese-days' lunar functions read the host time zone and are wrong west of UTC, hence the embedded table
  const eastOfUtc = new Date(Date.UTC(2030, 0, 1)).getTimezoneOffset() <= 0;
  (eastOfUtc ? it : it.skip)('lunar table matches chinese-days lunar conversion for every year it holds', () => {
    for (const year of LUNAR_TABLE_YEARS) {
      const holidays = statutoryHolidaysOf(year);
      const springFestival = chineseDays.getSolarDateFromLunar(`${year}-01-01`).date;
      expect(holidays.get(addCalendarDays(springFestival, -1))?.en).toBe('Spring Festival');
      expect(holidays.get(addCalendarDays(springFestival, 2))?.en).toBe('Spring Festival');
      expect(holidays.get(chineseDays.getSolarTermDate(year, 4, 'pure_brightness'))?.en).toBe('Qingming Festival');
      expect(holidays.get(chineseDays.getSolarDateFromLunar(`${year}-05-05`).date)?.en).toBe('Dragon Boat Festival');
      expect(holidays.get(chineseDays.getSolarDateFromLunar(`${year}-08-15`).date)?.en).toMatch(
        /Mid-Autumn|National Day/,
      );
    }
  });

  it('beyond the lunar table only fixed-date holidays are known, still provisional', () => {
    expect(calendar.isWorkingDay('2036-10-01')).toBe(false);
    expect(calendar.dayInfo('2036-03-03')).toMatchObject({ working: true, provisional: true });
  });
});
