import { WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError, type Client } from '@temporalio/client';
import { illegalMoveOf } from '../../platform/illegal-move-of';
import { AppError } from '../errors';

/** `keyed`: the Update's id comes from the client's Idempotency-Key (keyedUpdateId), so sending it again is safe. */
export type RunUpdate = <T>(fn: () => Promise<T>, keyed?: boolean) => Promise<T>;

/** 503 for an Update not confirmed in time; a retry sent with the first one's Idempotency-Key cannot apply twice. */
const notConfirmed = (retrySafe: boolean) =>
  retrySafe
    ? new AppError(
        'UNAVAILABLE',
        '流程引擎繁忙，本次操作尚未确认：可稍后再次提交，同一操作不会重复办理',
        'The workflow engine is busy and has not confirmed this action: submit it again later, it will not apply twice',
      )
    : new AppError(
        'UNAVAILABLE',
        '流程引擎繁忙，本次操作尚未确认：请稍后刷新查看结果，再决定是否重试',
        'The workflow engine is busy and has not confirmed this action: refresh later to see whether it applied before retrying',
      );

/** A failed Update as a 409: an illegal move with its reason and code, anything else with the failure's message. */
function refused(e: WorkflowUpdateFailedError): AppError {
  const move = illegalMoveOf(e.cause);
  if (move) return new AppError('ILLEGAL_TRANSITION', move.zh, move.en, { code: move.code });
  const message = e.cause?.message ?? e.message;
  return new AppError('ILLEGAL_TRANSITION', message, message);
}

/**
 * Runs workflow Updates for a request: a validator's rejection (an illegal move, with its reason in both languages)
 * becomes 409, an unreachable engine 503. An Update waits for a worker to take the workflow's next task; while no
 * worker runs (all stopped, or restarting) the SDK would wait without end, so each request waits `waitSeconds` at
 * most and is answered 503. That Update may still apply once a worker returns, so the message says to look before
 * retrying, or, for a keyed Update, that it can simply be sent again.
 */
export function createUpdateRunner(temporal: Client, waitSeconds: number): RunUpdate {
  return async (fn, keyed = false) => {
    try {
      return await temporal.connection.withDeadline(Date.now() + waitSeconds * 1000, fn);
    } catch (e) {
      if (e instanceof AppError) throw e;
      if (e instanceof WorkflowUpdateFailedError) throw refused(e);
      if (e instanceof Error && e.name === 'WorkflowNotFoundError') {
        throw new AppError('ILLEGAL_TRANSITION', '该办件的流程已结束', "The matter's procedure has ended");
      }
      if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) throw notConfirmed(keyed);
      throw new AppError(
        'UNAVAILABLE',
        '流程引擎暂不可用，请稍后重试',
        'The workflow engine is unavailable, try again later',
      );
    }
  };
}
