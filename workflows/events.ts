import type { Actor } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';

/**
 * Appends a timeline event. The key comes from the run's carried counter (or is given, e.g. a service's own key),
 * so replays, retries and continued runs never double a row.
 */
export async function recordEvent(
  rt: ProcedureRuntime,
  type: string,
  data?: Record<string, unknown>,
  actor?: Actor,
  eventKey = rt.nextEventKey(),
): Promise<void> {
  await rt.io.recordEvent({
    matterId: rt.matter.matterId,
    eventKey,
    type,
    actorId: actor?.userId,
    actorName: actor?.displayName,
    data,
  });
}
