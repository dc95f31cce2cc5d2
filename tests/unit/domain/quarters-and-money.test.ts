import { fenOfYuan, yuanText } from '../../../domain/money';
import { isQuarterName, quarterNamed, quarterOf, recentQuarters } from '../../../domain/quarters';

describe('quarters (办结公告 rolls each quarter)', () => {
  test('a date falls in its calendar quarter, first and last day inclusive', () => {
    expect(quarterOf('2026-01-01')).toEqual({ name: '2026-Q1', from: '2026-01-01', to: '2026-03-31' });
    expect(quarterOf('2026-06-30').name).toBe('2026-Q2');
    expect(quarterOf('2026-12-31')).toEqual({ name: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
    expect(quarterNamed('2024-Q1').to).toBe('2024-03-31');
  });

  test('the recent quarters run back across the year, newest first', () => {
    expect(recentQuarters('2027-02-10', 4).map((q) => q.name)).toEqual(['2027-Q1', '2026-Q4', '2026-Q3', '2026-Q2']);
  });

  test('names are YYYY-Qn with n from 1 to 4', () => {
    expect(isQuarterName('2026-Q4')).toBe(true);
    expect(isQuarterName('2026-Q5')).toBe(false);
    expect(isQuarterName('2026Q1')).toBe(false);
    expect(() => quarterNamed('2026-Q0')).toThrow(RangeError);
  });
});

describe('money in fen', () => {
  test('yuan text with two decimals', () => {
    expect(yuanText(1000)).toBe('10.00');
    expect(yuanText(5)).toBe('0.05');
  });

  test('a form’s yuan become whole fen; anything else is refused', () => {
    expect(fenOfYuan('80')).toBe(8000);
    expect(fenOfYuan(' 80.5 ')).toBe(8050);
    expect(fenOfYuan('0.05')).toBe(5);
    expect(fenOfYuan('-1')).toBeNull();
    expect(fenOfYuan('1.005')).toBeNull();
    expect(fenOfYuan('abc')).toBeNull();
    expect(fenOfYuan('')).toBeNull();
  });
});
