import QRCode from 'qrcode';
import { rgb, type PDFPage } from 'pdf-lib';

/** Modules of white around the symbol, as ISO/IEC 18004 asks for readers to find it. */
const QUIET_ZONE = 4;

/**
 * A QR code drawn as vector squares (sharp at any zoom or printer, a few hundred bytes), `size` points wide with its
 * quiet zone, lower-left corner at (x, y). Error correction M: a printed copy stays readable with a fold or a stain.
 */
export function drawQrCode(page: PDFPage, text: string, at: { x: number; y: number; size: number }): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = at.size / (modules.size + 2 * QUIET_ZONE);
  page.drawRectangle({ x: at.x, y: at.y, width: at.size, height: at.size, color: rgb(1, 1, 1) });
  for (let row = 0; row < modules.size; row++) {
    // runs of dark modules in a row as one rectangle: fewer operators, no hairline seams between cells
    for (let col = 0; col < modules.size;) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      page.drawRectangle({
        x: at.x + (QUIET_ZONE + start) * cell,
        y: at.y + at.size - (QUIET_ZONE + row + 1) * cell,
        width: (col - start) * cell,
        height: cell,
        color: rgb(0, 0, 0),
      });
    }
  }
}
