import { chinaDateOf } from '../../domain/china-time';
import { Prisma } from '../../generated/prisma/client';
import type { Db } from '../db';
import { UNRESOLVED, incidentRowOf } from '../incident-row';
import { alignClockInstantsSql } from '../warning-level';
import type { MatterRow, Repair } from './reconcile-types';

const TERMINAL = ['COMPLETED', 'REJECTED', 'REPORTED_UP', 'NOT_ACCEPTED', 'WITHDRAWN', 'TERMINATED'];
export const CLOSED_BY_RECONCILE = '核对：流程中没有该任务 / reconcile: the workflow has no such task';
const CLOSED_BY_RECONCILE_INCIDENT = '核对：流程中已没有该故障 / reconcile: the workflow no longer has this incident';

type Tx = Prisma.TransactionClient;

/** One repair as the statement that makes it. */
async function apply(tx: Tx, matter: MatterRow, repair: Repair, now: Date): Promise<void> {
  switch (repair.kind) {
    case 'rowRemoved': {
      const where = { where: { id: repair.id } };
      if (repair.table === 'MatterEvent') await tx.matterEvent.deleteMany(where);
      else if (repair.table === 'Suspension') await tx.suspension.deleteMany(where);
      else if (repair.table === 'Extension') await tx.extension.deleteMany(where);
      else if (repair.table === 'Withdrawal') await tx.withdrawal.deleteMany(where);
      else if (repair.table === 'Incident') await tx.incident.deleteMany(where);
      else await tx.task.deleteMany(where);
      return;
    }
    case 'matterStatus': {
      const terminal = TERMINAL.includes(repair.to);
      await tx.matter.update({
        where: { id: matter.id },
        data: {
          status: repair.to,
          lastProgressAt: now,
          ...(terminal ? { completedAt: now } : { completedAt: null, outcomeReason: null }),
        },
      });
      return;
    }
    case 'matterDeadline':
      await tx.matter.update({
        where: { id: matter.id },
        data: {
          dueAt: repair.to.dueAt ? new Date(repair.to.dueAt) : null,
          dueDate: repair.to.dueDate,
          provisional: repair.to.provisional,
          warningLevel: repair.to.warningLevel,
        },
      });
      return;
    case 'taskCreated': {
      const { task, fields } = repair;
      await tx.task.create({
        data: {
          taskKey: task.taskKey,
          matterId: matter.id,
          nodeId: task.nodeId,
          name: task.name,
          stepKind: task.stepKind,
          candidateRole: task.candidateRole ?? null,
          createdAt: new Date(task.createdAt),
          ...fields,
          dueAt: fields.dueAt ? new Date(fields.dueAt) : null,
        },
      });
      return;
    }
    case 'taskReopened':
      await tx.task.update({
        where: { taskKey: repair.taskKey },
        data: {
          ...repair.fields,
          dueAt: repair.fields.dueAt ? new Date(repair.fields.dueAt) : null,
          decision: null,
          comment: null,
          formData: Prisma.DbNull,
          completedAt: null,
          completedById: null,
        },
      });
      return;
    case 'taskUpdated': {
      const { dueAt, ...rest } = repair.to;
      await tx.task.update({
        where: { taskKey: repair.taskKey },
        data: { ...rest, ...(dueAt !== undefined ? { dueAt: dueAt ? new Date(dueAt) : null } : {}) },
      });
      return;
    }
    case 'taskClosed':
      await tx.task.update({
        where: { taskKey: repair.taskKey },
        data: { status: 'CANCELLED', suspended: false, comment: CLOSED_BY_RECONCILE, completedAt: now },
      });
      return;
    case 'suspensionReopened':
      await tx.suspension.update({ where: { id: repair.suspensionId }, data: { endedAt: null, endDate: null } });
      return;
    case 'suspensionEnded':
      await tx.suspension.update({
        where: { id: repair.suspensionId },
        data: { endedAt: now, endDate: chinaDateOf(now) },
      });
      return;
    case 'incidentOpened': {
      const row = incidentRowOf(matter.id, repair.incident);
      await tx.incident.upsert({ where: { id: row.id }, create: row, update: { ...row, ...UNRESOLVED } });
      return;
    }
    case 'incidentClosed':
      await tx.incident.update({
        where: { id: repair.incidentId },
        data: { resolvedAt: now, resolutionNote: CLOSED_BY_RECONCILE_INCIDENT },
      });
      return;
  }
}

/** Repairs after which the colour's instants are put in line with the row and the ledger. */
const MOVE_THE_CLOCK = new Set<Repair['kind']>([
  'matterStatus',
  'matterDeadline',
  'suspensionReopened',
  'suspensionEnded',
]);

/** A matter's repairs in one transaction: all of them or none. */
export async function applyRepairs(db: Db, matter: MatterRow, repairs: Repair[], now: Date): Promise<void> {
  if (repairs.length === 0) return;
  await db.$transaction(async (tx) => {
    for (const repair of repairs) await apply(tx, matter, repair, now);
    if (repairs.some((r) => MOVE_THE_CLOCK.has(r.kind))) await tx.$executeRaw(alignClockInstantsSql(matter.id));
  });
}

/**
 * A matter whose workflow is gone (accepted after the workflows' snapshot): its task rows and the rows its workflow
 * keyed go, and it is PENDING_START again, which the API's pending-start sweep starts from its first step.
 */
export async function restartMatter(db: Db, matter: MatterRow): Promise<void> {
  const keyed = (field: string) => ({
    matterId: matter.id,
    OR: [{ [field]: { startsWith: `${matter.workflowId}:` } }, { [field]: { startsWith: `${matter.workflowId}/` } }],
  });
  await db.$transaction([
    db.task.deleteMany({ where: { matterId: matter.id } }),
    db.matterEvent.deleteMany({ where: keyed('eventKey') }),
    db.suspension.deleteMany({ where: keyed('eventKey') }),
    db.extension.deleteMany({ where: keyed('eventKey') }),
    db.withdrawal.deleteMany({ where: keyed('eventKey') }),
    db.incident.deleteMany({ where: { matterId: matter.id } }),
    db.matter.update({
      where: { id: matter.id },
      data: {
        status: 'PENDING_START',
        warningLevel: 'NONE',
        yellowAt: null,
        redAt: null,
        completedAt: null,
        outcomeReason: null,
      },
    }),
  ]);
}
