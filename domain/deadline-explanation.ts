/** The bilingual lines that explain a computed deadline to staff and applicants, each citing its rule. */
import { clockStopText } from './clock-stops';
import { EXTENSION_MAX_WORKING_DAYS } from './legal-limits';

export type DeadlineStepCode =
  | 'ACCEPTED'
  | 'SAME_DAY'
  | 'LIMIT'
  | 'EXTENSION'
  | 'EXTENSION_BEYOND_STATUTE'
  | 'SUSPENSION'
  | 'SUSPENSION_OPEN'
  | 'SUSPENSION_AFTER_DUE'
  | 'PROVISIONAL'
  | 'DUE';

export interface DeadlineStep {
  code: DeadlineStepCode;
  messageZh: string;
  messageEn: string;
}

/** Why the clock stopped and on what basis, from the kinds merged into one span; unnamed spans cite arts. 45 and 32. */
function stopReasons(kinds: readonly string[]) {
  const texts = kinds.flatMap((kind) => clockStopText(kind) ?? []);
  if (texts.length === 0)
    return {
      whyZh: '',
      whyEn: '',
      basisZh: '行政许可法第四十五条、第三十二条',
      basisEn: 'Licensing Law arts. 45 and 32',
    };
  const unique = (values: string[]) => [...new Set(values)];
  return {
    whyZh: `因${texts.map((t) => t.zh).join('、')}`,
    whyEn: ` (${texts.map((t) => t.en).join(', ')})`,
    basisZh: unique(texts.map((t) => t.basisZh)).join('；'),
    basisEn: unique(texts.map((t) => t.basisEn)).join('; '),
  };
}

const step = (code: DeadlineStepCode, messageZh: string, messageEn: string): DeadlineStep => ({
  code,
  messageZh,
  messageEn,
});

export const explain = {
  accepted: (startDate: string) =>
    step(
      'ACCEPTED',
      `${startDate} 受理，受理当日不计入期限，自次日起算（民法典第二百零一条）。`,
      `Accepted on ${startDate}; that day is not counted, counting starts the next day (Civil Code art. 201).`,
    ),
  sameDay: (startDate: string) =>
    step(
      'SAME_DAY',
      `即办件，受理当日 ${startDate} 办结。`,
      `Immediate case: finished on the day of acceptance, ${startDate}.`,
    ),
  limit: (days: number) =>
    step(
      'LIMIT',
      `时限 ${days} 个工作日，法定节假日不计，调休上班日计入（行政许可法第八十二条）。`,
      `Limit of ${days} working days; statutory holidays are excluded, make-up workdays count (Licensing Law art. 82).`,
    ),
  extension: (days: number) =>
    step(
      'EXTENSION',
      `经批准延长 ${days} 个工作日（行政许可法第四十二条）。`,
      `Extended by ${days} working days with approval (Licensing Law art. 42).`,
    ),
  extensionBeyondStatute: (count: number, total: number) =>
    step(
      'EXTENSION_BEYOND_STATUTE',
      `共延长 ${count} 次、${total} 个工作日，超过行政许可法第四十二条"延长一次、${EXTENSION_MAX_WORKING_DAYS} 个工作日"，请核对法律依据。`,
      `${count} extension(s) totalling ${total} working days exceed Licensing Law art. 42 (one extension of ${EXTENSION_MAX_WORKING_DAYS} working days); check the legal basis.`,
    ),
  suspension: (fromDate: string, toDate: string, days: number, kinds: readonly string[] = []) => {
    const r = stopReasons(kinds);
    return step(
      'SUSPENSION',
      `${fromDate} 至 ${toDate} ${r.whyZh}暂停计时，不计入期限，扣除 ${days} 个工作日（${r.basisZh}）。`,
      `Clock stopped${r.whyEn} from ${fromDate} to ${toDate}: ${days} working days not counted (${r.basisEn}).`,
    );
  },
  suspensionOpen: (fromDate: string, asOfDate: string, days: number, kinds: readonly string[] = []) => {
    const r = stopReasons(kinds);
    return step(
      'SUSPENSION_OPEN',
      `自 ${fromDate} 起${r.whyZh}暂停计时，尚未恢复；截至 ${asOfDate} 已扣除 ${days} 个工作日，恢复前期限逐日顺延（${r.basisZh}）。`,
      `Clock stopped${r.whyEn} since ${fromDate} and not resumed; ${days} working days not counted as of ${asOfDate}; the due date moves on until it resumes (${r.basisEn}).`,
    );
  },
  suspensionAfterDue: (fromDate: string) =>
    step(
      'SUSPENSION_AFTER_DUE',
      `${fromDate} 开始的暂停晚于期限届满，不顺延期限。`,
      `The suspension starting ${fromDate} began after the limit had expired and does not extend it.`,
    ),
  provisional: (years: readonly number[]) =>
    step(
      'PROVISIONAL',
      `${years.join('、')} 年放假安排尚未公布，暂按全国年节及纪念日放假办法规定的法定节假日推算；公布后重新计算。`,
      `The ${years.join(', ')} holiday schedule is not published yet; statutory holidays (Measures on National Holidays) are skipped for now and the date will be recomputed once it is.`,
    ),
  due: (dueDate: string, time: string) =>
    step(
      'DUE',
      `期限届满于 ${dueDate} ${time}（民法典第二百零三条）。`,
      `The limit ends on ${dueDate} at ${time} (Civil Code art. 203).`,
    ),
};
