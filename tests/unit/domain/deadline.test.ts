import { WorkingCalendar } from '../../../domain/working-calendar';
import { computeDeadline, type DeadlineInput } from '../../../domain/deadline';

const calendar = new WorkingCalendar();
const at = (local: string) => new Date(`${local}+08:00`);
const deadline = (input: Omit<DeadlineInput, 'calendar'>) => computeDeadline({ calendar, ...input });
const codes = (input: Omit<DeadlineInput, 'calendar'>) => deadline(input).explanation.map((step) => step.code);

describe('computeDeadline: counting (Licensing Law art. 82, Civil Code arts. 201 and 203)', () => {
  it('accepted 2026-09-30 with 5 working days ends 2026-10-13 at 24:00 China time', () => {
    const result = deadline({ acceptedAt: at('2026-09-30T10:00:00'), promisedDays: 5 });
    expect(result).toMatchObject({
      startDate: '2026-09-30',
      dueDate: '2026-10-13',
      provisional: false,
      paused: false,
      pausedWorkingDays: 0,
      extendedWorkingDays: 0,
    });
    expect(result.dueAt.toISOString()).toBe('2026-10-13T15:59:59.999Z');
    expect(result.explanation.map((step) => step.code)).toEqual(['ACCEPTED', 'LIMIT', 'DUE']);
    expect(result.explanation[0].messageZh).toContain('民法典第二百零一条');
  });

  it('does not count the acceptance day whatever the hour, and uses the China date of the instant', () => {
    expect(deadline({ acceptedAt: at('2026-11-23T08:30:00'), promisedDays: 1 }).dueDate).toBe('2026-11-24');
    expect(deadline({ acceptedAt: at('2026-11-23T23:30:00'), promisedDays: 1 }).dueDate).toBe('2026-11-24');
    // 17:00 UTC on the 22nd is 01:00 on the 23rd in China
    expect(deadline({ acceptedAt: new Date('2026-11-22T17:00:00Z'), promisedDays: 1 }).dueDate).toBe('2026-11-24');
  });

  it('acceptance on a weekend or holiday counts from the next working day', () => {
    expect(deadline({ acceptedAt: at('2026-11-21T10:00:00'), promisedDays: 1 }).dueDate).toBe('2026-11-23');
    expect(deadline({ acceptedAt: at('2026-10-03T10:00:00'), promisedDays: 1 }).dueDate).toBe('2026-10-08');
  });

  it('ends at closing time when the centre gives one (art. 203, business hours)', () => {
    const result = deadline({ acceptedAt: at('2026-09-30T10:00:00'), promisedDays: 5, closesAt: '17:30' });
    expect(result.dueAt.toISOString()).toBe('2026-10-13T09:30:00.000Z');
    expect(result.explanation.at(-1)?.messageEn).toContain('17:30');
  });

  it('an immediate case (0 days) is due the same day', () => {
    const result = deadline({ acceptedAt: at('2026-10-03T10:00:00'), promisedDays: 0 });
    expect(result).toMatchObject({ dueDate: '2026-10-03', provisional: false });
    expect(result.explanation.map((step) => step.code)).toEqual(['ACCEPTED', 'SAME_DAY', 'DUE']);
  });

  it('rejects a negative or fractional limit', () => {
    expect(() => deadline({ acceptedAt: at('2026-10-03T10:00:00'), promisedDays: -1 })).toThrow(RangeError);
    expect(() => deadline({ acceptedAt: at('2026-10-03T10:00:00'), promisedDays: 2.5 })).toThrow(RangeError);
  });
});

describe('computeDeadline: extensions (Licensing Law art. 42)', () => {
  const acceptedAt = at('2026-11-02T09:00:00');

  it('20 statutory working days plus one extension of 10', () => {
    expect(deadline({ acceptedAt, promisedDays: 20 }).dueDate).toBe('2026-11-30');
    const extended = deadline({ acceptedAt, promisedDays: 20, extensions: [{ workingDays: 10 }] });
    expect(extended).toMatchObject({ dueDate: '2026-12-14', extendedWorkingDays: 10 });
    expect(extended.explanation.map((step) => step.code)).toEqual(['ACCEPTED', 'LIMIT', 'EXTENSION', 'DUE']);
  });

  it('flags more than one extension or more than 10 days for review', () => {
    expect(codes({ acceptedAt, promisedDays: 5, extensions: [{ workingDays: 5 }, { workingDays: 5 }] })).toContain(
      'EXTENSION_BEYOND_STATUTE',
    );
    expect(codes({ acceptedAt, promisedDays: 5, extensions: [{ workingDays: 15 }] })).toContain(
      'EXTENSION_BEYOND_STATUTE',
    );
  });
});

