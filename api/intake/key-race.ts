import { AppError } from '../errors';

/**
 * Two requests with one idempotency key (a double click, a retry while the first is still running) race to write
 * the matter; a unique index lets one win. The loser is answered with the winner's matter, never with a second one.
 */

/** A bundle's matter found its idempotency key taken (by a concurrent request): the bundle rolls back and is answered as a retry. */
export class KeyTaken extends Error {}

/** Another request with the same idempotency key got there first: a unique index refused the write, raw or not. */
export function lostKeyRace(e: unknown): boolean {
  const err = e as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  // P2002 and the adapter's kind from Prisma, 23505 (unique_violation) from the pool
  return (
    e instanceof KeyTaken ||
    err.code === 'P2002' ||
    err.code === '23505' ||
    err.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation'
  );
}

/** The key made a matter for someone else: a client reusing keys, not a retry. */
export const keyUsedByAnother = () => new AppError('CONFLICT', '幂等键已被使用', 'Idempotency key already used');
