import { z } from 'zod';
import { ZChinaDate, ZDateBound } from '../../../api/shared/china-date';
import { containsLiterally, likeEscaped, zSearchTerm } from '../../../api/shared/search-term';
import { unstorableIssues, zLine, zMultiline, zName } from '../../../api/shared/text';

const refusal = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success
    ? undefined
    : result.error.issues.map((i) => [i.message, (i as { params?: { en?: string } }).params?.en]);
};

describe('text fields refuse what cannot be stored or shown faithfully', () => {
  test.each([
    ['NUL', 'a\u0000b'],
    ['another C0 control', 'a\u0007b'],
    ['DEL', 'a\u007Fb'],
    ['a C1 control', 'a\u0085b'],
    ['a lone high surrogate', 'a\uD83Db'],
    ['a lone low surrogate', 'a\uDE00b'],
    ['a right-to-left override', '张\u202E三'],
    ['a directional isolate', '张\u2068三'],
  ])('%s is refused in one-line and multi-line text, with its reason in both languages', (_name, text) => {
    for (const schema of [zLine(), zMultiline(), zName()]) {
      const [[zh, en]] = refusal(schema, text)!;
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/[a-z]/);
    }
  });

  test('line breaks and tabs belong to multi-line text only', () => {
    for (const text of ['第一行\n第二行', '甲\t乙', 'a\r\nb', 'a\u2028b']) {
      expect(refusal(zLine(), text)).toEqual([['不能包含换行或制表符', 'must not contain line breaks or tabs']]);
    }
    expect(zMultiline().parse('  第一行\n第二行\t完\r\n  ')).toBe('第一行\n第二行\t完');
  });

  test('a name holds no invisible format characters, and is stored in NFC', () => {
    for (const text of ['张\u200B三', '张\u200F三', '张\uFEFF三', '张\u00AD三'])
      expect(refusal(zName(), text)).toHaveLength(1);
    // a zero-width joiner may stand in other text (emoji sequences), but not in a name
    expect(zMultiline().parse('👩\u200D💻')).toBe('👩\u200D💻');
    expect(zName().parse(' Zoe\u0301 ')).toBe('Zoé');
    expect(zName().parse('买买提·艾力')).toBe('买买提·艾力');
  });

  test('surrogate pairs (rare characters, emoji) are whole characters, not lone halves', () => {
    expect(zName().parse('𠮷野家')).toBe('𠮷野家');
    expect(zLine().parse('办好了👍')).toBe('办好了👍');
  });

  test('the schemas keep their own limits and messages after the hygiene', () => {
    expect(refusal(zLine().min(2, '至少 2 个字'), ' a ')).toEqual([['至少 2 个字', undefined]]);
  });
});

describe('the backstop every route applies to its parsed input', () => {
  test('finds NUL and lone surrogates anywhere, keys included, and allows tab and line breaks', () => {
    const issues = unstorableIssues({
      comment: 'ok\nfine\tyes',
      formData: { 'k\u0000': 'v', nested: ['x', 'y\uD800'] },
      count: 3,
    });
    expect(issues.map((i) => i.path.join('.'))).toEqual(['formData.k\u0000', 'formData.nested.1']);
  });
});

describe('dates are real calendar days in the years the working calendar covers', () => {
  test.each(['2026-02-30', '9999-99-99', '0014-11-08', '2026-13-45', '1899-12-31', '2200-01-01', '2026-2-3', ''])(
    '%s is refused',
    (date) => {
      expect(ZChinaDate.safeParse(date).success).toBe(false);
      expect(ZDateBound.safeParse(date).success).toBe(false);
    },
  );

  test('a leap day only in a leap year', () => {
    expect(ZChinaDate.safeParse('2028-02-29').success).toBe(true);
    expect(refusal(ZChinaDate, '2027-02-29')).toEqual([['日期不存在', 'no such calendar date']]);
  });

  test('a filter bound may be an instant with its offset, on a real day', () => {
    expect(ZDateBound.parse('2026-12-07T08:00:00+08:00')).toBe('2026-12-07T08:00:00+08:00');
    expect(ZDateBound.safeParse('2026-02-30T08:00:00Z').success).toBe(false);
    expect(ZDateBound.safeParse('0014-11-08T00:00:00Z').success).toBe(false);
    expect(ZDateBound.safeParse('2026-12-07T08:00:00').success).toBe(false);
  });
});

describe('a search term is taken literally', () => {
  test("LIKE's wildcards and its escape character are escaped", () => {
    expect(likeEscaped('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(containsLiterally('%', 'insensitive')).toEqual({ contains: '\\%', mode: 'insensitive' });
    expect(containsLiterally('低保')).toEqual({ contains: '低保' });
  });

  test('it is one line of limited length', () => {
    expect(zSearchTerm().safeParse('a\u0000').success).toBe(false);
    expect(zSearchTerm(5).safeParse('abcdef').success).toBe(false);
    expect(zSearchTerm().parse('  低保  ')).toBe('低保');
  });
});
