import {
  idCheckCharacter,
  maskIdNumber,
  maskName,
  maskPhone,
  normalizeMobile,
  validateIdNumber,
  validateMobile,
} from '../../../domain/identity';
import { makeValidIdNumber } from '../../../domain/testing/id-numbers';
import { maskSensitive } from '../../../platform/mask-sensitive';

describe('validateIdNumber (GB 11643, ISO 7064 MOD 11-2)', () => {
  it('accepts the standard example and reads birth date and gender', () => {
    expect(validateIdNumber('11010519491231002X')).toEqual({
      ok: true,
      idNumber: '11010519491231002X',
      regionCode: '110105',
      birthDate: '1949-12-31',
      gender: 'FEMALE',
    });
  });

  it('accepts generated numbers for both genders and any seed', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const id = makeValidIdNumber(seed);
      expect([id, validateIdNumber(id).ok]).toEqual([id, true]);
    }
    const male = makeValidIdNumber(7, { gender: 'MALE', birthDate: '1985-02-28', regionCode: '440305' });
    expect(validateIdNumber(male)).toMatchObject({
      ok: true,
      gender: 'MALE',
      birthDate: '1985-02-28',
      regionCode: '440305',
    });
    expect(validateIdNumber(makeValidIdNumber(7, { gender: 'FEMALE' }))).toMatchObject({ ok: true, gender: 'FEMALE' });
    expect(makeValidIdNumber(42)).toBe(makeValidIdNumber(42));
  });

  it('accepts a lower-case x, full-width characters and surrounding spaces', () => {
    expect(validateIdNumber(' 11010519491231002x ')).toMatchObject({ ok: true, idNumber: '11010519491231002X' });
    expect(validateIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toMatchObject({
      ok: true,
      idNumber: '11010519491231002X',
    });
  });

  it('rejects every digit mistyped once (the check character catches single errors)', () => {
    const id = makeValidIdNumber(2026);
    for (let position = 0; position < 17; position++) {
      const digit = Number(id[position]);
      const typo = `${id.slice(0, position)}${(digit + 1) % 10}${id.slice(position + 1)}`;
      expect([typo, validateIdNumber(typo).ok]).toEqual([typo, false]);
    }
  });

  it('explains each problem in Chinese and English', () => {
    const id = makeValidIdNumber(3, { birthDate: '1990-05-17' });
    const wrongCheck = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    const cases: Array<[string, string]> = [
      ['1101051949123100', 'LENGTH'],
      ['1101051949123100AX', 'FORMAT'],
      [withCheck('99010519491231002'), 'REGION'],
      [withCheck('11010519490230002'), 'BIRTH_DATE'],
      [withCheck('11010518991231002'), 'BIRTH_DATE'],
      [wrongCheck, 'CHECKSUM'],
    ];
    for (const [input, code] of cases) {
      const result = validateIdNumber(input);
      expect([input, result.ok ? 'OK' : result.code]).toEqual([input, code]);
      if (!result.ok) expect(result.reasonZh.length * result.reasonEn.length).toBeGreaterThan(0);
    }
  });

  it('rejects a birth date after today when today is given', () => {
    const id = makeValidIdNumber(5, { birthDate: '2026-12-01' });
    expect(validateIdNumber(id)).toMatchObject({ ok: true });
    expect(validateIdNumber(id, { today: '2026-11-24' })).toMatchObject({ ok: false, code: 'BIRTH_IN_FUTURE' });
  });

  function withCheck(first17: string): string {
    return first17 + idCheckCharacter(first17);
  }
});

describe('masking', () => {
  it('masks an ID number as 6 + 8 stars + 4, exactly like the log masker', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber('11010519491231002x')).toBe('110105********002X');
    const id = makeValidIdNumber(11);
    expect(maskSensitive(id)).toBe(maskIdNumber(id));
    expect(maskIdNumber('110105491231002')).toBe('***********1002');
  });

  it('validates and masks mainland mobile numbers', () => {
    expect(validateMobile('13812345678')).toBe(true);
    expect(validateMobile('19912345678')).toBe(true);
    expect(validateMobile('12812345678')).toBe(false);
    expect(validateMobile('1381234567')).toBe(false);
    expect(validateMobile('138123456789')).toBe(false);
    expect(normalizeMobile('+86 138-1234-5678')).toBe('13812345678');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
    expect(maskPhone('0571-88886666')).toBe('*********6666');
    expect(maskSensitive('13812345678')).toBe(maskPhone('13812345678'));
  });

  it('keeps the surname, compound surnames included', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
    expect(maskName('司马光')).toBe('司马*');
    expect(maskName('爱新觉罗溥仪')).toBe('爱新觉罗**');
    expect(maskName('欧阳')).toBe('欧*');
    expect(maskName('买买提·艾力')).toBe('买**·**');
    expect(maskName('𠮷田')).toBe('𠮷*');
    expect(maskName(' 李 ')).toBe('*');
    expect(maskName('')).toBe('');
  });
});
