import { HIGHER_AUTHORITY_STOP } from '../domain/clock-stops';
import {
  AUTHORITY_DECISION_FIELD,
  endSuspension,
  recordAuthorityAnswer,
  startSuspension,
  type AuthorityAnswerInput,
  type EndSuspensionInput,
  type StartSuspensionInput,
} from './clock-contract';
import { restartClock, stopClock } from './clock-ledger';
import { checkAuthorityAnswer, checkEndSuspension, checkStartSuspension } from './clock-rules';
import { recordEvent } from './events';
import { registerLockedUpdate } from './locked-update';
import { MESSAGE_AUTHORITY_ANSWER } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';
import { feedMessage } from './token-engine';

/**
 * The clock's stops other than 补正: the suspensions of Licensing Law art. 45 that staff start and end, and the wait
 * for a higher authority's answer (上报件), which the workflow opens itself. Each is a suspension row in the ledger
 * (deducted by the deadline) while the matter's work goes on: tasks stay in hand, only the deadline's timers stop.
 */
export function registerClockUpdates(rt: ProcedureRuntime): void {
  registerLockedUpdate(rt, startSuspension, checkStartSuspension, (input) => startArt45(rt, input));
  registerLockedUpdate(rt, endSuspension, checkEndSuspension, (input) => endArt45(rt, input));
  registerLockedUpdate(rt, recordAuthorityAnswer, checkAuthorityAnswer, (input) => answer(rt, input));
}

async function startArt45(rt: ProcedureRuntime, { actor, kind, reason }: StartSuspensionInput): Promise<void> {
  await stopClock(rt, kind, reason, actor);
}

async function endArt45(rt: ProcedureRuntime, { actor, kind, note }: EndSuspensionInput): Promise<void> {
  await restartClock(rt, kind, actor, note);
}

/** 上报件: the answer's row is written, its decision goes where conditions read it, and the waiting step moves on. */
async function answer(rt: ProcedureRuntime, { actor, answer }: AuthorityAnswerInput): Promise<void> {
  const { answerId, authority, answeredOn, decision, referenceNo, note, document } = answer;
  await rt.io.recordAuthorityAnswer({
    matterId: rt.matter.matterId,
    eventKey: rt.nextEventKey(),
    answerId,
    authority,
    answeredOn,
    decision,
    referenceNo,
    note,
    document,
    actorId: actor.userId,
  });
  rt.state.form[AUTHORITY_DECISION_FIELD] = decision;
  // a refusal is the matter's written reason (退办通知书), should the plan end it there
  if (decision === 'refuse') rt.state.form.reason = `${authority}不予批准（${referenceNo}）${note ? `：${note}` : ''}`;
  await recordEvent(rt, 'authority.answered', { answerId, authority, answeredOn, decision, referenceNo }, actor);
  await restartClock(rt, HIGHER_AUTHORITY_STOP, actor);
  await feedMessage(rt, MESSAGE_AUTHORITY_ANSWER);
}
