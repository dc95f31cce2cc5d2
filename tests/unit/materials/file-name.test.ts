import { extensionOf, sanitizeFileName, MAX_NAME_LENGTH } from '../../../api/materials/file-name';

describe('sanitizeFileName', () => {
  it.each([
    ['身份证正面.jpg', '身份证正面.jpg'],
    ['  scan 1.pdf  ', 'scan 1.pdf'],
    ['户口\u0000本\u001f.png', '户口本.png'],
    // right-to-left override: "invoice‮fdp.exe" shows as "invoiceexe.pdf"
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['a\u2066b\u2069c\u200F.pdf', 'abc.pdf'],
    ['what?<a>:"b"|*.pdf', 'what__a___b___.pdf'],
    ['.hidden.pdf', 'hidden.pdf'],
    ['trailing.pdf. . ', 'trailing.pdf'],
    ['e\u0301.pdf', 'é.pdf'],
  ])('%j becomes %j', (raw, name) => {
    expect(sanitizeFileName(raw)).toEqual({ ok: true, name });
  });

  it.each(['../etc/passwd', 'C:\\Users\\x\\scan.pdf', 'dir/scan.pdf', '/abs.pdf', '..', '.'])(
    'refuses a path: %j',
    (raw) => {
      expect(sanitizeFileName(raw)).toEqual({ ok: false });
    },
  );

  it('cuts long names but keeps the extension', () => {
    const result = sanitizeFileName(`${'材'.repeat(300)}.pdf`);
    expect(result.ok && [...result.name].length).toBe(MAX_NAME_LENGTH);
    expect(result.ok && result.name.endsWith('.pdf')).toBe(true);
  });

  it('leaves an empty name empty (the caller names it)', () => {
    expect(sanitizeFileName('\u202E\u0007')).toEqual({ ok: true, name: '' });
  });
});

describe('extensionOf', () => {
  it.each([
    ['a.PDF', 'pdf'],
    ['a.tar.gz', 'gz'],
    ['noext', ''],
    ['.pdf', ''],
  ])('%s → %j', (name, ext) => expect(extensionOf(name)).toBe(ext));
});
