import { ApplicationFailure } from '@temporalio/common';
import { ILLEGAL_MOVE, type IllegalMoveDetails } from '../workflows/procedure-contract';

/** The reason a validator gave for refusing a move (workflows/illegal-move.ts), as it was given. */
export function illegalMoveOf(failure: unknown): IllegalMoveDetails | undefined {
  if (!(failure instanceof ApplicationFailure) || failure.type !== ILLEGAL_MOVE) return undefined;
  const [details] = failure.details ?? [];
  const { code, zh, en } = (details ?? {}) as Partial<IllegalMoveDetails>;
  return typeof code === 'string' && typeof zh === 'string' && typeof en === 'string' ? { code, zh, en } : undefined;
}
