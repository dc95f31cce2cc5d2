import type { Prisma } from '../generated/prisma/client';

export interface IssuedResult {
  id: string;
  matterId: string;
  eventKey: string;
  resultNo: string;
  resultType: string;
}

/**
 * Everything that happens with a result's issue, in the transaction that writes its row: the matter's timeline
 * entry (under the service task's key, so the workflow's own entry for the step is not doubled). Notices to the
 * applicant ("result ready") belong here too, as an outbox row written in this same transaction.
 */
export async function recordResultIssued(tx: Prisma.TransactionClient, result: IssuedResult, at: Date): Promise<void> {
  await tx.matterEvent.createMany({
    data: [
      {
        matterId: result.matterId,
        eventKey: result.eventKey,
        type: 'service.issueResult',
        at,
        data: { resultId: result.id, resultNo: result.resultNo, resultType: result.resultType },
      },
    ],
    skipDuplicates: true,
  });
}
