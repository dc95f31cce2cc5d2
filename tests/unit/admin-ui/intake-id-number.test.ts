import { idCheckChar, idNumberProblem, isMobilePhone } from '../../../admin-ui/src/intake/id-number';

const withCheck = (first17: string) => first17 + idCheckChar(first17);

describe('identity card number hint (GB 11643)', () => {
  test('the published example 11010519491231002X is valid', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem('11010519491231002x')).toBeNull();
  });

  test('a wrong check character is reported', () => {
    expect(idNumberProblem('110105194912310021')).toBe('checksum');
  });

  test('length, format and birth date come before the checksum', () => {
    expect(idNumberProblem('1101051949123100')).toBe('length');
    expect(idNumberProblem('11010519491231A02X')).toBe('format');
    expect(idNumberProblem(withCheck('11010519490230002'))).toBe('birthDate');
    expect(idNumberProblem(withCheck('11010518991231002'))).toBe('birthDate');
  });

  test('computed check characters round-trip', () => {
    for (const first17 of ['32010619900101123', '44030419851212345', '51010720000229888']) {
      expect(idNumberProblem(withCheck(first17))).toBeNull();
    }
  });

  test('mobile phone numbers', () => {
    expect(isMobilePhone('13812345678')).toBe(true);
    expect(isMobilePhone('12812345678')).toBe(false);
    expect(isMobilePhone('1381234567')).toBe(false);
  });
});
