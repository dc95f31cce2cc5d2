/**
 * Suspensions of the clock (hearings, inspection, expert review: Licensing Law art. 45; waiting for the
 * applicant's supplement 补正: art. 32), normalised into sorted, non-overlapping spans so that two overlapping
 * pauses (e.g. an expert review during a supplement) are not deducted twice.
 */
export interface Suspension {
  start: Date;
  /** absent while the suspension is still open */
  end?: Date;
  /** why the clock stopped (domain/clock-stops.ts), for the explanation; absent: unnamed */
  kind?: string;
}

export interface PauseSpan {
  start: Date;
  end: Date;
  /** the span contains a suspension that has not ended: `end` is "now" */
  open: boolean;
  /** the kinds of the suspensions merged into the span, each once, in order of start */
  kinds: string[];
}

/** Clamps spans to the acceptance (nothing is paused before the clock started) and merges overlapping ones. */
export function mergeSuspensions(
  suspensions: readonly Suspension[],
  acceptedAt: Date,
  now: Date | undefined,
): PauseSpan[] {
  const spans: PauseSpan[] = [];
  for (const suspension of suspensions) {
    if (suspension.end && suspension.end.getTime() < suspension.start.getTime()) {
      throw new RangeError(
        `suspension ends (${suspension.end.toISOString()}) before it starts (${suspension.start.toISOString()})`,
      );
    }
    const start = Math.max(suspension.start.getTime(), acceptedAt.getTime());
    // an open span runs until now; without `now` it counts nothing yet (the due date is then a lower bound)
    const end = suspension.end?.getTime() ?? Math.max(now?.getTime() ?? start, start);
    if (end < start) continue;
    const kinds = suspension.kind ? [suspension.kind] : [];
    spans.push({ start: new Date(start), end: new Date(end), open: suspension.end === undefined, kinds });
  }
  spans.sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: PauseSpan[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start.getTime() <= last.end.getTime()) {
      merged[merged.length - 1] = {
        start: last.start,
        end: span.end.getTime() > last.end.getTime() ? span.end : last.end,
        open: last.open || span.open,
        kinds: [...new Set([...last.kinds, ...span.kinds])],
      };
    } else {
      merged.push(span);
    }
  }
  return merged;
}
