import type { TimerSpec } from '../domain/deadline';
import type { ArmedTimer } from './interpreter-types';
import type { ProcedureRuntime } from './runtime';

/**
 * A repeating (timeCycle) timer that fired (a boundary timer, an event sub-process's timer start) is armed again one
 * interval on, until its repetitions are used up.
 */
export async function rearmCycle(
  rt: ProcedureRuntime,
  fired: ArmedTimer,
  { timer }: { timer: TimerSpec },
): Promise<void> {
  const cycle = fired.cycle ?? (timer.kind === 'isoCycle' ? timer : undefined);
  if (!cycle) return;
  const count = (fired.fired ?? 0) + 1;
  if (cycle.repetitions !== undefined && count >= cycle.repetitions) return;
  const { fireAt } = await rt.io.resolveTimer({
    matterId: rt.matter.matterId,
    timer: { kind: 'isoDuration', duration: cycle.duration },
    fromIso: fired.fireAt,
  });
  rt.planTimers.arm({ ...fired, fireAt, fired: count });
}
