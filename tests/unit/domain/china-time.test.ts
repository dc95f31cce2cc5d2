import {
  addCalendarDays,
  boundInstant,
  chinaDateOf,
  chinaInstantAt,
  chinaTimeOfDayMs,
  dayNumberOf,
  endOfChinaDay,
  isValidDate,
  startOfChinaDay,
  startOfNextChinaDay,
  weekdayOfDayNumber,
} from '../../../domain/china-time';

describe('China civil dates', () => {
  it('takes the date of an instant in UTC+8, whatever the host time zone', () => {
    expect(chinaDateOf(new Date('2026-11-23T15:59:59.999Z'))).toBe('2026-11-23');
    expect(chinaDateOf(new Date('2026-11-23T16:00:00.000Z'))).toBe('2026-11-24');
    expect(chinaDateOf(new Date('2026-11-24T09:30:00+08:00'))).toBe('2026-11-24');
  });

  it('gives the start and end of a China day as instants', () => {
    expect(startOfChinaDay('2026-10-13').toISOString()).toBe('2026-10-12T16:00:00.000Z');
    expect(endOfChinaDay('2026-10-13').toISOString()).toBe('2026-10-13T15:59:59.999Z');
    expect(chinaInstantAt('2026-10-13', '17:30').toISOString()).toBe('2026-10-13T09:30:00.000Z');
    expect(chinaTimeOfDayMs(new Date('2026-10-13T10:15:00+08:00'))).toBe((10 * 60 + 15) * 60_000);
  });

  it('counts days across month, leap-year and year ends without local time', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekdayOfDayNumber(dayNumberOf('2026-10-01'))).toBe(4); // Thursday
    expect(weekdayOfDayNumber(dayNumberOf('1969-12-31'))).toBe(3); // Wednesday, before the epoch
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => dayNumberOf('2026-2-3')).toThrow(RangeError);
    expect(() => dayNumberOf('2026-02-30')).toThrow('no such date');
    expect(() => chinaInstantAt('2026-10-13', '24:00')).toThrow(RangeError);
  });
});

describe('China dates as filter bounds', () => {
  it('takes a from date at its 00:00 and a to date through its 24:00; an instant as it is', () => {
    expect(startOfNextChinaDay('2026-03-02').toISOString()).toBe('2026-03-02T16:00:00.000Z');
    expect(boundInstant('2026-03-02', 'from').toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(boundInstant('2026-03-02', 'to').toISOString()).toBe('2026-03-02T16:00:00.000Z');
    expect(boundInstant('2026-03-02T10:00:00+08:00', 'from').toISOString()).toBe('2026-03-02T02:00:00.000Z');
    expect(isValidDate('2026-02-30')).toBe(false);
    expect(isValidDate('2026-02-28')).toBe(true);
  });
});
