interface TtfSubset {
  glyf: Array<Uint8Array & { copy(target: Uint8Array): number }>;
  offset: number;
  _addGlyph(gid: number): number;
}

let applied = false;

/**
 * @pdf-lib/fontkit 1.1.1 (pdf-lib's fork, unmaintained) writes a TrueType subset with the short `loca` format,
 * which stores each glyph's offset halved, without padding glyph records to an even length: after the first odd
 * record every later glyph points one byte off and renders blank (Hopding/pdf-lib#1232; fixed upstream in fontkit
 * 1.8, foliojs/fontkit#191, which pdf-lib cannot take). Noto Sans SC has many odd records, so most Chinese characters
 * of a subset came out empty. This pads each record as the TrueType spec asks (glyph data 2-byte aligned for the short
 * format), once per process, on the subset class the fork builds; tests/unit/platform/result-pdf.test.ts checks every
 * glyph of a subset against the font.
 */
export function alignSubsetGlyphs(font: { createSubset(): unknown }): void {
  if (applied) return;
  const subsetClass = Object.getPrototypeOf(font.createSubset()) as TtfSubset;
  if (typeof subsetClass._addGlyph !== 'function') throw new Error('@pdf-lib/fontkit changed: no TTFSubset._addGlyph');
  const addGlyph = subsetClass._addGlyph;
  subsetClass._addGlyph = function (this: TtfSubset, gid: number) {
    const index = addGlyph.call(this, gid);
    const record = this.glyf[index];
    if (record.length % 2) {
      // the fork's own Buffer class: its encoder refuses Node's
      const padded = (record.constructor as unknown as { alloc(n: number): typeof record }).alloc(record.length + 1);
      record.copy(padded);
      this.glyf[index] = padded;
      this.offset += 1;
    }
    return index;
  };
  applied = true;
}
