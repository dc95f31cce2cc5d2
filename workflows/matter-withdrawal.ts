import { patched } from '@temporalio/workflow';
import { MATTER_STATUS_ZH, labelOf } from '../domain/code-labels';
import { illegalMove } from './illegal-move';
import { registerLockedUpdate } from './locked-update';
import { MATTER_WITHDRAWAL } from './patches';
import { endAs } from './procedure-end';
import type { ProcedureRuntime } from './runtime';
import { cancelGroup } from './user-tasks';
import { WITHDRAWAL_CHANNELS, withdrawMatter, type WithdrawInput } from './withdrawal-contract';

const CANCELLED_COMMENT = '申请人撤件 / withdrawn by the applicant';

export function registerWithdrawal(rt: ProcedureRuntime): void {
  registerLockedUpdate(rt, withdrawMatter, checkWithdrawal, (input) => withdraw(rt, input));
}

/** As validator and again under the lock: only a running matter is withdrawn, with a reason (and at the window, the signed request). */
export function checkWithdrawal(rt: ProcedureRuntime, input: WithdrawInput): void {
  if (rt.finished) {
    const { status } = rt.state;
    throw illegalMove(
      'MATTER_FINISHED',
      `该办件已结束（${labelOf(MATTER_STATUS_ZH, status)}），不能撤件`,
      `the matter has already ended (${status}): it cannot be withdrawn`,
    );
  }
  const request = input?.request;
  if (!(WITHDRAWAL_CHANNELS as readonly string[]).includes(request?.channel))
    throw illegalMove(
      'WITHDRAWAL_CHANNEL_UNKNOWN',
      `撤件渠道无效：${String(request?.channel)}（限窗口或公开查询页）`,
      `unknown withdrawal channel: ${String(request?.channel)} (WINDOW or PUBLIC)`,
    );
  if (typeof request.reason !== 'string' || request.reason.trim() === '')
    throw illegalMove('WITHDRAWAL_REASON_MISSING', '撤件须写明理由', 'a withdrawal needs a reason');
  if (request.channel === 'WINDOW' && (!input.actor || !request.document))
    throw illegalMove(
      'WITHDRAWAL_REQUEST_MISSING',
      '窗口撤件须由工作人员办理并附申请人签名的撤件申请书',
      "a withdrawal at the window is recorded by staff with the applicant's signed request attached",
    );
}

/** 撤件: the open tasks are cancelled, the tokens and timers go, the withdrawal is stored and the matter ends WITHDRAWN. */
async function withdraw(rt: ProcedureRuntime, { actor, request }: WithdrawInput): Promise<void> {
  patched(MATTER_WITHDRAWAL);
  const { withdrawalId, channel, reason, document } = request;
  for (const groupId of [...rt.groups.keys()]) await cancelGroup(rt, groupId, CANCELLED_COMMENT, actor);
  rt.tokens.clear();
  await rt.io.recordWithdrawal({
    matterId: rt.matter.matterId,
    eventKey: rt.nextEventKey(),
    withdrawalId,
    channel,
    reason,
    ...(document ? { document } : {}),
    ...(actor ? { actorId: actor.userId } : {}),
  });
  await endAs(rt, 'WITHDRAWN', reason, { type: 'matter.withdrawn', data: { withdrawalId, channel, reason } }, actor);
}
