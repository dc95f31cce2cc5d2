/**
 * 服务指数: a village station's service index for the yearly assessment (考核), from three parts, each 0–100:
 * - efficiency (效率): the share of its finished matters finished within the promised limit;
 * - quality (质量): the share of good ratings (4–5) among its ratings, an upheld complaint counting as a bad one;
 * - performance (绩效): its workload (matters finished plus first-ask records) against the busiest station's.
 * The index is the weighted mean of the parts that have figures (a station with no ratings is judged on the other
 * two, its weights spread over them), one decimal; with no figures at all there is no index.
 */
export interface ServiceIndexWeights {
  efficiency: number;
  quality: number;
  performance: number;
}

export const SERVICE_INDEX_PARTS = ['efficiency', 'quality', 'performance'] as const;
export type ServiceIndexPart = (typeof SERVICE_INDEX_PARTS)[number];

/** what the weights must satisfy: whole numbers 0–100 adding up to 100 (also a CHECK in the database) */
export const WEIGHTS_TOTAL = 100;

export interface StationFigures {
  finished: number;
  onTime: number;
  ratings: number;
  goodRatings: number;
  complaintsUpheld: number;
  firstAsks: number;
}

export type ServiceIndexParts = Record<ServiceIndexPart, number | null>;

const percent = (part: number, whole: number) => (whole > 0 ? round1((part / whole) * 100) : null);
const round1 = (x: number) => Math.round(x * 10) / 10;

export const workloadOf = (f: StationFigures) => f.finished + f.firstAsks;

/** the three parts of one station, the busiest station's workload given */
export function serviceIndexParts(f: StationFigures, busiestWorkload: number): ServiceIndexParts {
  return {
    efficiency: percent(f.onTime, f.finished),
    quality: percent(f.goodRatings, f.ratings + f.complaintsUpheld),
    performance: percent(workloadOf(f), busiestWorkload),
  };
}

/** the weighted mean of the parts that have figures; null when none has */
export function serviceIndex(parts: ServiceIndexParts, weights: ServiceIndexWeights): number | null {
  let sum = 0;
  let weight = 0;
  for (const part of SERVICE_INDEX_PARTS) {
    const value = parts[part];
    if (value === null) continue;
    sum += value * weights[part];
    weight += weights[part];
  }
  return weight > 0 ? round1(sum / weight) : null;
}

/** why a set of weights is refused, or null when it is good */
export function weightsProblem(w: ServiceIndexWeights): { zh: string; en: string } | null {
  const values = SERVICE_INDEX_PARTS.map((p) => w[p]);
  if (values.some((v) => !Number.isInteger(v) || v < 0 || v > WEIGHTS_TOTAL))
    return { zh: '每项权重应为 0–100 的整数', en: 'each weight must be a whole number from 0 to 100' };
  const total = values.reduce((a, b) => a + b, 0);
  if (total !== WEIGHTS_TOTAL)
    return {
      zh: `三项权重之和应为 ${WEIGHTS_TOTAL}，现为 ${total}`,
      en: `the three weights must add up to ${WEIGHTS_TOTAL}, not ${total}`,
    };
  return null;
}
