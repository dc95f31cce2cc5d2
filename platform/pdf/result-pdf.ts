import { createHash } from 'node:crypto';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { chineseDate, RESULT_TYPE_LABELS, type ResultType } from '../../domain/result';
import { NOTO_SANS_SC_NAME, notoSansSc } from './noto-sans-sc';
import { drawQrCode } from './qr-code';

/** What a result document says (出证): everything is printed as given. */
export interface ResultDocument {
  resultNo: string;
  resultType: ResultType;
  centreName: string;
  holderName: string;
  itemName: string;
  itemCode: string;
  receiptNo: string;
  /** China civil dates, YYYY-MM-DD; no validUntil: 长期有效 */
  issuedOn: string;
  validUntil?: string;
  issuedAt: Date;
  /** the public verification page, encoded in the QR code */
  verifyUrl: string;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.4, 0.4, 0.4);
const FRAME = rgb(0.62, 0.12, 0.1);

const BODY: Record<ResultType, (d: ResultDocument) => string> = {
  certificate: (d) => `经审核，${d.holderName}申请办理的“${d.itemName}”符合规定条件，准予办理，特发此证明。`,
  approval: (d) => `${d.holderName}：你（单位）申请办理的“${d.itemName}”已收悉。经审查，同意所请，特此批复。`,
  notice: (d) => `${d.holderName}：你（单位）申请办理的“${d.itemName}”已办理完毕，现将办理结果告知如下：准予办理。`,
};

/** The six capital letters that tag a font subset in the PDF (ISO 32000-1 §9.6.4), one tag per document. */
function subsetTag(seed: string): string {
  return [...createHash('sha256').update(seed).digest().subarray(0, 6)]
    .map((byte) => String.fromCharCode(65 + (byte % 26)))
    .join('');
}

/**
 * Breaks text into lines no wider than `width` (Chinese breaks between any two characters). Each character is
 * measured once: measuring a growing line runs the font's shaping on it again for every character.
 */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const character of text) {
    const characterWidth = font.widthOfTextAtSize(character, size);
    if (line && lineWidth + characterWidth > width) {
      lines.push(line);
      line = '';
      lineWidth = 0;
    }
    line += character;
    lineWidth += characterWidth;
  }
  if (line) lines.push(line);
  return lines;
}

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = INK) {
  page.drawText(text, { x: (A4.width - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color });
}

function frame(page: PDFPage) {
  const outer = 28;
  const inner = 34;
  for (const [inset, thickness] of [
    [outer, 2],
    [inner, 0.6],
  ] as const)
    page.drawRectangle({
      x: inset,
      y: inset,
      width: A4.width - 2 * inset,
      height: A4.height - 2 * inset,
      borderColor: FRAME,
      borderWidth: thickness,
    });
}

/**
 * The result as an A4 PDF: centre, kind, number, holder, item, dates, validity, issuer and a QR code of the public
 * verification address. The Chinese font is embedded as a subset of the characters used (a few dozen KB).
 */
export async function renderResultPdf(d: ResultDocument): Promise<Uint8Array> {
  const label = RESULT_TYPE_LABELS[d.resultType];
  const cjk = await notoSansSc();
  const doc = await PDFDocument.create();
  doc.registerFontkit(cjk.fontkit);
  const font = await doc.embedFont(cjk.bytes, {
    subset: true,
    customName: `${subsetTag(`${d.resultNo} ${d.verifyUrl}`)}+${NOTO_SANS_SC_NAME}`,
  });
  doc.setTitle(`${label.title} ${d.resultNo}`);
  doc.setSubject(d.itemName);
  doc.setAuthor(d.centreName);
  doc.setCreator('OneWindow 一窗通办');
  doc.setProducer('OneWindow 一窗通办 (pdf-lib)');
  doc.setLanguage('zh-CN');
  doc.setCreationDate(d.issuedAt);
  doc.setModificationDate(d.issuedAt);

  const page = doc.addPage([A4.width, A4.height]);
  frame(page);
  let y = A4.height - 92;
  centred(page, d.centreName, y, font, 16, MUTED);
  y -= 56;
  centred(page, label.title, y, font, 30);
  y -= 22;
  centred(page, label.en, y, font, 11, MUTED);
  y -= 34;
  const number = `编号：${d.resultNo}`;
  page.drawText(number, {
    x: A4.width - MARGIN - font.widthOfTextAtSize(number, 11),
    y,
    size: 11,
    font,
    color: INK,
  });

  y -= 44;
  for (const line of wrap(BODY[d.resultType](d), font, 14, A4.width - 2 * MARGIN - 28)) {
    page.drawText(line, { x: MARGIN + 14, y, size: 14, font, color: INK });
    y -= 24;
  }

  y -= 18;
  const rows: Array<[string, string]> = [
    ['持 有 人', d.holderName],
    ['办理事项', `${d.itemName}（${d.itemCode}）`],
    ['结果类型', label.zh],
    ['受理编号', d.receiptNo],
    ['发证日期', chineseDate(d.issuedOn)],
    ['有 效 期', d.validUntil ? `${chineseDate(d.issuedOn)}至${chineseDate(d.validUntil)}` : '长期有效'],
    ['发证机关', d.centreName],
  ];
  for (const [name, value] of rows) {
    page.drawText(name, { x: MARGIN + 14, y, size: 12, font, color: MUTED });
    const lines = wrap(value, font, 12, A4.width - 2 * MARGIN - 118);
    for (const line of lines) {
      page.drawText(line, { x: MARGIN + 104, y, size: 12, font, color: INK });
      y -= 20;
    }
    y -= 8;
  }

  const qrSize = 118;
  const qrY = 84;
  drawQrCode(page, d.verifyUrl, { x: MARGIN, y: qrY, size: qrSize });
  page.drawText('扫码核验真伪 / Scan to verify', { x: MARGIN + qrSize + 10, y: qrY + 68, size: 10, font, color: INK });
  for (const [index, line] of wrap(d.verifyUrl, font, 8, 180).entries())
    page.drawText(line, { x: MARGIN + qrSize + 10, y: qrY + 52 - index * 11, size: 8, font, color: MUTED });

  const issuer = [d.centreName, chineseDate(d.issuedOn)];
  issuer.forEach((line, index) =>
    page.drawText(line, {
      x: A4.width - MARGIN - 14 - font.widthOfTextAtSize(line, 13),
      y: qrY + 60 - index * 22,
      size: 13,
      font,
      color: INK,
    }),
  );
  return doc.save();
}

/**
 * Renders a sample document and drops it: the first document of a process reads and parses the font and its shaping
 * tables (a second or two); a worker does that while it starts, not while the first matter waits for its result.
 */
export async function warmUpResultPdf(): Promise<void> {
  await renderResultPdf({
    resultNo: 'BM-JG2000-000001',
    resultType: 'certificate',
    centreName: '便民服务中心',
    holderName: '张三',
    itemName: '示例事项',
    itemCode: 'X-000',
    receiptNo: 'BM-20000101-00001',
    issuedOn: '2000-01-01',
    issuedAt: new Date(0),
    verifyUrl: 'http://localhost/verify/AAAAAAAAAAAAAAAAAAAAAA',
  });
}
