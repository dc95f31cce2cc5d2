import type { Db } from '../platform/db';

export interface RejectionWritten {
  reason?: string;
  legalBasis?: string;
  remedies?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

/**
 * What the deciding step wrote for a 退办 (reason, legal basis, remedies, else its opinion as the reason). Steps
 * completed with a submission keep their text in PostgreSQL only, so the workflow's `matter.rejected` has none of it:
 * the activity that records the outcome reads it here (a workflow of an older run still passes its own, which wins).
 */
export async function rejectionWritten(db: Db, matterId: string): Promise<RejectionWritten> {
  const decider = await db.task.findFirst({
    where: { matterId, decision: 'reject', status: 'COMPLETED' },
    orderBy: { completedAt: 'desc' },
    select: { comment: true, formData: true },
  });
  if (!decider) return {};
  const form = (decider.formData ?? {}) as Record<string, unknown>;
  return {
    reason: text(form.reason) ?? text(decider.comment),
    legalBasis: text(form.legalBasis),
    remedies: text(form.remedies),
  };
}

/** The written fields the workflow passed, completed from the database where it passed none. */
export async function withRejectionWritten<T extends RejectionWritten>(db: Db, matterId: string, given: T) {
  if (given.reason && given.legalBasis && given.remedies) return given;
  const stored = await rejectionWritten(db, matterId);
  const filled = { ...given };
  for (const key of ['reason', 'legalBasis', 'remedies'] as const) filled[key] = given[key] ?? stored[key];
  return filled;
}
