import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { ProcedurePlan } from '../../bpmn/plan';
import type { Db } from '../../platform/db';
import { migrationBatchWorkflow } from '../../workflows';
import {
  getMigrationProgress,
  migrationBatchWorkflowId,
  pauseMigrationBatch,
  resumeMigrationBatch,
  type MigrationProgress,
} from '../../workflows/migration-contract';
import { assessMigration } from '../../workflows/migration-plan';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { actorOf } from '../engine/actor';
import type { RunUpdate } from '../engine/update-runner';
import { AppError, notFound } from '../errors';
import { RUNNING_STATUSES, runningViews } from './running-views';
import type { TDryRun, TMigrationBatch, TMigrationBody, TMigrationProposal, TVersionPair } from './migrations.types';

interface Deps {
  db: Db;
  temporal: Client;
  runUpdate: RunUpdate;
  audit: AuditService;
  taskQueue: string;
}

const elementOf = (plan: ProcedurePlan, nodeId: string) => {
  const node = plan.nodes[nodeId];
  return { nodeId, name: node?.name ?? nodeId, type: node?.type ?? 'unknown' };
};

/**
 * 版本迁移: the mapping proposed from the running matters' live state, the dry run against each of them, and the
 * batch (its own workflow) that migrates them, with its progress, pause / resume and report. Every start, pause
 * and resume is audited here; each matter's migration by the batch's activity.
 */
