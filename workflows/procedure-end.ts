import type { Outcome } from '../bpmn/plan';
import { closeClockStops } from './clock-ledger';
import { endAllCalls } from './call-activity';
import { recordEvent } from './events';
import type { Actor } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';
import { cancelGroup } from './user-tasks';

const OUTCOME_EVENTS: Record<Outcome, string> = {
  COMPLETED: 'matter.completed',
  REJECTED: 'matter.rejected',
  REPORTED_UP: 'matter.reportedUp',
  WITHDRAWN: 'matter.withdrawn',
};

/** A terminate end at top level: every open task is cancelled, every token and timer goes, and the procedure ends. */
export async function terminate(rt: ProcedureRuntime): Promise<void> {
  for (const groupId of [...rt.groups.keys()]) await cancelGroup(rt, groupId, '流程终止 / procedure terminated');
  rt.planTimers.cancelWhere(() => true);
  rt.tokens.clear();
  await finish(rt);
}

/** The outcome of the last end reached; a rejecting end, once reached, decides. */
export async function finish(rt: ProcedureRuntime): Promise<void> {
  const outcome: Outcome = rt.memory.rejectedReached ? 'REJECTED' : (rt.memory.lastOutcome ?? 'COMPLETED');
  // 退办: the written reason, legal basis and remedies the deciding step recorded go on the matter and its notice
  // 撤件 modelled in the diagram (a withdrawal end): the reason the steps or the withdrawal message recorded
  const written =
    outcome === 'REJECTED'
      ? rejectionText(rt.state.form)
      : outcome === 'WITHDRAWN'
        ? withdrawalText(rt.state.form)
        : {};
  await endAs(rt, outcome, written.reason, { type: OUTCOME_EVENTS[outcome], data: { outcome, ...written } });
}

/**
 * The procedure ends with `status`: no timer fires again, the deadline's clock stops (an open 补正 and every other
 * stop close with it), and the status and its timeline event are written.
 */
export async function endAs(
  rt: ProcedureRuntime,
  status: Outcome | 'WITHDRAWN' | 'TERMINATED',
  reason: string | undefined,
  event: { type: string; data: Record<string, unknown> },
  actor?: Actor,
): Promise<void> {
  rt.memory.finished = true;
  if (rt.memory.calls) await endAllCalls(rt, `${status}: ${reason ?? event.type}`);
  rt.planTimers.cancelWhere(() => true);
  rt.deadline.disarm();
  const { suspension } = rt.memory;
  if (suspension) {
    await rt.io.resume({ matterId: rt.matter.matterId, eventKey: suspension.eventKey, atIso: rt.nowIso() });
    rt.memory.suspension = undefined;
    rt.state.suspendedSince = undefined;
  }
  // awaited only when there is one, so a run without any keeps its turns (and its commands' order)
  if (rt.state.clockStops?.length) await closeClockStops(rt);
  rt.state.status = status;
  // a called procedure ends on the matter's timeline; the matter's own status is its caller's
  if (rt.input.calledBy) return recordCalledEnd(rt, status, event);
  await rt.io.setMatterStatus({ matterId: rt.matter.matterId, status, reason });
  await recordEvent(rt, event.type, event.data, actor);
}

const textIn = (form: Record<string, unknown>, key: string) =>
  typeof form[key] === 'string' && form[key] ? (form[key] as string) : undefined;

async function recordCalledEnd(
  rt: ProcedureRuntime,
  status: string,
  event: { type: string; data: Record<string, unknown> },
): Promise<void> {
  const { procedureKey, version } = rt.input.calledBy ?? {};
  const type = event.type.startsWith('matter.') ? 'calledProcedure.ended' : event.type;
  await recordEvent(rt, type, { ...event.data, status, procedureKey, version });
}

function rejectionText(form: Record<string, unknown>): { reason?: string; legalBasis?: string; remedies?: string } {
  return { reason: textIn(form, 'reason'), legalBasis: textIn(form, 'legalBasis'), remedies: textIn(form, 'remedies') };
}

function withdrawalText(form: Record<string, unknown>): { reason?: string } {
  return { reason: textIn(form, 'reason') ?? textIn(form, 'note') };
}
