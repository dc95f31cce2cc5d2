import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import { alignSubsetGlyphs } from './fontkit-glyph-alignment';

/** Noto Sans SC Regular (SIL Open Font License), from @expo-google-fonts/noto-sans-sc: 10 MB, so embedded as a subset. */
export const NOTO_SANS_SC_PATH =
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
export const NOTO_SANS_SC_NAME = 'NotoSansSC-Regular';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

export interface LoadedFont {
  bytes: Uint8Array;
  /** for `PDFDocument.registerFontkit`: hands pdf-lib the font parsed once instead of parsing 10 MB per document */
  fontkit: Fontkit;
}

/**
 * pdf-lib asks fontkit to parse the font for every document, which copies the 10 MB byte by byte first (about 50 ms
 * and 10 MB of garbage a document). Subsetting only reads the parsed font (each document builds its own subset), so
 * one parse serves them all.
 */
function parsedOnce(bytes: Uint8Array): Fontkit {
  const font = fontkit.create(bytes);
  alignSubsetGlyphs(font);
  return {
    create: (data, postscriptName) => (data === bytes && !postscriptName ? font : fontkit.create(data, postscriptName)),
  };
}

let loading: Promise<LoadedFont> | undefined;

/** The font, read and parsed once per process (with the subset fix applied). */
export function notoSansSc(): Promise<LoadedFont> {
  if (!loading) {
    loading = readFile(NOTO_SANS_SC_PATH).then((buffer) => {
      const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      return { bytes, fontkit: parsedOnce(bytes) };
    });
    // a failed read is tried again by the next document, not remembered
    loading.catch(() => (loading = undefined));
  }
  return loading;
}
