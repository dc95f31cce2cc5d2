import type { CsvColumn } from '../shared/csv';
import type { AssessmentPerson, AssessmentReport, AssessmentStation } from './assessment.types';

/**
 * The columns of the assessment's exports, shared by the CSV files and the Excel workbook. Complaints upheld read
 * "—" while their source is not connected (complaints-upheld.ts), so no one reads a 0 as "none were upheld".
 */
type Figures = Omit<AssessmentPerson, 'userId' | 'name' | 'departmentName' | 'stationName' | 'roles'>;

const figureColumns = <T extends Figures>(report: AssessmentReport): CsvColumn<T>[] => [
  { header: '办结件数', value: (r) => r.finished },
  { header: '按时办结', value: (r) => r.onTime },
  { header: '按时办结率（%）', value: (r) => r.onTimeRate ?? '' },
  { header: '平均用时（天）', value: (r) => r.avgDaysUsed ?? '' },
  { header: '较承诺时限平均提前（天，负数为超期）', value: (r) => r.avgDaysAhead ?? '' },
  { header: '评价数', value: (r) => r.ratings },
  { header: '平均评分', value: (r) => r.avgRating ?? '' },
  { header: '好评数（4–5 分）', value: (r) => r.goodRatings },
  {
    header: report.complaintsSource.connected ? '投诉属实' : '投诉属实（未接入）',
    value: (r) => (report.complaintsSource.connected ? r.complaintsUpheld : '—'),
  },
  { header: '首问登记', value: (r) => r.firstAsks },
];

export const personColumns = (report: AssessmentReport): CsvColumn<AssessmentPerson>[] => [
  { header: '姓名', value: (p) => p.name },
  { header: '部门', value: (p) => p.departmentName },
  { header: '便民服务站', value: (p) => p.stationName ?? '' },
  ...figureColumns<AssessmentPerson>(report),
];

export const stationColumns = (report: AssessmentReport): CsvColumn<AssessmentStation>[] => [
  { header: '编号', value: (s) => s.code },
  { header: '便民服务站', value: (s) => s.name },
  { header: '村（社区）', value: (s) => s.village },
  { header: '代办员', value: (s) => s.agents },
  ...figureColumns<AssessmentStation>(report),
  { header: `效率（权重 ${report.weights.efficiency}）`, value: (s) => s.parts.efficiency ?? '' },
  { header: `质量（权重 ${report.weights.quality}）`, value: (s) => s.parts.quality ?? '' },
  { header: `绩效（权重 ${report.weights.performance}）`, value: (s) => s.parts.performance ?? '' },
  { header: '服务指数', value: (s) => s.serviceIndex ?? '' },
];

/** what each figure means, for the workbook's 说明 sheet */
export const DEFINITIONS: Array<[string, string]> = [
  [
    '办结件数',
    '统计期内办结（含退办）的办件：个人为其受理、代办或办理过某一环节的办件，便民服务站为其代办员代办的办件',
  ],
  ['按时办结率', '办结时未超过承诺时限（补正、延期后的期限）的办件所占比例'],
  ['平均用时', '自受理至办结的自然日，平均'],
  ['较承诺时限平均提前', '承诺期限与办结时间之差（自然日），平均；负数表示平均超期'],
  ['评价', '好差评：个人为统计期内对其受理的办件作出的评价，便民服务站为统计期内办结的代办件所得的评价'],
  ['首问登记', '统计期内登记的首问记录（首问责任制）'],
  ['效率', '按时办结率'],
  ['质量', '好评（4–5 分）占评价与属实投诉之和的比例'],
  ['绩效', '办结件数与首问登记之和，与统计期内最多的便民服务站相比'],
  ['服务指数', '效率、质量、绩效按管理员设定的权重加权平均；某项没有数据时按其余各项的权重计'],
];
