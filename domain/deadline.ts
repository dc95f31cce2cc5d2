/**
 * Time limits (期限) of a matter, following docs/legal-rules.md "Time limits" and docs/time-limits.md:
 * working days only (Licensing Law art. 82), the acceptance day not counted (Civil Code art. 201), the period
 * ending at 24:00 of its last day or at closing time (Civil Code art. 203), approved extensions added
 * (art. 42), suspended spans not counted (arts. 45 and 32).
 */
import { addIsoDuration, parseIsoDuration, parseIsoInstant } from './iso-timer';
import type { WorkingCalendar } from './working-calendar';
import {
  addCalendarDays,
  chinaDateOf,
  chinaInstantAt,
  chinaTimeOfDayMs,
  endOfChinaDay,
  startOfChinaDay,
} from './china-time';
import { explain, type DeadlineStep } from './deadline-explanation';
import { EXTENSIONS_ALLOWED, EXTENSION_MAX_WORKING_DAYS } from './legal-limits';
import { mergeSuspensions, type Suspension } from './suspension-spans';

export interface Extension {
  workingDays: number;
}

export interface DeadlineInput {
  acceptedAt: Date;
  promisedDays: number;
  suspensions?: readonly Suspension[];
  extensions?: readonly Extension[];
  calendar: WorkingCalendar;
  /** Needed while a suspension is open: the open span is counted up to `now`; without it, up to its start. */
  now?: Date;
  /** 'HH:MM' China time when the office closes; absent: the period ends at 24:00 (Civil Code art. 203). */
  closesAt?: string;
}

export interface Deadline {
  /** China date of acceptance: the start day, not counted */
  startDate: string;
  dueDate: string;
  dueAt: Date;
  /** part of the count falls in a year whose holiday schedule is not published yet */
  provisional: boolean;
  unpublishedYears: number[];
  /** a suspension is still open: the clock is stopped and dueDate is the earliest it can be */
  paused: boolean;
  pausedWorkingDays: number;
  extendedWorkingDays: number;
  explanation: DeadlineStep[];
}

