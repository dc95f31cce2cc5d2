/**
 * 送达: how a result reaches the applicant (on the spot, free mail, a self-service terminal) and, for mail, the
 * carrier and its tracking number as staff enter them from the waybill. Nothing here invents a number.
 */

export const DELIVERY_METHODS = ['ONSITE', 'MAIL', 'TERMINAL'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** The deliver step's form offers the Chinese names (bpmn/procedures/*.bpmn); the record keeps the code. */
const METHOD_NAMES: Record<string, DeliveryMethod> = {
  窗口领取: 'ONSITE',
  免费邮寄: 'MAIL',
  自助终端: 'TERMINAL',
  ONSITE: 'ONSITE',
  MAIL: 'MAIL',
  TERMINAL: 'TERMINAL',
};

export const deliveryMethodOf = (value: unknown): DeliveryMethod | undefined =>
  typeof value === 'string' ? METHOD_NAMES[value.trim()] : undefined;

export interface Carrier {
  code: string;
  zh: string;
  en: string;
  /** the shapes of its waybill numbers, after spaces are removed and letters upper-cased */
  patterns: readonly RegExp[];
  /** shown in the error when a number does not fit */
  exampleZh: string;
  exampleEn: string;
}

/**
 * The carriers a centre mails results with. Government free mail is mostly EMS (政务EMS); the others are for
 * centres with their own contracts. The shapes are the carriers' published waybill formats: UPU S10 (two letters,
 * nine digits, two letters) or 13 digits for China Post and EMS; SF + 13 digits (or 12 digits) for SF Express;
 * JD/JDV + digits for JD Logistics; the other express companies print 10 to 15 digits (YT + 13 digits for YTO).
 */
export const CARRIERS: readonly Carrier[] = [
  {
    code: 'EMS',
    zh: '中国邮政EMS',
    en: 'China Post EMS',
    patterns: [/^[A-Z]{2}\d{9}[A-Z]{2}$/, /^\d{13}$/],
    exampleZh: '如 EA123456789CN 或 13 位数字',
    exampleEn: 'e.g. EA123456789CN or 13 digits',
  },
  {
    code: 'CHINA_POST',
    zh: '中国邮政',
    en: 'China Post',
    patterns: [/^[A-Z]{2}\d{9}[A-Z]{2}$/, /^\d{13}$/],
    exampleZh: '如 RR123456789CN 或 13 位数字',
    exampleEn: 'e.g. RR123456789CN or 13 digits',
  },
  {
    code: 'SF',
    zh: '顺丰速运',
    en: 'SF Express',
    patterns: [/^SF\d{13}$/, /^\d{12}$/],
    exampleZh: '如 SF1234567890123 或 12 位数字',
    exampleEn: 'e.g. SF1234567890123 or 12 digits',
  },
  {
    code: 'JD',
    zh: '京东物流',
    en: 'JD Logistics',
    patterns: [/^JDV?[A-Z0-9]\d{10,14}$/],
    exampleZh: '如 JD0123456789012 或 JDV012345678901',
    exampleEn: 'e.g. JD0123456789012 or JDV012345678901',
  },
  {
    code: 'ZTO',
    zh: '中通快递',
    en: 'ZTO Express',
    patterns: [/^\d{12,15}$/],
    exampleZh: '12 至 15 位数字',
    exampleEn: '12 to 15 digits',
  },
  {
    code: 'YTO',
    zh: '圆通速递',
    en: 'YTO Express',
    patterns: [/^YT\d{13}$/, /^\d{10,15}$/],
    exampleZh: '如 YT1234567890123，或 10 至 15 位数字',
    exampleEn: 'e.g. YT1234567890123, or 10 to 15 digits',
  },
  {
    code: 'YUNDA',
    zh: '韵达快递',
    en: 'Yunda Express',
    patterns: [/^\d{13,15}$/],
    exampleZh: '13 至 15 位数字',
    exampleEn: '13 to 15 digits',
  },
  {
    code: 'STO',
    zh: '申通快递',
    en: 'STO Express',
    patterns: [/^\d{12,15}$/],
    exampleZh: '12 至 15 位数字',
    exampleEn: '12 to 15 digits',
  },
];

export const CARRIER_CODES = CARRIERS.map((c) => c.code) as [string, ...string[]];

/** A carrier by its code or its Chinese name (the deliver step's form offers the names). */
export function carrierOf(value: unknown): Carrier | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim();
  return CARRIERS.find((c) => c.code === key.toUpperCase() || c.zh === key);
}

export const normalizeTrackingNo = (input: string) => input.replace(/[\s-]+/g, '').toUpperCase();

/** A refusal as the engine and the API carry them: a stable code and the reason in both languages. */
export interface Problem {
  code: 'CARRIER_UNKNOWN' | 'TRACKING_NO_MISSING' | 'TRACKING_NO_SHAPE';
  zh: string;
  en: string;
}

/** The carrier and its tracking number as entered; a problem in both languages when either is wrong. */
export function checkMailWaybill(
  carrierInput: unknown,
  trackingInput: unknown,
): { ok: true; carrier: Carrier; trackingNo: string } | { ok: false; problem: Problem } {
  const carrier = carrierOf(carrierInput);
  if (!carrier)
    return {
      ok: false,
      problem: {
        code: 'CARRIER_UNKNOWN',
        zh: `请选择快递公司（${CARRIERS.map((c) => c.zh).join('、')}）`,
        en: `choose a carrier (${CARRIER_CODES.join(', ')})`,
      },
    };
  const trackingNo = typeof trackingInput === 'string' ? normalizeTrackingNo(trackingInput) : '';
  if (!trackingNo)
    return {
      ok: false,
      problem: { code: 'TRACKING_NO_MISSING', zh: '请填写邮寄单号', en: 'enter the tracking number' },
    };
  if (!carrier.patterns.some((p) => p.test(trackingNo)))
    return {
      ok: false,
      problem: {
        code: 'TRACKING_NO_SHAPE',
        zh: `${carrier.zh}单号格式不正确（${carrier.exampleZh}）`,
        en: `not a ${carrier.en} tracking number (${carrier.exampleEn})`,
      },
    };
  return { ok: true, carrier, trackingNo };
}

/**
 * The deliver step's form: free mail needs the carrier and a tracking number of its shape (the other methods need
 * neither). Checked by the workflow's validator before the step completes.
 */
export function deliveryFormProblem(form: Record<string, unknown>): Problem | undefined {
  if (deliveryMethodOf(form.deliveryMethod) !== 'MAIL') return undefined;
  const checked = checkMailWaybill(form.carrier, form.trackingNo);
  return checked.ok ? undefined : checked.problem;
}
