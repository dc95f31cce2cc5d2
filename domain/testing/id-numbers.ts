/**
 * Valid-looking but made-up resident ID numbers for tests and benchmarks (never for production code): the
 * same seed always gives the same number, with a correct check character.
 */
import { dateOfDayNumber, dayNumberOf } from '../china-time';
import { idCheckCharacter, type Gender } from '../identity';
import { randomInt, seededRandom } from './prng';

/** Real county-level region codes (GB/T 2260): 北京东城, 上海黄浦, 深圳南山, 成都锦江, 杭州西湖, 西安雁塔. */
const REGION_CODES = ['110101', '310101', '440305', '510104', '330106', '610113'];

export interface IdNumberOptions {
  regionCode?: string;
  birthDate?: string;
  gender?: Gender;
}

export function makeValidIdNumber(seed: number, options: IdNumberOptions = {}): string {
  const random = seededRandom(seed);
  const regionCode = options.regionCode ?? REGION_CODES[randomInt(random, 0, REGION_CODES.length - 1)];
  const birthDate =
    options.birthDate ?? dateOfDayNumber(randomInt(random, dayNumberOf('1940-01-01'), dayNumberOf('2007-12-31')));
  let sequence = randomInt(random, 1, 999);
  const gender = options.gender ?? (sequence % 2 === 1 ? 'MALE' : 'FEMALE');
  if ((sequence % 2 === 1) !== (gender === 'MALE')) sequence = sequence === 999 ? 998 : sequence + 1;
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}
