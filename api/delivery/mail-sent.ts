import type { Prisma } from '../../generated/prisma/client';
import type { CurrentUser } from '../auth/auth.types';

/**
 * Everything that happens when a mailed result gets its waybill, in the transaction that stores it: the matter's
 * timeline entry (one per carrier and number, so a retried request adds none). A "result sent" notice to the
 * applicant belongs here too, as an outbox row written in this same transaction.
 */
export async function recordMailSent(
  tx: Prisma.TransactionClient,
  mail: { matterId: string; carrier: string; carrierName: string; trackingNo: string; corrects: string | null },
  by: CurrentUser,
): Promise<void> {
  await tx.matterEvent.createMany({
    data: [
      {
        matterId: mail.matterId,
        eventKey: `${mail.matterId}:waybill:${mail.carrier}:${mail.trackingNo}`,
        type: 'delivery.waybill',
        actorId: by.id,
        actorName: by.displayName,
        data: {
          carrier: mail.carrier,
          carrierName: mail.carrierName,
          trackingNo: mail.trackingNo,
          ...(mail.corrects ? { corrects: mail.corrects } : {}),
        },
      },
    ],
    skipDuplicates: true,
  });
}
