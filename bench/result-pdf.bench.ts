import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { chineseDate } from '../domain/result';
import { NOTO_SANS_SC_PATH, notoSansSc } from '../platform/pdf/noto-sans-sc';
import { drawQrCode } from '../platform/pdf/qr-code';
import { renderResultPdf, type ResultDocument } from '../platform/pdf/result-pdf';
import type { Figure, Run } from './lib/figures';
import { percentile } from './lib/measure';

const SECTION = '8. Result PDF (出证)';
const HOLDERS = ['张三', '欧阳娜娜', '买买提·艾力', '李四', '王小明', '诸葛亮'];
const ITEMS = ['高龄津贴申请', '残疾人证核发（新办）', '生育登记服务', '最低生活保障申请'];

function sample(i: number): ResultDocument {
  return {
    resultNo: `BM-JG2026-${String(i + 1).padStart(6, '0')}`,
    resultType: (['certificate', 'approval', 'notice'] as const)[i % 3],
    centreName: '城关镇便民服务中心',
    holderName: HOLDERS[i % HOLDERS.length],
    itemName: ITEMS[i % ITEMS.length],
    itemCode: 'MZ-004',
    receiptNo: `BM-20261206-${String(i + 1).padStart(5, '0')}`,
    issuedOn: '2026-12-06',
    validUntil: i % 2 ? '2031-12-06' : undefined,
    issuedAt: new Date('2026-12-06T02:30:00Z'),
    verifyUrl: `https://zwfw.example.gov.cn/verify/${Buffer.from(`code-${i}-padding-xx`).toString('base64url').slice(0, 22)}`,
  };
}

/**
 * The floor: pdf-lib as its documentation uses it, with the same font embedded as a subset, the same lines of text
 * (one drawText each, no layout) and the same QR code, saved. Its fontkit parses the font for every document.
 */
async function bareDocument(font: Uint8Array, d: ResultDocument): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const embedded = await doc.embedFont(font, { subset: true });
  const page = doc.addPage([595.28, 841.89]);
  const lines = [
    d.centreName,
    d.resultType,
    `编号：${d.resultNo}`,
    `${d.holderName}申请办理的“${d.itemName}”符合规定条件，准予办理。`,
    d.holderName,
    d.itemName,
    d.receiptNo,
    chineseDate(d.issuedOn),
    d.validUntil ? chineseDate(d.validUntil) : '长期有效',
    d.verifyUrl,
  ];
  lines.forEach((text, i) => page.drawText(text, { x: 56, y: 760 - i * 30, size: 12, font: embedded }));
  drawQrCode(page, d.verifyUrl, { x: 56, y: 84, size: 118 });
  return doc.save();
}

async function timeEach(count: number, make: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await make(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** renderResultPdf (the activity's document) against the bare pdf-lib document, p95 of each per run, in one process. */
export async function benchResultPdf(runs: number, quick: boolean, log: (m: string) => void): Promise<Figure[]> {
  const font = new Uint8Array(readFileSync(NOTO_SANS_SC_PATH));
  await notoSansSc();
  const count = quick ? 20 : 100;
  // warm both paths (the first document of a process parses the font's shaping tables)
  await timeEach(3, (i) => renderResultPdf(sample(i)));
  await timeEach(3, (i) => bareDocument(font, sample(i)));
  const results: Run[] = [];
  for (let run = 1; run <= runs; run++) {
    const value = percentile(await timeEach(count, (i) => renderResultPdf(sample(i))), 95);
    const baseline = percentile(await timeEach(count, (i) => bareDocument(font, sample(i))), 95);
    results.push({ value, baseline });
    log(`result PDF run ${run}: p95 ${value.toFixed(1)} ms, bare pdf-lib p95 ${baseline.toFixed(1)} ms`);
  }
  return [
    {
      section: SECTION,
      name: 'one result PDF (A4, Noto Sans SC subset, QR code), p95',
      unit: 'ms',
      baselineName: 'bare pdf-lib document: same font subset, same text and QR code, font parsed per document',
      runs: results,
      note: `${count} documents per run; ours parses the 10 MB font once per process (platform/pdf/noto-sans-sc.ts)`,
    },
  ];
}
