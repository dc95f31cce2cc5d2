import { ApplicationFailure } from '@temporalio/workflow';

/** A rejected move, Chinese first then English. An ApplicationFailure so an update handler rejects instead of failing the task. */
export function illegalMove(zh: string, en: string): ApplicationFailure {
  return ApplicationFailure.create({ message: `${zh} / ${en}`, type: 'IllegalMove', nonRetryable: true });
}
