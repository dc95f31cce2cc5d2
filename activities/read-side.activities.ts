import { Prisma } from '../generated/prisma/client';
import type { ProcedureActivities, ReadSideRestore } from './activity-types';
import type { ActivityDeps } from './deps';

/** How long before a deliver task's completion its delivery record may have been written by the same step. */
const DELIVERY_WINDOW_MS = 10 * 60_000;

/**
 * The compensation of a refused step: the rows it wrote before the refusal are taken back, in one transaction, so
 * the read side says again what the workflow holds (tasks, timeline, suspensions, extensions, deadline, status).
 */
export function readSideActivities({ db }: ActivityDeps): Pick<ProcedureActivities, 'restoreReadSide'> {
  return {
    async restoreReadSide(input: ReadSideRestore) {
      const { matterId, tasks, matter } = input;
      await db.$transaction(async (tx) => {
        await tx.task.deleteMany({ where: { matterId, taskKey: { in: input.discardedTaskKeys } } });
        for (const task of tasks) {
          const row = await tx.task.findUnique({
            where: { taskKey: task.taskKey },
            select: { stepKind: true, status: true, completedAt: true },
          });
          // a deliver step the refused step completed recorded its delivery just before
          if (row?.stepKind === 'deliver' && row.status === 'COMPLETED' && row.completedAt) {
            await tx.delivery.deleteMany({
              where: {
                matterId,
                byId: { not: 'system' },
                deliveredAt: { gte: new Date(row.completedAt.getTime() - DELIVERY_WINDOW_MS), lte: row.completedAt },
              },
            });
          }
          const fields = {
            name: task.name,
            stepKind: task.stepKind,
            candidateDepartmentCode: task.candidateDepartmentCode ?? null,
            candidateRole: task.candidateRole ?? null,
            assigneeId: task.assigneeId ?? null,
            status: task.assigneeId ? ('CLAIMED' as const) : ('OPEN' as const),
            suspended: task.state === 'SUSPENDED',
            dueAt: task.dueAt ? new Date(task.dueAt) : null,
            decision: null,
            comment: null,
            completedAt: null,
            completedById: null,
          };
          await tx.task.upsert({
            where: { taskKey: task.taskKey },
            create: {
              ...fields,
              taskKey: task.taskKey,
              matterId,
              nodeId: task.nodeId,
              createdAt: new Date(task.createdAt),
            },
            update: { ...fields, formData: Prisma.DbNull },
          });
        }
        const byKey = { matterId, eventKey: { in: input.discardedEventKeys } };
        await tx.matterEvent.deleteMany({ where: byKey });
        await tx.suspension.deleteMany({ where: byKey });
        await tx.extension.deleteMany({ where: byKey });
        await tx.authorityAnswer.deleteMany({ where: byKey });
        if (input.openClockStopKeys?.length)
          await tx.suspension.updateMany({
            where: { matterId, eventKey: { in: input.openClockStopKeys } },
            data: { endedAt: null, endDate: null },
          });
        let openSuspensionReason: string | null = null;
        if (input.openSuspensionKey) {
          const where = { matterId, eventKey: input.openSuspensionKey };
          await tx.suspension.updateMany({ where, data: { endedAt: null, endDate: null } });
          openSuspensionReason = (await tx.suspension.findFirst({ where, select: { reason: true } }))?.reason ?? null;
        }
        if (input.dueDateMoved) {
          const { from, to } = input.dueDateMoved;
          // the key refreshDeadline gives a change (activities/deadline.activities.ts)
          await tx.deadlineChange.deleteMany({
            where: { matterId, eventKey: { startsWith: `${matterId}:${from ?? 'none'}->${to}:` } },
          });
        }
        await tx.matter.updateMany({
          where: { id: matterId },
          data: {
            status: matter.status,
            // a step is only taken on a running matter, which has no outcome yet
            completedAt: null,
            outcomeReason: matter.status === 'SUSPENDED' ? openSuspensionReason : null,
            dueDate: matter.dueDate ?? null,
            dueAt: matter.dueAt ? new Date(matter.dueAt) : null,
            provisional: matter.provisional ?? false,
            warningLevel: matter.warningLevel,
          },
        });
      });
    },
  };
}