describe('computeDeadline: suspended spans are not counted (Licensing Law arts. 45 and 32)', () => {
  const acceptedAt = at('2026-11-02T09:00:00'); // Monday; 10 working days → 2026-11-16

  it('deducts the working days after the suspension day up to and including the resume day', () => {
    const result = deadline({
      acceptedAt,
      promisedDays: 10,
      suspensions: [{ start: at('2026-11-04T10:00:00'), end: at('2026-11-09T15:00:00') }],
    });
    // Thu 11-05, Fri 11-06, Mon 11-09 → 3 working days; 13 working days after 11-02
    expect(result).toMatchObject({ dueDate: '2026-11-19', pausedWorkingDays: 3, paused: false });
    expect(result.explanation.map((step) => step.code)).toEqual(['ACCEPTED', 'LIMIT', 'SUSPENSION', 'DUE']);
  });

  it('a supplement handled the same day deducts nothing', () => {
    const result = deadline({
      acceptedAt,
      promisedDays: 10,
      suspensions: [{ start: at('2026-11-04T10:00:00'), end: at('2026-11-04T16:00:00') }],
    });
    expect(result).toMatchObject({ dueDate: '2026-11-16', pausedWorkingDays: 0 });
  });

  it('merges overlapping suspensions instead of deducting twice', () => {
    const result = deadline({
      acceptedAt,
      promisedDays: 10,
      suspensions: [
        { start: at('2026-11-06T09:00:00'), end: at('2026-11-11T10:00:00') },
        { start: at('2026-11-04T10:00:00'), end: at('2026-11-09T15:00:00') },
      ],
    });
    // merged 11-04 → 11-11: 05, 06, 09, 10, 11
    expect(result).toMatchObject({ dueDate: '2026-11-23', pausedWorkingDays: 5 });
  });

  it('holidays inside a suspension are not deducted twice: across National Day 2026', () => {
    const result = deadline({
      acceptedAt: at('2026-09-28T09:00:00'),
      promisedDays: 5,
      suspensions: [{ start: at('2026-09-30T10:00:00'), end: at('2026-10-09T10:00:00') }],
    });
    // without it: 09-29, 09-30, 10-08, 10-09, Saturday 10-10; paused 10-08 and 10-09 → 10-12, 10-13
    expect(result).toMatchObject({ dueDate: '2026-10-13', pausedWorkingDays: 2 });
  });

  it('ignores the part of a suspension before acceptance', () => {
    const result = deadline({
      acceptedAt,
      promisedDays: 10,
      suspensions: [{ start: at('2026-10-30T10:00:00'), end: at('2026-11-04T10:00:00') }],
    });
    expect(result).toMatchObject({ pausedWorkingDays: 2, dueDate: '2026-11-18' }); // 11-03, 11-04
  });

  it('a suspension that starts after the deadline has passed does not extend it', () => {
    const result = deadline({
      acceptedAt,
      promisedDays: 3,
      suspensions: [{ start: at('2026-11-06T10:00:00'), end: at('2026-11-10T10:00:00') }],
    });
    expect(result).toMatchObject({ dueDate: '2026-11-05', pausedWorkingDays: 0 });
    expect(result.explanation.map((step) => step.code)).toContain('SUSPENSION_AFTER_DUE');
  });

  it('an open suspension stops the clock: due date as of now, paused', () => {
    const open = { start: at('2026-11-04T10:00:00') };
    const asOfNow = deadline({ acceptedAt, promisedDays: 10, suspensions: [open], now: at('2026-11-06T12:00:00') });
    expect(asOfNow).toMatchObject({ dueDate: '2026-11-18', pausedWorkingDays: 2, paused: true });
    expect(asOfNow.explanation.map((step) => step.code)).toContain('SUSPENSION_OPEN');
    const later = deadline({ acceptedAt, promisedDays: 10, suspensions: [open], now: at('2026-11-10T12:00:00') });
    expect(later).toMatchObject({ dueDate: '2026-11-20', pausedWorkingDays: 4, paused: true });
    // without `now` nothing is deducted yet: the earliest possible date
    expect(deadline({ acceptedAt, promisedDays: 10, suspensions: [open] })).toMatchObject({
      dueDate: '2026-11-16',
      paused: true,
    });
  });

  it('rejects a suspension that ends before it starts', () => {
    expect(() =>
      deadline({
        acceptedAt,
        promisedDays: 10,
        suspensions: [{ start: at('2026-11-05T10:00:00'), end: at('2026-11-04T10:00:00') }],
      }),
    ).toThrow('ends');
  });
});

describe('computeDeadline: unpublished holiday schedules (docs/legal-rules.md)', () => {
  it('a due date in 2027 skips 1 January and is provisional', () => {
    const result = deadline({ acceptedAt: at('2026-12-28T10:00:00'), promisedDays: 5 });
    expect(result).toMatchObject({ dueDate: '2027-01-05', provisional: true, unpublishedYears: [2027] });
    expect(result.explanation.map((step) => step.code)).toEqual(['ACCEPTED', 'LIMIT', 'PROVISIONAL', 'DUE']);
    expect(result.explanation[2].messageZh).toContain('2027 年放假安排尚未公布');
  });

  it('Spring Festival 2027 is estimated from the statutory holidays', () => {
    expect(deadline({ acceptedAt: at('2027-02-03T10:00:00'), promisedDays: 3 })).toMatchObject({
      dueDate: '2027-02-10',
      provisional: true,
    });
  });

  it('is recomputed without the provisional mark once the schedule is loaded', () => {
    const loaded = new WorkingCalendar({
      publishedYears: [2027],
      overrides: [{ date: '2027-01-04', kind: 'HOLIDAY', note: 'hypothetical bridging day' }],
    });
    const result = computeDeadline({ acceptedAt: at('2026-12-28T10:00:00'), promisedDays: 5, calendar: loaded });
    expect(result).toMatchObject({ dueDate: '2027-01-06', provisional: false, unpublishedYears: [] });
  });

  it('a limit that ends before the year turns is not provisional', () => {
    expect(deadline({ acceptedAt: at('2026-12-21T10:00:00'), promisedDays: 5 })).toMatchObject({
      dueDate: '2026-12-28',
      provisional: false,
    });
  });
});
