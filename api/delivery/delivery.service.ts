import { checkMailWaybill } from '../../domain/delivery';
import type { Db } from '../../platform/db';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { AppError } from '../errors';
import type { MattersService } from '../matters/matters.service';
import type { TWaybill } from './delivery.types';
import { recordMailSent } from './mail-sent';

interface Deps {
  db: Db;
  audit: AuditService;
  inScope: MattersService['inScope'];
}

/**
 * 邮寄送达: staff enter the carrier and the waybill's number of a mailed result (a mailing the mailDelivery service
 * recorded, or one whose number was mistyped at the deliver step); the public lookup shows them.
 */
export function createDeliveryService({ db, audit, inScope }: Deps) {
  return {
    async setWaybill(user: CurrentUser, matterId: string, input: TWaybill, ip?: string) {
      await inScope(user, matterId, ip);
      const checked = checkMailWaybill(input.carrier, input.trackingNo);
      if (!checked.ok)
        throw new AppError('VALIDATION', checked.problem.zh, checked.problem.en, { code: checked.problem.code });
      const { carrier, trackingNo } = checked;
      const delivery = await db.delivery.findUnique({ where: { matterId } });
      if (delivery?.method !== 'MAIL')
        throw new AppError(
          'ILLEGAL_TRANSITION',
          '该办件没有邮寄送达记录',
          'No mail delivery is recorded for this matter',
        );
      const previous = delivery.trackingNo ? `${delivery.carrier ?? ''} ${delivery.trackingNo}`.trim() : null;
      if (delivery.carrier !== carrier.code || delivery.trackingNo !== trackingNo) {
        await db.$transaction(async (tx) => {
          await tx.delivery.update({ where: { matterId }, data: { carrier: carrier.code, trackingNo } });
          await recordMailSent(
            tx,
            { matterId, carrier: carrier.code, carrierName: carrier.zh, trackingNo, corrects: previous },
            user,
          );
        });
        await audit.record({
          actorId: user.id,
          actorName: user.username,
          action: 'delivery.waybill',
          objectType: 'Matter',
          objectId: matterId,
          ip,
          detail: { carrier: carrier.code, trackingNo, previous },
        });
      }
      return { carrier: carrier.code, trackingNo };
    },
  };
}
export type DeliveryService = ReturnType<typeof createDeliveryService>;