export function createMigrationsService({ db, temporal, runUpdate, audit, taskQueue }: Deps) {
  async function versions(procedureId: string, pair: TVersionPair) {
    const rows = await db.procedureVersion.findMany({
      where: { procedureId, version: { in: [pair.fromVersion, pair.toVersion] } },
    });
    const of = (version: number) => {
      const row = rows.find((r) => r.version === version);
      if (!row) throw notFound(`版本 v${version}`, `Version v${version}`);
      return { id: row.id, version, plan: row.plan as unknown as ProcedurePlan };
    };
    return { from: of(pair.fromVersion), to: of(pair.toVersion) };
  }

  async function proposal(procedureId: string, pair: TVersionPair): Promise<TMigrationProposal> {
    const { from, to } = await versions(procedureId, pair);
    const running = await runningViews(db, temporal, from.id);
    const counts = new Map<string, number>();
    for (const { view } of running) {
      const held = new Set([...(view?.tokens ?? []).map((t) => t.nodeId), ...(view?.tasks ?? []).map((t) => t.nodeId)]);
      for (const nodeId of held) counts.set(nodeId, (counts.get(nodeId) ?? 0) + 1);
    }
    return {
      matters: running.length,
      unread: running.filter((r) => !r.view).length,
      elements: [...counts].map(([nodeId, matters]) => ({
        ...elementOf(from.plan, nodeId),
        matters,
        proposed: to.plan.nodes[nodeId] ? nodeId : null,
      })),
      targets: Object.values(to.plan.nodes)
        .filter((node) => node.type !== 'startEvent' && node.type !== 'endEvent')
        .map((node) => elementOf(to.plan, node.id)),
    };
  }

  async function dryRun(procedureId: string, body: TMigrationBody): Promise<TDryRun> {
    const { from, to } = await versions(procedureId, body);
    const running = await runningViews(db, temporal, from.id);
    return {
      items: running.map(({ id, receiptNo, view }) => {
        if (!view)
          return {
            matterId: id,
            receiptNo,
            migratable: false,
            outcome: [],
            refusals: [
              {
                code: 'ENGINE_UNAVAILABLE',
                zh: '无法读取办件的流程状态，请稍后重试',
                en: "the matter's state could not be read",
              },
            ],
          };
        const { migratable, outcome, refusals } = assessMigration(view, from.plan, to.plan, body.mapping);
        return { matterId: id, receiptNo, migratable, outcome, refusals };
      }),
    };
  }

  /** Starts the batch over every running matter on the source; each is assessed again right before it moves. */
  async function start(user: CurrentUser, procedureId: string, body: TMigrationBody, ip?: string) {
    const { from, to } = await versions(procedureId, body);
    const matters = await db.matter.findMany({
      where: { procedureVersionId: from.id, status: { in: [...RUNNING_STATUSES] } },
      select: { id: true },
      orderBy: { acceptedAt: 'asc' },
    });
    if (matters.length === 0)
      throw new AppError(
        'BAD_REQUEST',
        `v${from.version} 上没有办理中的办件`,
        `no running matter is on v${from.version}`,
      );
    const batchId = randomUUID();
    const detail = {
      batchId,
      fromVersion: from.version,
      toVersion: to.version,
      mapping: body.mapping,
      total: matters.length,
    };
    await db.migrationBatch.create({
      data: {
        id: batchId,
        procedureId,
        fromVersionId: from.id,
        toVersionId: to.id,
        fromVersion: from.version,
        toVersion: to.version,
        mapping: body.mapping,
        total: matters.length,
        createdById: user.id,
      },
    });
    try {
      await runUpdate(() =>
        temporal.workflow.start(migrationBatchWorkflow, {
          workflowId: migrationBatchWorkflowId(batchId),
          taskQueue,
          args: [
            {
              batchId,
              actor: actorOf(user),
              fromVersionId: from.id,
              fromVersion: from.version,
              toVersionId: to.id,
              toVersion: to.version,
              mapping: body.mapping,
              matterIds: matters.map((m) => m.id),
            },
          ],
        }),
      );
    } catch (e) {
      // a batch whose workflow did not start is no batch
      await db.migrationBatch.delete({ where: { id: batchId } });
      throw e;
    }
    await audit.record({
      actorId: user.id,
      actorName: user.displayName,
      action: 'migration.start',
      objectType: 'Procedure',
      objectId: procedureId,
      ip,
      detail,
    });
    return get(batchId);
  }

  /** The batch workflow's progress; once it is gone (finished long ago), counted from the report rows. */
  async function progressOf(batchId: string, total: number, finished: boolean): Promise<MigrationProgress> {
    if (!finished) {
      const live = await temporal.workflow
        .getHandle(migrationBatchWorkflowId(batchId))
        .query(getMigrationProgress)
        .catch(() => undefined);
      if (live) return live;
    }
    const grouped = await db.migrationItem.groupBy({ by: ['outcome'], where: { batchId }, _count: true });
    const count = (outcome: string) => grouped.find((g) => g.outcome === outcome)?._count ?? 0;
    const [migrated, refused, failed] = [count('MIGRATED'), count('REFUSED'), count('FAILED')];
    return { total, done: migrated + refused + failed, migrated, refused, failed, paused: false, finished };
  }

  async function get(batchId: string): Promise<TMigrationBatch> {
    const row = await db.migrationBatch.findUnique({
      where: { id: batchId },
      include: { items: { orderBy: { at: 'asc' } } },
    });
    if (!row) throw notFound('迁移批次', 'Migration batch');
    const by = await db.user.findUnique({ where: { id: row.createdById }, select: { displayName: true } });
    const { fromVersionId: _f, toVersionId: _t, items, mapping, ...shown } = row;
    return {
      ...shown,
      mapping: mapping as Record<string, string>,
      createdByName: by?.displayName ?? null,
      progress: await progressOf(row.id, row.total, row.finishedAt !== null),
      items: items.map(({ batchId: _b, ...item }) => item),
    };
  }

  async function list(procedureId: string) {
    const rows = await db.migrationBatch.findMany({ where: { procedureId }, orderBy: { createdAt: 'desc' }, take: 20 });
    const data = [];
    for (const row of rows) {
      const { items: _items, ...batch } = await get(row.id);
      data.push(batch);
    }
    return { data };
  }

  async function pauseOrResume(user: CurrentUser, batchId: string, pause: boolean, ip?: string) {
    if ((await get(batchId)).progress.finished)
      throw new AppError('ILLEGAL_TRANSITION', '该迁移批次已完成', 'The migration batch has finished');
    const handle = temporal.workflow.getHandle(migrationBatchWorkflowId(batchId));
    await runUpdate(() => handle.executeUpdate(pause ? pauseMigrationBatch : resumeMigrationBatch));
    await audit.record({
      actorId: user.id,
      actorName: user.displayName,
      action: pause ? 'migration.pause' : 'migration.resume',
      objectType: 'MigrationBatch',
      objectId: batchId,
      ip,
    });
    return get(batchId);
  }

  return { proposal, dryRun, start, get, list, pauseOrResume };
}
export type MigrationsService = ReturnType<typeof createMigrationsService>;
