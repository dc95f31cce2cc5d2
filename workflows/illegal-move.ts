import { ApplicationFailure } from '@temporalio/workflow';
import { ILLEGAL_MOVE, type IllegalMoveDetails } from './procedure-contract';

/**
 * A rejected move: an ApplicationFailure (so an update handler rejects instead of failing the task) whose details
 * carry the reason as `{ code, zh, en }` for the API to show as it is; the message is the English, for operators.
 */
export function illegalMove(code: string, zh: string, en: string): ApplicationFailure {
  const details: IllegalMoveDetails = { code, zh, en };
  return ApplicationFailure.create({ message: en, type: ILLEGAL_MOVE, nonRetryable: true, details: [details] });
}