/** A matter's deadline warning (预警): none yet, yellow while little time is left, red once overdue (超期). */
export const WARNING_LEVELS = ['NONE', 'YELLOW', 'RED'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

export function computeDeadline(input: DeadlineInput): Deadline {
  const { acceptedAt, promisedDays, calendar } = input;
  assertWorkingDays(promisedDays, 'promisedDays');
  const startDate = chinaDateOf(acceptedAt);
  const explanation = [
    explain.accepted(startDate),
    promisedDays === 0 ? explain.sameDay(startDate) : explain.limit(promisedDays),
  ];

  const extensions = input.extensions ?? [];
  let extendedWorkingDays = 0;
  for (const extension of extensions) {
    assertWorkingDays(extension.workingDays, 'extension workingDays');
    extendedWorkingDays += extension.workingDays;
    explanation.push(explain.extension(extension.workingDays));
  }
  if (extensions.length > EXTENSIONS_ALLOWED || extendedWorkingDays > EXTENSION_MAX_WORKING_DAYS) {
    explanation.push(explain.extensionBeyondStatute(extensions.length, extendedWorkingDays));
  }

  const limit = promisedDays + extendedWorkingDays;
  let dueDate = calendar.addWorkingDays(startDate, limit);
  let lastCountedDate = dueDate;
  let pausedWorkingDays = 0;
  let paused = false;
  for (const span of mergeSuspensions(input.suspensions ?? [], acceptedAt, input.now)) {
    const fromDate = chinaDateOf(span.start);
    // once the limit has run out there is nothing left to stop: the matter is overdue
    if (span.start.getTime() > dueAtOn(dueDate, input.closesAt).getTime()) {
      explanation.push(explain.suspensionAfterDue(fromDate));
      continue;
    }
    const toDate = chinaDateOf(span.end);
    // the suspension day counts (the clock ran on it); the resume day is a new start day, not counted (art. 201)
    const days = calendar.workingDaysBetween(fromDate, toDate);
    pausedWorkingDays += days;
    dueDate = calendar.addWorkingDays(startDate, limit + pausedWorkingDays);
    if (toDate > lastCountedDate) lastCountedDate = toDate;
    if (span.open) paused = true;
    explanation.push(
      span.open
        ? explain.suspensionOpen(fromDate, toDate, days, span.kinds)
        : explain.suspension(fromDate, toDate, days, span.kinds),
    );
  }

  const dueAt = dueAtOn(dueDate, input.closesAt);
  const unpublishedYears = calendar.unpublishedYearsBetween(
    startDate,
    dueDate > lastCountedDate ? dueDate : lastCountedDate,
  );
  if (unpublishedYears.length > 0) explanation.push(explain.provisional(unpublishedYears));
  explanation.push(explain.due(dueDate, input.closesAt ?? '24:00'));
  return {
    startDate,
    dueDate,
    dueAt,
    provisional: unpublishedYears.length > 0,
    unpublishedYears,
    paused,
    pausedWorkingDays,
    extendedWorkingDays,
    explanation,
  };
}

/** Working days left after today up to and including the due date; negative = working days overdue. */
export function remainingWorkingDays(now: Date, dueDate: string, calendar: WorkingCalendar): number {
  return calendar.workingDaysBetween(chinaDateOf(now), dueDate);
}

/** RED once the deadline has passed; YELLOW while at most `yellowDays` working days remain after today. */
export function warningLevel(input: {
  dueAt: Date;
  now: Date;
  calendar: WorkingCalendar;
  yellowDays: number;
}): WarningLevel {
  if (input.now.getTime() > input.dueAt.getTime()) return 'RED';
  return remainingWorkingDays(input.now, chinaDateOf(input.dueAt), input.calendar) <= input.yellowDays
    ? 'YELLOW'
    : 'NONE';
}

/**
 * What a matter's row says of its colour: the level the workflow last stored, and while the clock runs the instants it
 * turns YELLOW and RED (the due instant). Null instants: the clock is stopped or the matter done; a null yellowAt
 * beside a redAt: not known.
 */
export interface StoredWarning {
  warningLevel: WarningLevel;
  yellowAt: Date | null;
  redAt: Date | null;
}

/**
 * The colour shown at `now`, derived from the instants so that it never waits for a timer to fire; the stored level
 * while the clock is stopped (its paused colour) or the matter is done. platform/warning-level.ts says the same in SQL.
 */
export function shownWarningLevel(row: StoredWarning, now: Date): WarningLevel {
  if (!row.redAt) return row.warningLevel;
  if (now.getTime() >= row.redAt.getTime()) return 'RED';
  if (!row.yellowAt) return row.warningLevel;
  return now.getTime() >= row.yellowAt.getTime() ? 'YELLOW' : 'NONE';
}

/** The instant warningLevel turns YELLOW: the start of the first day with at most `yellowDays` working days left. */
export function warningStartsAt(input: { dueDate: string; yellowDays: number; calendar: WorkingCalendar }): Date {
  assertWorkingDays(input.yellowDays, 'yellowDays');
  return startOfNthWorkingDayBack(input.dueDate, input.yellowDays + 1, input.calendar);
}

/**
 * 00:00 of the n-th working day counted back from `date` inclusive (n ≥ 1): whatever happened before that instant
 * is at least n working days old on `date`.
 */
export function startOfNthWorkingDayBack(date: string, n: number, calendar: WorkingCalendar): Date {
  return startOfChinaDay(calendar.addWorkingDays(addCalendarDays(date, 1), -n));
}

/** A plan timer: a plain duration, or a point relative to the matter's deadline (negative = before it). */
export type TimerSpec =
  | { kind: 'duration'; hours?: number; workingDays?: number }
  | { kind: 'beforeDeadline'; workingDays: number }
  /** BPMN's standard timeDuration, ISO 8601 (P3D, PT2H): elapsed time, not working days */
  | { kind: 'isoDuration'; duration: string }
  /** BPMN's standard timeDate: an instant with its zone */
  | { kind: 'isoDate'; at: string }
  /** BPMN's standard timeCycle (R3/PT1H; R/PT1H unbounded), on non-interrupting boundary timers: fires every duration */
  | { kind: 'isoCycle'; duration: string; repetitions?: number }
  /**
   * A standard definition written as a FEEL expression (`=…`, the text after the `=`): the workflow evaluates it
   * against the matter's variables when the timer starts and reads the value as `definition` says (an ISO duration,
   * instant or repeating interval); never handed to resolveTimer as it is.
   */
  | { kind: 'feel'; source: string; definition: TimerDefinition };

/** The three standard timer definitions of BPMN. */
export type TimerDefinition = 'timeDuration' | 'timeDate' | 'timeCycle';

/** A step due `workingDays` after an instant: the end (24:00, Civil Code art. 203) of that working day. */
export function stepDueAt(from: Date, workingDays: number, calendar: WorkingCalendar): Date {
  return endOfChinaDay(calendar.addWorkingDays(chinaDateOf(from), workingDays));
}

/**
 * When a plan timer fires.
 * duration: `workingDays` later at the same China time of day, then `hours` of elapsed time.
 * beforeDeadline: the due date's end of day moved back by that many working days (0 = at the deadline);
 * the sign is ignored because the designer stores a count and plan.ts describes "before" as negative.
 */
export function resolveTimer(
  spec: TimerSpec,
  context: { fromInstant: Date; dueDate?: string; calendar: WorkingCalendar },
): Date {
  if (spec.kind === 'feel') throw new RangeError(`a FEEL timer is evaluated in the workflow first: =${spec.source}`);
  if (spec.kind === 'isoDate') return isoOrThrow(parseIsoInstant(spec.at), spec.at);
  if (spec.kind === 'isoDuration' || spec.kind === 'isoCycle')
    return addIsoDuration(context.fromInstant, isoOrThrow(parseIsoDuration(spec.duration), spec.duration));
  if (spec.kind === 'beforeDeadline') {
    if (!context.dueDate) throw new RangeError("a beforeDeadline timer needs the matter's due date");
    const days = Math.abs(spec.workingDays);
    assertWorkingDays(days, 'timer workingDays');
    return endOfChinaDay(context.calendar.addWorkingDays(context.dueDate, -days));
  }
  let at = context.fromInstant;
  if (spec.workingDays) {
    assertWorkingDays(spec.workingDays, 'timer workingDays');
    const date = context.calendar.addWorkingDays(chinaDateOf(at), spec.workingDays);
    at = new Date(startOfChinaDay(date).getTime() + chinaTimeOfDayMs(at));
  }
  if (spec.hours) {
    if (!Number.isFinite(spec.hours) || spec.hours < 0)
      throw new RangeError(`timer hours must be ≥ 0, got ${spec.hours}`);
    at = new Date(at.getTime() + spec.hours * 3_600_000);
  }
  return at;
}

function isoOrThrow<T>(value: T | undefined, text: string): T {
  if (value === undefined) throw new RangeError(`not an ISO 8601 timer value: ${text}`);
  return value;
}

function dueAtOn(dueDate: string, closesAt: string | undefined): Date {
  return closesAt ? chinaInstantAt(dueDate, closesAt) : endOfChinaDay(dueDate);
}

function assertWorkingDays(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${what} must be a whole number of working days ≥ 0, got ${value}`);
}
