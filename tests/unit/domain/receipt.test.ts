import {
  SEQUENCE_DIGITS,
  documentNoStem,
  formatRefusalNoticeNo,
  formatReceiptNo,
  formatSupplementNoticeNo,
  parseReceiptNo,
} from '../../../domain/receipt';
import { randomInt, seededRandom } from '../../../domain/testing/prng';
import { dateOfDayNumber, dayNumberOf } from '../../../domain/china-time';

describe('receipt and notice numbers', () => {
  it('formats {code}-{YYYYMMDD}-{5-digit sequence}', () => {
    expect(formatReceiptNo('BM', '2026-11-24', 17)).toBe('BM-20261124-00017');
    expect(formatSupplementNoticeNo('2026-11-24', 3)).toBe('GZ-20261124-00003');
    expect(formatRefusalNoticeNo('2026-11-24', 99_999)).toBe('BSL-20261124-99999');
  });

  it('is the stem the receipt counter builds on in SQL, then the sequence zero-padded', () => {
    expect(documentNoStem('BM', '2026-11-24')).toBe('BM-20261124-');
    for (const seq of [1, 17, 99_999])
      expect(`${documentNoStem('GZ', '2026-11-24')}${String(seq).padStart(SEQUENCE_DIGITS, '0')}`).toBe(
        formatSupplementNoticeNo('2026-11-24', seq),
      );
    expect(() => documentNoStem('bm', '2026-11-24')).toThrow(RangeError);
    expect(() => documentNoStem('BM', '2026-02-30')).toThrow(RangeError);
  });

  it('parses what it formats, telling the kind from the prefix', () => {
    expect(parseReceiptNo('BM-20261124-00017')).toEqual({
      kind: 'RECEIPT',
      prefix: 'BM',
      chinaDate: '2026-11-24',
      seq: 17,
    });
    expect(parseReceiptNo(' gz-20261124-00003 ')).toEqual({
      kind: 'SUPPLEMENT_NOTICE',
      prefix: 'GZ',
      chinaDate: '2026-11-24',
      seq: 3,
    });
    expect(parseReceiptNo('BSL-20261124-00001')?.kind).toBe('REFUSAL_NOTICE');
    expect(parseReceiptNo('SF-20261206-00001')?.kind).toBe('FEE_RECEIPT');
    expect(() => formatReceiptNo('SF', '2026-12-06', 1)).toThrow(RangeError);
  });

  it('round-trips random numbers', () => {
    const random = seededRandom(17);
    for (let i = 0; i < 500; i++) {
      const prefix = ['BM', 'XC01', 'Z', 'DQZX'][randomInt(random, 0, 3)];
      const chinaDate = dateOfDayNumber(randomInt(random, dayNumberOf('2024-01-01'), dayNumberOf('2035-12-31')));
      const seq = randomInt(random, 1, 99_999);
      expect(parseReceiptNo(formatReceiptNo(prefix, chinaDate, seq))).toEqual({
        kind: 'RECEIPT',
        prefix,
        chinaDate,
        seq,
      });
    }
  });

  it('rejects bad parts when formatting', () => {
    expect(() => formatReceiptNo('bm', '2026-11-24', 1)).toThrow(RangeError);
    expect(() => formatReceiptNo('GZ', '2026-11-24', 1)).toThrow('reserved');
    expect(() => formatReceiptNo('BM', '2026-02-30', 1)).toThrow(RangeError);
    expect(() => formatReceiptNo('BM', '2026-11-24', 0)).toThrow(RangeError);
    expect(() => formatReceiptNo('BM', '2026-11-24', 100_000)).toThrow(RangeError);
  });

  it('returns undefined for anything that is not such a number', () => {
    for (const input of [
      '',
      'BM-2026112-00017',
      'BM-20261124-0017',
      'BM-20260230-00001',
      'BM-20261124-00000',
      '1B-20261124-00001',
      'BM_20261124_00001',
    ]) {
      expect([input, parseReceiptNo(input)]).toEqual([input, undefined]);
    }
  });
});
