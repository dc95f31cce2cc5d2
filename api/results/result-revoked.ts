import type { Prisma } from '../../generated/prisma/client';
import type { CurrentUser } from '../auth/auth.types';

/**
 * Everything that happens with a revocation, in the transaction that marks the result revoked: the matter's
 * timeline entry. A notice to the applicant belongs here too, as an outbox row written in this same transaction.
 */
export async function recordResultRevoked(
  tx: Prisma.TransactionClient,
  result: { id: string; matterId: string; resultNo: string; reason: string },
  by: CurrentUser,
  at: Date,
): Promise<void> {
  await tx.matterEvent.create({
    data: {
      matterId: result.matterId,
      eventKey: `${result.matterId}:result-revoked:${result.id}`,
      type: 'result.revoked',
      actorId: by.id,
      actorName: by.displayName,
      at,
      data: { resultId: result.id, resultNo: result.resultNo, reason: result.reason },
    },
  });
}
