import { Prisma } from '../generated/prisma/client';
import { taskFieldsOf } from '../platform/reconcile/plan-repairs';
import { alignClockInstantsSql } from '../platform/warning-level';
import type { TaskFields } from '../platform/reconcile/reconcile-types';
import type { ProcedureActivities, ReadSideRestore } from './activity-types';
import { UNRESOLVED } from '../platform/incident-row';
import type { ActivityDeps } from './deps';

/** How long before a deliver task's completion its delivery record may have been written by the same step. */
const DELIVERY_WINDOW_MS = 10 * 60_000;

const MATTER_FIELDS = {
  status: true,
  completedAt: true,
  outcomeReason: true,
  dueDate: true,
  dueAt: true,
  provisional: true,
  warningLevel: true,
} as const;

const comparable = (value: unknown) => (value instanceof Date ? value.getTime() : value);

/** Every field of `held` has the same value in `row` (instants compared as instants). */
function sameValues(row: Record<string, unknown>, held: Record<string, unknown>): boolean {
  return Object.entries(held).every(([key, value]) => comparable(row[key]) === comparable(value));
}

/** The row is open and says what the workflow's live task says. */
function sameOpenTask(row: Record<string, unknown>, live: TaskFields): boolean {
  return sameValues(row, { ...live, dueAt: live.dueAt ? new Date(live.dueAt) : null });
}

/**
 * The compensation of a refused step: the rows it wrote before the refusal are taken back, in one transaction, so
 * the read side says again what the workflow holds (tasks, timeline, suspensions, extensions, deadline, status).
 * Only rows that differ are written: even a write of the same values meets the database's triggers and checks, and
 * one of those may be what refused the step (a row it will not take any write to), so rewriting a row the step left
 * as it was would be refused in turn and the step could never be given back.
 */
export function readSideActivities({ db }: ActivityDeps): Pick<ProcedureActivities, 'restoreReadSide'> {
  return {
    async restoreReadSide(input: ReadSideRestore) {
      const { matterId, tasks, matter } = input;
      await db.$transaction(async (tx) => {
        await tx.task.deleteMany({ where: { matterId, taskKey: { in: input.discardedTaskKeys } } });
        const rows = await tx.task.findMany({
          where: { matterId, taskKey: { in: tasks.map((t) => t.taskKey) } },
          select: {
            taskKey: true,
            stepKind: true,
            status: true,
            completedAt: true,
            assigneeId: true,
            suspended: true,
            candidateDepartmentCode: true,
            dueAt: true,
          },
        });
        const rowOf = new Map(rows.map((row) => [row.taskKey, row]));
        for (const task of tasks) {
          const row = rowOf.get(task.taskKey);
          const live = taskFieldsOf(task);
          if (row && sameOpenTask(row, live)) continue;
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
            ...live,
            name: task.name,
            stepKind: task.stepKind,
            candidateRole: task.candidateRole ?? null,
            dueAt: live.dueAt ? new Date(live.dueAt) : null,
            decision: null,
            comment: null,
            completedAt: null,
            completedById: null,
            // the refused step's submission is let go (the API deletes it once the Update is refused)
            submissionId: null,
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
        await tx.withdrawal.deleteMany({ where: byKey });
        await tx.incident.deleteMany({ where: { matterId, id: { in: input.discardedEventKeys } } });
        if (input.openIncidentIds?.length)
          await tx.incident.updateMany({
            where: { matterId, id: { in: input.openIncidentIds } },
            data: UNRESOLVED,
          });
        if (input.openClockStopKeys?.length)
          await tx.suspension.updateMany({
            where: { matterId, eventKey: { in: input.openClockStopKeys } },
            data: { endedAt: null, endDate: null },
          });
        let openSuspensionReason: string | null = null;
        if (input.openSuspensionKey) {
          const where = { matterId, eventKey: input.openSuspensionKey };
          await tx.suspension.updateMany({
            where: { ...where, endedAt: { not: null } },
            data: { endedAt: null, endDate: null },
          });
          openSuspensionReason = (await tx.suspension.findFirst({ where, select: { reason: true } }))?.reason ?? null;
        }
        if (input.dueDateMoved) {
          const { from, to } = input.dueDateMoved;
          // the key refreshDeadline gives a change (activities/deadline.activities.ts)
          await tx.deadlineChange.deleteMany({
            where: { matterId, eventKey: { startsWith: `${matterId}:${from ?? 'none'}->${to}:` } },
          });
        }
        const held = {
          status: matter.status,
          // a step is only taken on a running matter, which has no outcome yet
          completedAt: null,
          outcomeReason: matter.status === 'SUSPENDED' ? openSuspensionReason : null,
          dueDate: matter.dueDate ?? null,
          dueAt: matter.dueAt ? new Date(matter.dueAt) : null,
          provisional: matter.provisional ?? false,
          warningLevel: matter.warningLevel,
        };
        const row = await tx.matter.findUnique({ where: { id: matterId }, select: MATTER_FIELDS });
        if (row && !sameValues(row, held)) await tx.matter.update({ where: { id: matterId }, data: held });
        await tx.$executeRaw(alignClockInstantsSql(matterId));
      });
    },
  };
}
