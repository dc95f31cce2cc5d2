/** Each stop of the clock is explained with its name and its article; overlapping stops are deducted once. */
import { ART45_SUSPENSION_KINDS, CLOCK_STOP_TEXT, clockStopText, isArt45Kind } from '../../../domain/clock-stops';
import { computeDeadline } from '../../../domain/deadline';
import { mergeSuspensions } from '../../../domain/suspension-spans';
import { WorkingCalendar } from '../../../domain/working-calendar';

const calendar = new WorkingCalendar();
const at = (local: string) => new Date(`${local}+08:00`);
const acceptedAt = at('2026-11-02T09:00:00'); // Monday; 10 working days → 2026-11-16

describe('clock stops', () => {
  it('the seven suspensions of Licensing Law art. 45, each named in both languages with that article', () => {
    expect(ART45_SUSPENSION_KINDS).toHaveLength(7);
    for (const kind of ART45_SUSPENSION_KINDS) {
      expect(isArt45Kind(kind)).toBe(true);
      expect(CLOCK_STOP_TEXT[kind]).toMatchObject({
        basisZh: '行政许可法第四十五条',
        basisEn: 'Licensing Law art. 45',
      });
    }
    expect(isArt45Kind('supplement')).toBe(false);
    expect(isArt45Kind('higherAuthority')).toBe(false);
    expect(clockStopText('toString')).toBeUndefined();
  });

  it('a hearing is deducted like a supplement and explained as a hearing under art. 45', () => {
    const result = computeDeadline({
      acceptedAt,
      promisedDays: 10,
      calendar,
      suspensions: [{ start: at('2026-11-04T10:00:00'), end: at('2026-11-09T15:00:00'), kind: 'hearing' }],
    });
    expect(result).toMatchObject({ dueDate: '2026-11-19', pausedWorkingDays: 3 });
    const line = result.explanation.find((step) => step.code === 'SUSPENSION')!;
    expect(line.messageZh).toBe(
      '2026-11-04 至 2026-11-09 因听证暂停计时，不计入期限，扣除 3 个工作日（行政许可法第四十五条）。',
    );
    expect(line.messageEn).toBe(
      'Clock stopped (hearing) from 2026-11-04 to 2026-11-09: 3 working days not counted (Licensing Law art. 45).',
    );
  });

  it('an expert review during a supplement is deducted once, and the line names both with both articles', () => {
    const spans = mergeSuspensions(
      [
        { start: at('2026-11-04T10:00:00'), end: at('2026-11-09T15:00:00'), kind: 'supplement' },
        { start: at('2026-11-06T10:00:00'), end: at('2026-11-11T15:00:00'), kind: 'expertReview' },
      ],
      acceptedAt,
      undefined,
    );
    expect(spans).toHaveLength(1);
    expect(spans[0].kinds).toEqual(['supplement', 'expertReview']);
    const result = computeDeadline({
      acceptedAt,
      promisedDays: 10,
      calendar,
      suspensions: [
        { start: at('2026-11-04T10:00:00'), end: at('2026-11-09T15:00:00'), kind: 'supplement' },
        { start: at('2026-11-06T10:00:00'), end: at('2026-11-11T15:00:00'), kind: 'expertReview' },
      ],
    });
    expect(result.pausedWorkingDays).toBe(5);
    expect(result.explanation.find((step) => step.code === 'SUSPENSION')!.messageZh).toContain(
      '因补正、专家评审暂停计时，不计入期限，扣除 5 个工作日（行政许可法第三十二条；行政许可法第四十五条）',
    );
  });

  it('the wait for a higher authority is explained with arts. 35 and 43, open until the answer', () => {
    const result = computeDeadline({
      acceptedAt,
      promisedDays: 10,
      calendar,
      suspensions: [{ start: at('2026-11-04T10:00:00'), kind: 'higherAuthority' }],
      now: at('2026-11-06T12:00:00'),
    });
    expect(result).toMatchObject({ paused: true, pausedWorkingDays: 2, dueDate: '2026-11-18' });
    expect(result.explanation.find((step) => step.code === 'SUSPENSION_OPEN')!.messageZh).toBe(
      '自 2026-11-04 起因等待上级机关决定暂停计时，尚未恢复；截至 2026-11-06 已扣除 2 个工作日，恢复前期限逐日顺延（行政许可法第三十五条、第四十三条）。',
    );
  });

  it('a stop of no known kind (a ledger row from before the kinds) cites arts. 45 and 32 as before', () => {
    const result = computeDeadline({
      acceptedAt,
      promisedDays: 10,
      calendar,
      suspensions: [{ start: at('2026-11-04T10:00:00'), end: at('2026-11-09T15:00:00') }],
    });
    expect(result.explanation.find((step) => step.code === 'SUSPENSION')!.messageZh).toBe(
      '2026-11-04 至 2026-11-09 暂停计时，不计入期限，扣除 3 个工作日（行政许可法第四十五条、第三十二条）。',
    );
  });
});
