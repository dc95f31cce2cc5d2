/**
 * Why a matter's clock stops (暂停计时), each reason with the rule it follows (docs/time-limits.md, "When the clock
 * stops"). The workflow, the API's schemas, the deadline's explanation and the console read the kinds from here.
 */

/**
 * 行政许可法第四十五条: time the office needs for a hearing, tendering or auction, inspection, testing, quarantine,
 * appraisal or expert review is not counted in its limit (the applicant is told in writing). Staff start and end
 * each one.
 */
export const ART45_SUSPENSION_KINDS = [
  'hearing',
  'tenderingAuction',
  'inspection',
  'testing',
  'quarantine',
  'appraisal',
  'expertReview',
] as const;
export type Art45SuspensionKind = (typeof ART45_SUSPENSION_KINDS)[number];

/** 补正 (art. 32): the matter waits for the applicant's missing materials; started by a step's 补正 request. */
export const SUPPLEMENT_STOP = 'supplement';
/**
 * 上报件: the centre has reported the matter up and waits for the higher authority's decision (arts. 35, 43: the
 * lower office's own part ends when it reports up). Opened by the workflow when it starts waiting for the answer.
 */
export const HIGHER_AUTHORITY_STOP = 'higherAuthority';

export type ClockStopKind = Art45SuspensionKind | typeof SUPPLEMENT_STOP | typeof HIGHER_AUTHORITY_STOP;

export const isArt45Kind = (kind: unknown): kind is Art45SuspensionKind =>
  (ART45_SUSPENSION_KINDS as readonly unknown[]).includes(kind);

interface StopText {
  zh: string;
  en: string;
  /** the article the stop rests on, as the deadline's explanation cites it */
  basisZh: string;
  basisEn: string;
}

const ART45 = { basisZh: '行政许可法第四十五条', basisEn: 'Licensing Law art. 45' };

export const CLOCK_STOP_TEXT: Record<ClockStopKind, StopText> = {
  supplement: { zh: '补正', en: 'supplement', basisZh: '行政许可法第三十二条', basisEn: 'Licensing Law art. 32' },
  hearing: { zh: '听证', en: 'hearing', ...ART45 },
  tenderingAuction: { zh: '招标、拍卖', en: 'tendering or auction', ...ART45 },
  inspection: { zh: '检验', en: 'inspection', ...ART45 },
  testing: { zh: '检测', en: 'testing', ...ART45 },
  quarantine: { zh: '检疫', en: 'quarantine', ...ART45 },
  appraisal: { zh: '鉴定', en: 'appraisal', ...ART45 },
  expertReview: { zh: '专家评审', en: 'expert review', ...ART45 },
  higherAuthority: {
    zh: '等待上级机关决定',
    en: "waiting for the higher authority's decision",
    basisZh: '行政许可法第三十五条、第四十三条',
    basisEn: 'Licensing Law arts. 35 and 43',
  },
};

/** The text of a stop's kind; a kind written before this table (or by a tool) reads as art. 45 or 32. */
export function clockStopText(kind: string | undefined): StopText | undefined {
  return kind && Object.hasOwn(CLOCK_STOP_TEXT, kind) ? CLOCK_STOP_TEXT[kind as ClockStopKind] : undefined;
}
