import { maskName } from '../../domain/identity';
import type { Db } from '../../platform/db';
import type { CurrentUser } from '../auth/auth.types';
import type { MattersService } from '../matters/matters.service';
import { readCaseRecord } from './case-record';
import type { TApprovalForm } from './case-record.types';

/** The centre's name as its printed documents head it (the receipt's too). */
export const CENTRE_NAME = '便民服务中心';

interface Deps {
  db: Db;
  /** the matter if the user may see it (out of scope: 403, audited) */
  inScope: MattersService['inScope'];
}

/** 审批表: the matter's processing record, printable: the centre, the item, the applicant masked, every step. */
export function createCaseRecordService({ db, inScope }: Deps) {
  return {
    async approvalForm(user: CurrentUser, id: string, ip?: string): Promise<TApprovalForm> {
      const m = await inScope(user, id, ip);
      const [record, acceptedBy] = await Promise.all([
        readCaseRecord(db, m),
        db.user.findUnique({ where: { id: m.acceptedById }, select: { displayName: true } }),
      ]);
      return {
        centreName: CENTRE_NAME,
        receiptNo: m.receiptNo,
        itemCode: m.itemCode,
        itemName: m.itemName,
        kind: m.kind,
        status: m.status,
        applicantName: maskName(m.applicantName),
        applicantIdMasked: m.applicantIdMasked,
        acceptedAt: m.acceptedAt,
        acceptedByName: acceptedBy?.displayName ?? null,
        completedAt: m.completedAt,
        legalBasis: record.itemLegalBasis,
        steps: record.steps,
        printedAt: new Date(),
        printedByName: user.displayName,
      };
    },
  };
}
export type CaseRecordService = ReturnType<typeof createCaseRecordService>;
