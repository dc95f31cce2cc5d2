import { chinaDateOf } from '../../domain/china-time';
import { maskIdNumber } from '../../domain/identity';
import type { MaterialRule } from '../../domain/intake';
import type { Db } from '../../platform/db';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import type { GuideItem } from '../catalogue/intake-guides';
import type { IntakeResult, TIntake } from './intake.types';
import { nextNumber } from './receipt-numbers';

/**
 * 一次性告知 and 不予受理: a numbered notice instead of a matter, issued once per idempotency key (a retry gets the
 * first one), with its audit entry in the same transaction.
 */
export function createNoticeIssuer({ db, audit }: { db: Db; audit: AuditService }) {
  return async function issueNotice(
    input: TIntake,
    item: GuideItem,
    missing: MaterialRule[],
    user: CurrentUser,
  ): Promise<IntakeResult> {
    const kind = input.decision === 'NOTICE' ? 'NOTICE' : 'REFUSAL';
    const existing = await db.intakeDecision.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    const decision =
      existing ??
      (await db.$transaction(async (tx) => {
        const created = await tx.intakeDecision.create({
          data: {
            noticeNo: await nextNumber(tx, kind, chinaDateOf(new Date())),
            idempotencyKey: input.idempotencyKey,
            kind,
            itemId: item.id,
            applicantName: input.applicant.name,
            applicantIdMasked: maskIdNumber(input.applicant.idNumber),
            missing: missing.map((m) => ({ code: m.code, name: m.name })),
            reason: input.reason ?? null,
            issuedById: user.id,
          },
        });
        await audit.recordIn(tx, {
          actorId: user.id,
          actorName: user.username,
          action: `intake.${kind.toLowerCase()}`,
          objectType: 'IntakeDecision',
          objectId: created.id,
        });
        return created;
      }));
    return {
      kind,
      notice: {
        id: decision.id,
        noticeNo: decision.noticeNo,
        missing: decision.missing as Array<{ code: string; name: string }>,
        reason: decision.reason,
      },
    };
  };
}
