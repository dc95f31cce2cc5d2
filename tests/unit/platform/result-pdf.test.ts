import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFObject } from 'pdf-lib';
import { alignSubsetGlyphs } from '../../../platform/pdf/fontkit-glyph-alignment';
import { NOTO_SANS_SC_PATH } from '../../../platform/pdf/noto-sans-sc';
import { renderResultPdf, type ResultDocument } from '../../../platform/pdf/result-pdf';

const document: ResultDocument = {
  resultNo: 'BM-JG2026-000017',
  resultType: 'certificate',
  centreName: '城关镇便民服务中心',
  holderName: '欧阳娜娜',
  itemName: '残疾人证核发（新办）',
  itemCode: 'CL-001',
  receiptNo: 'BM-20261206-00017',
  issuedOn: '2026-12-06',
  validUntil: '2031-12-06',
  issuedAt: new Date('2026-12-06T02:30:00Z'),
  verifyUrl: 'http://localhost:3000/verify/Xy3kP0qRzT8mN2aB7cD5eF',
};

const original = fontkit.create(readFileSync(NOTO_SANS_SC_PATH));

function lookup(pdf: PDFDocument, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? pdf.context.lookup(value) : value;
}

function streamBytes(pdf: PDFDocument, value: PDFObject | undefined): Uint8Array {
  const stream = lookup(pdf, value);
  if (!(stream instanceof PDFRawStream)) throw new Error('not a stream');
  return decodePDFRawStream(stream).decode();
}

/** The Type0 fonts of the document, with their descendant's descriptor. */
function fonts(pdf: PDFDocument) {
  const found: Array<{ baseFont: string; toUnicode: Uint8Array; fontFile: Uint8Array }> = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype'))?.toString() !== '/Type0') continue;
    const descendants = lookup(pdf, object.get(PDFName.of('DescendantFonts'))) as unknown as { array: PDFObject[] };
    const cidFont = lookup(pdf, descendants.array[0]) as PDFDict;
    const descriptor = lookup(pdf, cidFont.get(PDFName.of('FontDescriptor'))) as PDFDict;
    found.push({
      baseFont: object.get(PDFName.of('BaseFont'))!.toString().slice(1),
      toUnicode: streamBytes(pdf, object.get(PDFName.of('ToUnicode'))),
      fontFile: streamBytes(pdf, descriptor.get(PDFName.of('FontFile2'))),
    });
  }
  return found;
}

/** glyph id in the subset → the character it draws, from the ToUnicode CMap's bfchar and bfrange entries */
function glyphCharacters(cmap: string): Map<number, string> {
  const characters = new Map<number, string>();
  const hex = (h: string) => parseInt(h, 16);
  const text = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map(hex)).normalize();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, gid, unicode] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      characters.set(hex(gid), text(unicode));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from, to, list] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
      const targets = [...list.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => text(m[1]));
      for (let gid = hex(from); gid <= hex(to); gid++) characters.set(gid, targets[gid - hex(from)]);
    }
  return characters;
}

describe('the result PDF', () => {
  let bytes: Uint8Array;
  let pdf: PDFDocument;
  beforeAll(async () => {
    bytes = await renderResultPdf(document);
    pdf = await PDFDocument.load(bytes);
  });

  it('is one A4 page that pdf-lib parses back, titled with the number', () => {
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(pdf.getTitle()).toBe('准予办理证明 BM-JG2026-000017');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-12-06T02:30:00.000Z');
  });

  it('embeds the Chinese font as a tagged subset, a small fraction of the 10 MB font', () => {
    const [font, ...others] = fonts(pdf);
    expect(others).toHaveLength(0);
    expect(font.baseFont).toMatch(/^[A-Z]{6}\+NotoSansSC-Regular$/);
    expect(font.fontFile.length).toBeGreaterThan(1000);
    expect(font.fontFile.length).toBeLessThan(200_000);
    expect(bytes.length).toBeLessThan(100_000);
  });

  it('draws each character of the subset with one of the font’s own outlines for it', () => {
    const [font] = fonts(pdf);
    const subset = fontkit.create(font.fontFile);
    const characters = glyphCharacters(Buffer.from(font.toUnicode).toString('latin1'));
    for (const name of ['欧阳娜娜', '残疾人证核发', '城关镇便民服务中心', 'BM-JG2026-000017'])
      for (const character of name) expect([...characters.values()]).toContain(character);
    for (const [gid, character] of characters) {
      // shaping picks the glyph by context (figures after Latin letters differ; fi is one glyph for two characters)
      const outlines = [original.layout(character), original.layout(`G${character}`)]
        .map((run) => run.glyphs.at(-1)!)
        .map((glyph) => glyph.path.toSVG());
      expect({ character, outline: outlines.includes(subset.getGlyph(gid).path.toSVG()) }).toEqual({
        character,
        outline: true,
      });
    }
  });

  it('varies the subset tag with the document and says 长期有效 when there is no limit', async () => {
    const unlimited = await renderResultPdf({ ...document, resultNo: 'BM-JG2026-000018', validUntil: undefined });
    const [other] = fonts(await PDFDocument.load(unlimited));
    expect(other.baseFont).not.toBe(fonts(pdf)[0].baseFont);
    const characters = [...glyphCharacters(Buffer.from(other.toUnicode).toString('latin1')).values()];
    for (const character of '长期有效') expect(characters).toContain(character);
  });
});

describe('a TrueType subset of Noto Sans SC', () => {
  // @pdf-lib/fontkit wrote glyph records unpadded under a short loca: most glyphs after the first odd-length one
  // came out shifted or blank (platform/pdf/fontkit-glyph-alignment.ts)
  it('keeps every glyph’s outline, whatever the length of the records before it', async () => {
    alignSubsetGlyphs(original);
    const glyphs = original.layout(
      '便民服务中心残疾人证核发欧阳娜娜准予办理证明批复告知书有效期长期2026年12月06日',
    ).glyphs;
    const subset = original.createSubset();
    for (const glyph of glyphs) subset.includeGlyph(glyph);
    const parts: Uint8Array[] = [];
    await new Promise((resolve) =>
      subset
        .encodeStream()
        .on('data', (b: Uint8Array) => parts.push(b))
        .on('end', resolve),
    );
    const parsed = fontkit.create(Buffer.concat(parts));
    const unique = [...new Map(glyphs.map((g) => [g.id, g])).values()];
    unique.forEach((glyph, index) =>
      // subset glyph 0 is .notdef; the others follow in the order they were included
      expect(parsed.getGlyph(index + 1).path.toSVG()).toBe(glyph.path.toSVG()),
    );
  });
});
