import { activities } from './activity-proxy';
import type { Actor } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';

/** Appends a timeline event; the key comes from the run's carried counter, so replays and retries never double a row. */
export async function recordEvent(
  rt: ProcedureRuntime, type: string, data?: Record<string, unknown>, actor?: Actor,
): Promise<void> {
  await activities.recordEvent({
    matterId: rt.matter.matterId,
    eventKey: rt.nextEventKey(),
    type,
    actorId: actor?.userId,
    actorName: actor?.displayName,
    data,
  });
}
