import { ApplicationFailure } from '@temporalio/common';
import { carrierOf, deliveryMethodOf, normalizeTrackingNo } from '../domain/delivery';
import type { Prisma } from '../generated/prisma/client';
import { resultSentKey } from '../platform/notices/event-notices';
import { applicantNoticesSql } from '../platform/notices/outbox.sql';
import type { ProcedureActivities } from './activity-types';
import type { ActivityDeps } from './deps';

/** The Task table is the inbox's projection of the workflow's live tasks; the workflow stays the authority. */
export function taskActivities({ db, now }: ActivityDeps): Pick<ProcedureActivities, 'syncTask' | 'closeTask'> {
  /**
   * AB岗: a task held by someone absent today goes to their backup, unless they took it themselves just now (a
   * claim, a transfer to themselves, a 补正 they asked for): someone at work is evidently not away.
   */
  async function presentAssignee(
    assigneeId: string | undefined,
    actorId: string | undefined,
  ): Promise<string | undefined> {
    if (!assigneeId || assigneeId === actorId) return assigneeId;
    const user = await db.user.findUnique({
      where: { id: assigneeId },
      select: { backupUserId: true, absentFrom: true, absentUntil: true },
    });
    const t = now();
    const absent = user?.absentFrom && user.absentUntil && user.absentFrom <= t && t < user.absentUntil;
    return absent && user.backupUserId ? user.backupUserId : assigneeId;
  }

  /** 送达: on the spot (signed), free mail (tracking number) or a self-service terminal; one record per matter. */
  async function recordDelivery(matterId: string, form: Record<string, unknown>, actorId?: string) {
    const text = (key: string) => (typeof form[key] === 'string' && form[key] ? String(form[key]) : null);
    const method = deliveryMethodOf(form.deliveryMethod) ?? 'ONSITE';
    const trackingNo = text('trackingNo');
    const delivery = db.delivery.createMany({
      data: [
        {
          matterId,
          method,
          // the workflow's validator has checked the pair for mail (domain/delivery.ts)
          carrier: method === 'MAIL' ? (carrierOf(form.carrier)?.code ?? null) : null,
          trackingNo: trackingNo && normalizeTrackingNo(trackingNo),
          signedBy: text('signedBy'),
          terminalCode: text('terminalCode'),
          byId: actorId ?? 'system',
          deliveredAt: now(),
        },
      ],
      skipDuplicates: true,
    });
    if (method !== 'MAIL') return void (await delivery);
    // in the post: the applicant is told, with the tracking number, in the same transaction
    const sent = applicantNoticesSql(matterId, {
      causeKey: resultSentKey(matterId),
      kind: 'RESULT_SENT',
      data: {
        trackingNo: trackingNo ? normalizeTrackingNo(trackingNo) : '',
        carrier: carrierOf(form.carrier)?.zh ?? text('carrier') ?? '',
      },
      at: now(),
    });
    await db.$transaction([delivery, db.$executeRaw(sent)]);
  }

  /** The submission the API wrote before its Update; one of another task is a defect, not something to retry. */
  async function submissionOf(id: string, taskKey: string) {
    const submission = await db.stepSubmission.findUnique({ where: { id } });
    if (!submission) throw new Error(`submission ${id} of task ${taskKey} not found`);
    if (submission.taskKey !== taskKey)
      throw ApplicationFailure.nonRetryable(`submission ${id} belongs to ${submission.taskKey}, not ${taskKey}`);
    return submission;
  }

  return {
    async syncTask({ matterId, task, actorId, owner }) {
      const assigneeId = await presentAssignee(task.assigneeId, actorId);
      const fields = {
        // a migrated matter's task moves to its element in the target version (workflows/migration.ts)
        nodeId: task.nodeId,
        name: task.name,
        stepKind: task.stepKind,
        candidateDepartmentCode: task.candidateDepartmentCode ?? null,
        candidateRole: task.candidateRole ?? null,
        assigneeId: assigneeId ?? null,
        status: assigneeId ? ('CLAIMED' as const) : ('OPEN' as const),
        dueAt: task.dueAt ? new Date(task.dueAt) : null,
        suspended: task.state === 'SUSPENDED',
        ...(owner ? { workflowId: owner.workflowId, procedureVersionId: owner.procedureVersionId } : {}),
      };
      await db.$transaction([
        db.task.createMany({
          data: [
            {
              ...fields,
              taskKey: task.taskKey,
              matterId,
              createdAt: new Date(task.createdAt),
              ...(task.variables ? { variables: task.variables as Prisma.InputJsonObject } : {}),
            },
          ],
          skipDuplicates: true,
        }),
        // a closed task is never re-opened by a late retry
        db.task.updateMany({ where: { taskKey: task.taskKey, status: { in: ['OPEN', 'CLAIMED'] } }, data: fields }),
        db.matter.update({ where: { id: matterId }, data: { lastProgressAt: now() } }),
      ]);
      return { assigneeId };
    },

    async closeTask({ taskKey, status, actorId, decision, comment, formData, submissionId }) {
      const submitted = submissionId ? await submissionOf(submissionId, taskKey) : undefined;
      const values = submitted ? (submitted.formData as Record<string, unknown>) : formData;
      const task = await db.task.findUnique({ where: { taskKey }, select: { matterId: true, stepKind: true } });
      if (task?.stepKind === 'deliver' && status === 'COMPLETED')
        await recordDelivery(task.matterId, values ?? {}, actorId);
      // a task done or gone needs nobody's attention: its new-task and transfer notices in the bell are settled
      await db.staffNotice.updateMany({
        where: { taskKey, readAt: null, kind: { in: ['TASK_NEW', 'TASK_TRANSFERRED'] } },
        data: { readAt: now() },
      });
      await db.task.updateMany({
        where: { taskKey, status: { in: ['OPEN', 'CLAIMED'] } },
        data: {
          status,
          decision: decision ?? null,
          comment: (submitted ? submitted.opinion : comment) ?? null,
          formData: (values ?? undefined) as Prisma.InputJsonValue | undefined,
          submissionId: submissionId ?? null,
          completedAt: now(),
          completedById: actorId ?? null,
          suspended: false,
        },
      });
    },
  };
}
