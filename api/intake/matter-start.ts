import type { Client } from '@temporalio/client';
import type { ProcedurePlan } from '../../bpmn/plan';
import { Prisma, type Matter } from '../../generated/prisma/client';
import { serviceRetryOf, type Config } from '../../platform/config';
import { runSql, type Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { createWriteBehind } from '../../platform/write-behind';
import type { MatterFacts } from '../../workflows/procedure-contract';
import type { CurrentUser } from '../auth/auth.types';
import { startProcedure, startProcedureAtWindow } from '../engine/procedure-start';
import { AT_WINDOW_WAIT_MS, atWindowInput } from './at-window';

/** What starting a matter's workflow needs of its row. */
export type StartableMatter = Pick<
  Matter,
  | 'id'
  | 'status'
  | 'receiptNo'
  | 'workflowId'
  | 'kind'
  | 'itemCode'
  | 'itemId'
  | 'viaAgent'
  | 'acceptedDepartmentCode'
  | 'leadDepartmentCode'
  | 'promisedDays'
  | 'procedureVersionId'
>;

/** What the intake has just looked up and starting need not read again: the version's plan, the co-departments. */
export interface KnownAtStart {
  plan: unknown;
  coDepartmentCodes: string[];
}

export function matterFactsOf(matter: StartableMatter, coDepartmentCodes: string[]): MatterFacts {
  return {
    matterId: matter.id,
    receiptNo: matter.receiptNo,
    kind: matter.kind,
    itemCode: matter.itemCode,
    viaAgent: matter.viaAgent,
    acceptedDepartmentCode: matter.acceptedDepartmentCode,
    leadDepartmentCode: matter.leadDepartmentCode,
    coDepartmentCodes,
    promisedDays: matter.promisedDays,
  };
}

/**
 * A written matter is PENDING_START until its workflow runs, then IN_PROGRESS. Starting is idempotent, so whoever
 * finds a matter still pending (a retry, the sweep of every API instance) may start it again.
 */
export function createMatterStarter({
  db,
  temporal,
  config,
  logger,
}: {
  db: Db;
  temporal: Client;
  config: Config;
  logger: Logger;
}) {
  const markInProgress = (ids: string[]) =>
    runSql<{ id: string }>(
      db,
      Prisma.sql`UPDATE "Matter" SET "status" = 'IN_PROGRESS', "updatedAt" = ${new Date().toISOString()}::timestamp
    WHERE "id" = ANY(${ids}::text[]) AND "status" = 'PENDING_START' RETURNING "id"`,
      { prepare: true },
    );
  /**
   * A new matter's IN_PROGRESS, once its workflow runs, is written behind the answer: in batches, one commit for
   * the intakes of the same moment. Should the process die first, the sweep (startPending) finds the matter still
   * PENDING_START, finds its workflow started, and writes it then.
   */
  const inProgress = createWriteBehind<string>(markInProgress, (error, ids) =>
    logger.warn('marking started matters IN_PROGRESS failed; the pending-start sweep will', {
      count: ids.length,
      error: String(error),
    }),
  );

  /** The plan and the co-departments of a matter whose intake is gone (a retry, the sweep). */
  async function lookUp(matter: StartableMatter): Promise<KnownAtStart> {
    const [version, item] = await Promise.all([
      db.procedureVersion.findUniqueOrThrow({ where: { id: matter.procedureVersionId }, select: { plan: true } }),
      db.serviceItem.findUniqueOrThrow({ where: { id: matter.itemId }, select: { coDepartmentCodes: true } }),
    ]);
    return { plan: version.plan, coDepartmentCodes: item.coDepartmentCodes };
  }

  /** Starts (or, on a retry, re-starts) the matter's workflow; a start that already happened is fine. */
  async function start(matter: StartableMatter, known?: KnownAtStart): Promise<void> {
    const { plan, coDepartmentCodes } = known ?? (await lookUp(matter));
    const facts = matterFactsOf(matter, coDepartmentCodes);
    const { TEMPORAL_TASK_QUEUE: queue } = config;
    await startProcedure(temporal, queue, matter.workflowId, facts, plan as ProcedurePlan, serviceRetryOf(config));
  }

  /** Starts a PENDING_START matter's workflow and marks it IN_PROGRESS; whether this call moved it. */
  async function ensureStarted(matter: StartableMatter): Promise<boolean> {
    if (matter.status !== 'PENDING_START') return false;
    await start(matter);
    return (await markInProgress([matter.id])).length === 1;
  }

  return {
    start,
    ensureStarted,
    /** The matter's workflow runs: its IN_PROGRESS is written behind the answer. */
    started: (matterId: string) => inProgress.add(matterId),

    /**
     * 即办件 accepted by a clerk: started with the window step finished at once (one request, see
     * startProcedureAtWindow), IN_PROGRESS written before the answer, unless the workflow has already ended it.
     */
    async startAtWindow(matter: StartableMatter, known: KnownAtStart, user: CurrentUser) {
      const facts = matterFactsOf(matter, known.coDepartmentCodes);
      const { workflowId } = matter;
      const plan = known.plan as ProcedurePlan;
      const queue = config.TEMPORAL_TASK_QUEUE;
      const atWindow = atWindowInput(user);
      const outcome = await startProcedureAtWindow(
        temporal,
        queue,
        workflowId,
        facts,
        plan,
        atWindow,
        AT_WINDOW_WAIT_MS,
        serviceRetryOf(config),
      );
      await markInProgress([matter.id]);
      return outcome;
    },
    /** before the process stops: the IN_PROGRESS marks still to be written */
    flush: () => inProgress.flush(),

    /**
     * A matter saved but never started (the engine was down and the clerk gave up) is started here; starting is
     * idempotent, so several API instances may sweep at once. Returns how many were started.
     */
    async startPending(olderThanMs = 30_000): Promise<number> {
      const pending = await db.matter.findMany({
        where: { status: 'PENDING_START', createdAt: { lt: new Date(Date.now() - olderThanMs) } },
        take: 100,
      });
      let started = 0;
      for (const matter of pending) if (await ensureStarted(matter).catch(() => false)) started++;
      return started;
    },
  };
}
export type MatterStarter = ReturnType<typeof createMatterStarter>;
