import type { BoundaryTimerNode } from '../bpmn/plan';
import type { ArmedTimer } from './interpreter-types';
import type { ProcedureRuntime } from './runtime';

/** A repeating (timeCycle) boundary timer that fired is armed again one interval on, until its repetitions are used up. */
export async function rearmCycle(rt: ProcedureRuntime, fired: ArmedTimer, boundary: BoundaryTimerNode): Promise<void> {
  const { timer } = boundary;
  if (timer.kind !== 'isoCycle') return;
  const count = (fired.fired ?? 0) + 1;
  if (timer.repetitions !== undefined && count >= timer.repetitions) return;
  const { fireAt } = await rt.io.resolveTimer({
    matterId: rt.matter.matterId,
    timer: { kind: 'isoDuration', duration: timer.duration },
    fromIso: fired.fireAt,
  });
  rt.planTimers.arm({ ...fired, fireAt, fired: count });
}
