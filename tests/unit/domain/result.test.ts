import {
  formatResultNo,
  parseResultNo,
  parseValidYears,
  resultNoStem,
  RESULT_SEQUENCE_DIGITS,
  validUntil,
} from '../../../domain/result';

describe('result numbers', () => {
  it('are {centre}-JG{year}-{6-digit sequence}, the stem being what the counter builds on in SQL', () => {
    expect(formatResultNo('BM', 2026, 17)).toBe('BM-JG2026-000017');
    expect(resultNoStem('CGZ1', 2027)).toBe('CGZ1-JG2027-');
    expect(`${resultNoStem('BM', 2026)}${String(999_999).padStart(RESULT_SEQUENCE_DIGITS, '0')}`).toBe(
      formatResultNo('BM', 2026, 999_999),
    );
  });

  it('parse back what they format and refuse anything else', () => {
    expect(parseResultNo(' bm-jg2026-000017 ')).toEqual({ centreCode: 'BM', year: 2026, seq: 17 });
    for (const bad of ['BM-20261124-00017', 'BM-JG2026-000000', 'BM-JG2026-17', 'bm', ''])
      expect(parseResultNo(bad)).toBeUndefined();
  });

  it('refuse a centre code that would not parse back', () => {
    for (const bad of ['bm', '1BM', 'B-M', 'ABCDEFGHIJK', ''])
      expect(() => resultNoStem(bad, 2026)).toThrow(RangeError);
    expect(() => resultNoStem('BM', 26)).toThrow(RangeError);
  });
});

describe('validity', () => {
  it('ends on the corresponding day of the last year (Civil Code arts. 201-202)', () => {
    expect(validUntil('2026-12-06', 5)).toBe('2031-12-06');
    expect(validUntil('2026-01-31', 1)).toBe('2027-01-31');
  });

  it('ends on 28 February when a 29 February issue has no corresponding day', () => {
    expect(validUntil('2028-02-29', 1)).toBe('2029-02-28');
    expect(validUntil('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('has no end without a number of years', () => {
    expect(validUntil('2026-12-06', undefined)).toBeUndefined();
  });

  it('takes whole years from 1 to 50 from the designer’s parameter, and nothing else', () => {
    expect(parseValidYears(undefined)).toBeUndefined();
    expect(parseValidYears(' ')).toBeUndefined();
    expect(parseValidYears(' 10 ')).toBe(10);
    for (const bad of ['0', '51', '2.5', 'ten', '-1']) expect(() => parseValidYears(bad)).toThrow(RangeError);
  });
});
