import { patched } from '@temporalio/workflow';
import { CLOCK_STOP_TEXT, HIGHER_AUTHORITY_STOP, clockStopText } from '../domain/clock-stops';
import { openStop } from './clock-rules';
import { recordEvent } from './events';
import { REPORT_UP_STOPS_CLOCK } from './patches';
import { MESSAGE_AUTHORITY_ANSWER, type Actor } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';

/*
 * The ledger side of the clock's stops other than 补正 (suspension rows, deducted by the deadline): opened and
 * closed here, with the deadline's timers disarmed while any is open.
 */

/** Stops the clock for `kind`: the ledger row opens and the warning and overdue timers are disarmed. */
export async function stopClock(rt: ProcedureRuntime, kind: string, reason: string, actor?: Actor): Promise<void> {
  const since = rt.nowIso();
  const eventKey = rt.nextEventKey();
  rt.state.clockStops = [...(rt.state.clockStops ?? []), { kind, since, eventKey }];
  rt.deadline.disarm();
  await rt.io.suspend({ matterId: rt.matter.matterId, eventKey, kind, reason, atIso: since, holdTasks: false });
  await recordEvent(rt, 'clock.stopped', { kind, reason }, actor);
}

/** Restarts the clock stopped for `kind`, if it is: the row closes and the deadline is recomputed without the span. */
export async function restartClock(rt: ProcedureRuntime, kind: string, actor?: Actor, note?: string): Promise<void> {
  const stop = openStop(rt, kind);
  if (!stop) return;
  rt.state.clockStops = rt.state.clockStops?.filter((other) => other !== stop);
  await rt.io.resume({
    matterId: rt.matter.matterId,
    eventKey: stop.eventKey,
    atIso: rt.nowIso(),
    releaseTasks: false,
  });
  const text = clockStopText(kind);
  await rt.deadline.refresh(`${text?.zh ?? kind}结束，恢复计时`, `${text?.en ?? kind} ended, clock restarted`);
  await recordEvent(rt, 'clock.resumed', { kind, ...(note ? { note } : {}) }, actor);
}

/** Every stop still open when the procedure ends is closed with it (the ledger keeps no span open forever). */
export async function closeClockStops(rt: ProcedureRuntime): Promise<void> {
  for (const stop of rt.state.clockStops ?? [])
    await rt.io.resume({
      matterId: rt.matter.matterId,
      eventKey: stop.eventKey,
      atIso: rt.nowIso(),
      releaseTasks: false,
    });
  if (rt.state.clockStops) rt.state.clockStops = [];
}

/**
 * A token starts waiting for the higher authority's answer: the centre's own part is done (it has reported up),
 * so its clock stops until the answer arrives (docs/time-limits.md). Once, however many tokens wait.
 *
 * Synchronous when there is nothing to do: the callers await only a stop that happens, so a run without one takes
 * the same turns of the event loop as before and issues its commands in the same order.
 */
export function stopsForHigherAuthority(rt: ProcedureRuntime, message: string): boolean {
  if (message !== MESSAGE_AUTHORITY_ANSWER || openStop(rt, HIGHER_AUTHORITY_STOP)) return false;
  return patched(REPORT_UP_STOPS_CLOCK);
}

export const stopForHigherAuthority = (rt: ProcedureRuntime) =>
  stopClock(rt, HIGHER_AUTHORITY_STOP, CLOCK_STOP_TEXT.higherAuthority.zh);
