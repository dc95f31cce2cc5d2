/**
 * Identity data: the 18-character citizen identification number (GB 11643-1999: 6-digit region, 8-digit birth
 * date, 3-digit sequence whose parity gives the gender, ISO 7064 MOD 11-2 check character), mainland mobile
 * numbers, and the masked forms shown on screens and printed on notices.
 */
import { COMPOUND_SURNAMES } from './compound-surnames';
import { isValidDate } from './china-time';

export type Gender = 'MALE' | 'FEMALE';
export type IdNumberProblem = 'LENGTH' | 'FORMAT' | 'REGION' | 'BIRTH_DATE' | 'BIRTH_IN_FUTURE' | 'CHECKSUM';

export type IdNumberCheck =
  | { ok: true; idNumber: string; regionCode: string; birthDate: string; gender: Gender }
  | { ok: false; code: IdNumberProblem; reasonZh: string; reasonEn: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
/** Provinces (GB/T 2260) plus 81/82/83, the residence permits of Hong Kong, Macao and Taiwan residents. */
const PROVINCE_CODES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('the check character needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/** Full-width digits and a lower-case x, as typed on Chinese keyboards, are accepted and normalised. */
export function normalizeIdNumber(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Validates a resident ID number; `today` ('YYYY-MM-DD', China date) additionally rejects future birth dates. */
export function validateIdNumber(input: string, options: { today?: string } = {}): IdNumberCheck {
  const id = normalizeIdNumber(input);
  if (id.length !== 18)
    return problem(
      'LENGTH',
      `身份证号码应为18位，当前为${id.length}位`,
      `An ID number has 18 characters, got ${id.length}`,
    );
  if (!/^\d{17}[\dX]$/.test(id))
    return problem(
      'FORMAT',
      '身份证号码前17位应为数字，末位为数字或X',
      'The first 17 characters must be digits and the last a digit or X',
    );
  if (!PROVINCE_CODES.has(id.slice(0, 2)))
    return problem('REGION', '身份证号码的地址码无效', 'The region code is not a valid province');
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isValidDate(birthDate) || birthDate < '1900-01-01') {
    return problem(
      'BIRTH_DATE',
      '身份证号码中的出生日期无效',
      'The birth date inside the ID number is not a valid date',
    );
  }
  if (options.today && birthDate > options.today) {
    return problem(
      'BIRTH_IN_FUTURE',
      '身份证号码中的出生日期晚于今天',
      'The birth date inside the ID number is in the future',
    );
  }
  if (idCheckCharacter(id.slice(0, 17)) !== id[17]) {
    return problem(
      'CHECKSUM',
      '身份证号码校验位不正确，请核对',
      'The check character does not match; the number was probably mistyped',
    );
  }
  return {
    ok: true,
    idNumber: id,
    regionCode: id.slice(0, 6),
    birthDate,
    gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

/**
 * 110105********002X: the first 6 (region) and last 4 kept, as platform/mask-sensitive.ts masks logs, so a
 * number looks the same on screen, on paper and in a log. Anything else keeps only its last 4 characters.
 */
export function maskIdNumber(input: string): string {
  const id = normalizeIdNumber(input);
  if (id.length === 18) return `${id.slice(0, 6)}********${id.slice(14)}`;
  return maskAllButLast(id, 4);
}

/** Digits of a mainland mobile number without spaces, hyphens or a +86 / 0086 prefix; undefined if it is none. */
export function normalizeMobile(input: string): string | undefined {
  const digits = input
    .normalize('NFKC')
    .replace(/[\s-]/g, '')
    .replace(/^(\+86|0086|86)(?=\d{11}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : undefined;
}

/** 11 digits starting 13–19 (prefix and separators tolerated, see normalizeMobile). */
export function validateMobile(input: string): boolean {
  return normalizeMobile(input) !== undefined;
}

/** 138****5678 for a mobile number; any other number keeps only its last 4 characters. */
export function maskPhone(input: string): string {
  const mobile = normalizeMobile(input);
  if (mobile) return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
  return maskAllButLast(input.replace(/\s+/g, ''), 4);
}

/**
 * The surname kept, every other character a '*': 张* , 张** , 欧阳** ; the middle dot of a transliterated name
 * stays (买买提·艾力 → 买**·**). Counts characters, not UTF-16 units, so rare characters (𠮷) mask as one.
 */
export function maskName(input: string): string {
  const name = input.trim();
  const characters = Array.from(name);
  if (characters.length <= 1) return characters.length === 0 ? '' : '*';
  const surnameLength =
    [4, 2].find(
      (length) => characters.length > length && COMPOUND_SURNAMES.has(characters.slice(0, length).join('')),
    ) ?? 1;
  return characters
    .map((character, index) => (index < surnameLength || /[·•・\s]/.test(character) ? character : '*'))
    .join('');
}

function maskAllButLast(value: string, keep: number): string {
  const characters = Array.from(value);
  if (characters.length <= keep) return '*'.repeat(characters.length);
  return '*'.repeat(characters.length - keep) + characters.slice(-keep).join('');
}

function problem(code: IdNumberProblem, reasonZh: string, reasonEn: string): IdNumberCheck {
  return { ok: false, code, reasonZh, reasonEn };
}
