/**
 * ISO 8601 timer values as BPMN's standard timer definitions carry them: durations (`P3D`, `PT2H`, `P1M`), instants
 * (`2026-10-08T09:00:00+08:00`) and repeating intervals (`R3/PT1H`, `R/P1D`). Calendar units (years, months) count in
 * China time; days are 24 hours (China keeps no daylight saving). Pure: the compiler and the timer activity share it.
 */
import type { TimerSpec } from './deadline';

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DURATION =
  /^P(?!$)(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?(?:T(?!$)(?:(\d{1,6})H)?(?:(\d{1,7})M)?(?:(\d{1,8})S)?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const CYCLE = /^R(\d{0,6})\/(P[^/]+)$/;

export interface IsoDuration {
  years: number;
  months: number;
  /** weeks, days, hours, minutes and seconds together */
  fixedMs: number;
}

export function parseIsoDuration(text: string): IsoDuration | undefined {
  const m = DURATION.exec(text.trim());
  if (!m) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = m.slice(1).map((v) => Number(v ?? 0));
  const fixedMs = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
  if (years === 0 && months === 0 && fixedMs === 0) return undefined;
  return { years, months, fixedMs };
}

/** The instant a duration after `from`: calendar months first (in China time), then the fixed part. */
export function addIsoDuration(from: Date, duration: IsoDuration): Date {
  const china = new Date(from.getTime() + CHINA_OFFSET_MS);
  china.setUTCMonth(china.getUTCMonth() + duration.years * 12 + duration.months);
  return new Date(china.getTime() - CHINA_OFFSET_MS + duration.fixedMs);
}

/** An instant with its zone (`Z` or an offset); undefined for anything else. */
export function parseIsoInstant(text: string): Date | undefined {
  if (!INSTANT.test(text.trim())) return undefined;
  const at = new Date(text.trim());
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** `Rn/<duration>` (n repetitions) or `R/<duration>` (unbounded). */
export function parseIsoCycle(text: string): { repetitions?: number; duration: string } | undefined {
  const m = CYCLE.exec(text.trim());
  if (!m || !parseIsoDuration(m[2])) return undefined;
  if (m[1] === '') return { duration: m[2] };
  const repetitions = Number(m[1]);
  return repetitions > 0 ? { repetitions, duration: m[2] } : undefined;
}

/** A repeating timer (fixed or FEEL): allowed only where the activity or scope stays. */
export const isCycle = (spec: TimerSpec): boolean =>
  spec.kind === 'isoCycle' || (spec.kind === 'feel' && spec.definition === 'timeCycle');
