import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { ProcedurePlan } from '../bpmn/plan';
import { auditAppendSql } from '../platform/audit-chain';
import { illegalMoveOf } from '../platform/illegal-move-of';
import {
  getMigrationView,
  migrateMatter,
  migrateUpdateId,
  type MigrationOutcome,
} from '../workflows/migration-contract';
import type { ActivityDeps } from './deps';
import type { MigrationBatchActivities } from './migration-batch-types';

/** The batch's activities: one matter migrated (or refused, or failed) and reported at a time. */
export function createMigrationBatchActivities({ db, temporal, now }: ActivityDeps): MigrationBatchActivities {
  const plans = new Map<string, ProcedurePlan>();
  async function planOf(versionId: string): Promise<ProcedurePlan> {
    const cached = plans.get(versionId);
    if (cached) return cached;
    const { plan } = await db.procedureVersion.findUniqueOrThrow({ where: { id: versionId }, select: { plan: true } });
    plans.set(versionId, plan as unknown as ProcedurePlan);
    return plan as unknown as ProcedurePlan;
  }

  return {
    async migrateOne(input) {
      const { batchId, matterId, actor } = input;
      const [reported, matter, migratedHere] = await Promise.all([
        db.migrationItem.findUnique({ where: { batchId_matterId: { batchId, matterId } }, select: { outcome: true } }),
        db.matter.findUniqueOrThrow({
          where: { id: matterId },
          select: { workflowId: true, receiptNo: true, procedureVersionId: true },
        }),
        // a retry after this batch's Update wrote the matter's rows, before its line was written
        db.matterEvent.findFirst({
          where: { matterId, type: 'matter.migrated', data: { path: ['migrationId'], equals: batchId } },
          select: { id: true },
        }),
      ]);
      if (reported) return { outcome: reported.outcome };
      const report = async (outcome: MigrationOutcome, reason?: { zh: string; en: string }) => {
        const at = now();
        const audit = auditAppendSql(
          {
            actorId: actor.userId,
            actorName: actor.displayName,
            action: `matter.migrate.${outcome.toLowerCase()}`,
            objectType: 'Matter',
            objectId: matterId,
            detail: { batchId, fromVersion: input.fromVersion, toVersion: input.toVersion, reason: reason?.zh },
          },
          at,
        );
        await db.$transaction([
          db.migrationItem.create({
            data: {
              batchId,
              matterId,
              receiptNo: matter.receiptNo,
              outcome,
              reasonZh: reason?.zh ?? null,
              reasonEn: reason?.en ?? null,
              at,
            },
          }),
          db.$executeRaw`SELECT ${audit}`,
        ]);
        return { outcome };
      };

      const handle = temporal.workflow.getHandle(matter.workflowId);
      // the Update's writes are local activities, done before the workflow records it: it went through once the
      // workflow runs the target (a workflow gone can be asked nothing, its writes say it did); else it is sent again
      if (migratedHere) {
        const view = await handle.query(getMigrationView).catch((e: unknown) => {
          if (e instanceof Error && e.name === 'WorkflowNotFoundError') return undefined;
          throw e;
        });
        if (!view || view.versionId === input.toVersionId) return report('MIGRATED');
      } else if (matter.procedureVersionId !== input.fromVersionId)
        return report('REFUSED', {
          zh: `办件已不在源版本 v${input.fromVersion} 上`,
          en: `the matter is no longer on the source version v${input.fromVersion}`,
        });
      // no dry run first: the Update's validator makes the same assessment (checkMigration) and refuses with its reasons
      try {
        await handle.executeUpdate(migrateMatter, {
          updateId: migrateUpdateId(batchId, matterId),
          args: [{ ...input, migrationId: batchId, plan: await planOf(input.toVersionId) }],
        });
      } catch (e) {
        if (e instanceof Error && e.name === 'WorkflowNotFoundError')
          return report('REFUSED', { zh: '办件的流程已结束', en: "the matter's workflow has ended" });
        if (!(e instanceof WorkflowUpdateFailedError)) throw e;
        const move = illegalMoveOf(e.cause);
        if (move) return report('REFUSED', move);
        const message = e.cause?.message ?? e.message;
        return report('FAILED', { zh: `迁移失败：${message}`, en: `migration failed: ${message}` });
      }
      return report('MIGRATED');
    },

    async finishMigrationBatch({ batchId }) {
      await db.migrationBatch.updateMany({ where: { id: batchId, finishedAt: null }, data: { finishedAt: now() } });
    },
  };
}
