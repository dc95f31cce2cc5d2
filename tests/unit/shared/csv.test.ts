import { CSV_BOM, csvCell, csvDownloadHeaders, csvLine, toCsv } from '../../../api/shared/csv';
import { contentDisposition } from '../../../api/shared/streamed-file';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['李主任', '李主任'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
  ])('quotes per RFC 4180: %j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
  ])('neutralises formula injection: %j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves numbers alone, even negative ones, and writes empty cells for null and undefined', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(3.5)).toBe('3.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes dates as ISO instants and objects as JSON', () => {
    expect(csvCell(new Date('2026-05-01T00:00:00Z'))).toBe('2026-05-01T00:00:00.000Z');
    expect(csvCell({ a: 1, b: 'x' })).toBe('"{""a"":1,""b"":""x""}"');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, has a header line and ends every line with CRLF', () => {
    const rows = [
      { n: '王窗口', v: '=1+1' },
      { n: 'a,b', v: 2 },
    ];
    const csv = toCsv(
      [
        { header: '姓名', value: (r: (typeof rows)[number]) => r.n },
        { header: 'value', value: (r) => r.v },
      ],
      rows,
    );
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('姓名,value\r\n王窗口,\'=1+1\r\n"a,b",2\r\n');
  });

  it('csvLine joins cells with commas', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});

describe('csvDownloadHeaders', () => {
  it('gives an ASCII fallback name and the UTF-8 name', () => {
    const h = csvDownloadHeaders('审计日志.csv');
    expect(h['content-type']).toBe('text/csv; charset=utf-8');
    expect(h['content-disposition']).toBe(
      `attachment; filename="____.csv"; filename*=UTF-8''${encodeURIComponent('审计日志.csv')}`,
    );
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact name, with the characters RFC 5987 reserves escaped', () => {
    expect(contentDisposition('inline', "身份证 (正面)'s.pdf")).toBe(
      `inline; filename="___ (__)'s.pdf"; filename*=UTF-8''%E8%BA%AB%E4%BB%BD%E8%AF%81%20%28%E6%AD%A3%E9%9D%A2%29%27s.pdf`,
    );
    expect(contentDisposition('attachment', 'a"b\\c.pdf')).toBe(
      `attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`,
    );
  });
});
