import { median } from './measure';
import type { ServerPass } from './servers';

/** value ÷ baseline must be at least / at most `ratio`; `maxValue` also caps the figure itself (e.g. < 50 ms). */
export type Goal = { kind: 'atLeast'; ratio: number } | { kind: 'atMost'; ratio: number; maxValue?: number };

/** One run of a figure and of its raw baseline, measured back to back in the same run. */
export interface Run {
  value: number;
  baseline: number;
}

export interface Figure {
  /** the bench that measured it (set by bench/run.ts) */
  bench?: string;
  /** the --servers=both pass that measured it; unset: the run's first server (set by bench/run.ts) */
  server?: ServerPass;
  section: string;
  name: string;
  unit: string;
  baselineName: string;
  runs: Run[];
  goal?: Goal;
  /** a fact about this figure the table should carry (sample size, what was skipped) */
  note?: string;
  /** names the peer figure (PeerFigure.key) measuring the same thing on another engine in the same run */
  peerKey?: string;
}

/**
 * A figure of another engine doing the same work in the same run (bench/flowable.bench.ts), set beside the product's
 * figure of the same key: the ratio is OneWindow ÷ the peer, the goal on that ratio.
 */
export interface PeerFigure {
  bench?: string;
  /** the engine, e.g. "Flowable 7.1.0" */
  peer: string;
  key: string;
  name: string;
  unit: string;
  /** the peer's figure, one per run */
  runs: number[];
  goal?: Goal;
  note?: string;
}

export interface PeerSummary {
  peerValue: number;
  /** the product's figure of the same key, or undefined when this run did not measure it */
  product?: Figure;
  value?: number;
  ratio?: number;
  pass?: boolean;
}

/** The peer's median against the product's (the medians of their runs: they ran apart, not in pairs). */
export function summarisePeer(peer: PeerFigure, figures: Figure[]): PeerSummary {
  const peerValue = median(peer.runs);
  const product = figures.find((f) => f.peerKey === peer.key);
  if (!product) return { peerValue };
  const value = median(product.runs.map((r) => r.value));
  const ratio = value / peerValue;
  const { goal } = peer;
  const pass = goal && (goal.kind === 'atLeast' ? ratio >= goal.ratio : ratio <= goal.ratio);
  return { peerValue, product, value, ratio, pass };
}

export interface Summary {
  value: number;
  baseline: number;
  /** median of the per-run ratios: each run's pair saw the same machine state */
  ratio: number;
  pass?: boolean;
}

export function summarise(figure: Figure): Summary {
  const value = median(figure.runs.map((r) => r.value));
  const baseline = median(figure.runs.map((r) => r.baseline));
  const ratio = median(figure.runs.map((r) => r.value / r.baseline));
  const { goal } = figure;
  if (!goal) return { value, baseline, ratio };
  const pass =
    goal.kind === 'atLeast'
      ? ratio >= goal.ratio
      : ratio <= goal.ratio && (goal.maxValue === undefined || value < goal.maxValue);
  return { value, baseline, ratio, pass };
}

export function describeGoal(goal: Goal | undefined, unit: string): string {
  if (!goal) return '—';
  if (goal.kind === 'atLeast') return `ratio ≥ ${goal.ratio}`;
  return `ratio ≤ ${goal.ratio}${goal.maxValue !== undefined ? ` and < ${goal.maxValue} ${unit}` : ''}`;
}

/** A goal's result as the report's tables show it. */
export function resultCell(pass: boolean | undefined): string {
  if (pass === undefined) return 'info';
  return pass ? '**pass**' : '**FAIL**';
}

/** Three significant figures, without trailing noise. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString('en-US');
  return Number(n.toPrecision(3)).toString();
}
