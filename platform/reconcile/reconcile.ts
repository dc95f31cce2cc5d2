import {
  WorkflowNotFoundError,
  type Client,
  type WorkflowExecutionDescription,
  type WorkflowHandle,
} from '@temporalio/client';
import { getBookkeeping, getState, type ProcedureState } from '../../workflows/procedure-contract';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { applyRepairs, restartMatter } from './apply-repairs';
import { matterRow, mattersToCheck, readMatterRows } from './matter-rows';
import { planRepairs } from './plan-repairs';
import { describeRepair } from './describe-repair';
import type { Finding, MatterRow, ReconcileReport, WorkflowView } from './reconcile-types';

export interface ReconcileDeps {
  db: Db;
  temporal: Client;
  logger?: Logger;
  now?: () => Date;
}

export interface ReconcileOptions {
  /** matters checked at once */
  concurrency?: number;
  /** how many times a matter whose workflow is moving is looked at again before it is reported busy */
  attempts?: number;
  pauseMs?: number;
  /** only these matters (by id); running workflows without a row are then not looked for */
  matterIds?: string[];
  /** called after each matter (an activity heartbeats with it) */
  onProgress?: (checked: number, of: number) => void;
}

const RUNNING_PROCEDURES = `WorkflowType = 'procedureWorkflow' AND ExecutionStatus = 'Running'`;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Moving: a workflow task or an activity is under way, so its rows may be mid-write. */
const busy = (d: WorkflowExecutionDescription) =>
  (d.raw.pendingActivities?.length ?? 0) > 0 || Boolean(d.raw.pendingWorkflowTask);

type Outcome =
  | { kind: 'ok'; repaired: boolean; repairs: ReturnType<typeof planRepairs>['repairs']; findings: Finding[] }
  | { kind: 'restarted' }
  | { kind: 'finding'; finding: Finding };

function finding(matter: MatterRow, kind: Finding['kind'], texts: Omit<Finding, 'kind' | 'workflowId'>): Finding {
  return { kind, workflowId: matter.workflowId, matterId: matter.id, receiptNo: matter.receiptNo, ...texts };
}

/**
 * Makes the rows say what the workflows say (docs/operations.md). For each open matter and each running workflow:
 * its state (a query; its result once finished) against its rows, repaired from the workflow and listed. Safe on a
 * live stack: a matter is compared only while its workflow is still (no workflow task or activity under way, the
 * same history before and after the rows are read), and looked at again when it moved while being repaired.
 */
export async function reconcile(deps: ReconcileDeps, options: ReconcileOptions = {}): Promise<ReconcileReport> {
  const { db, temporal } = deps;
  const now = deps.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const running: string[] = [];
  if (!options.matterIds)
    for await (const wf of temporal.workflow.list({ query: RUNNING_PROCEDURES })) running.push(wf.workflowId);
  const matters = await mattersToCheck(db, running, options.matterIds);
  const known = new Set(matters.map((m) => m.workflowId));
  const report: ReconcileReport = {
    startedAt,
    finishedAt: startedAt,
    checkedMatters: matters.length,
    checkedWorkflows: running.length,
    repaired: [],
    restarted: [],
    findings: running
      .filter((id) => !known.has(id))
      .map((workflowId) => ({
        kind: 'WORKFLOW_WITHOUT_MATTER' as const,
        workflowId,
        zh: `流程 ${workflowId} 没有对应的办件记录`,
        en: `Workflow ${workflowId} has no matter row`,
        actionZh: `数据库中丢失了该办件：请按申请人的受理回执在窗口重新受理，然后终止该流程（temporal workflow terminate --workflow-id ${workflowId}）`,
        actionEn: `The database has lost its matter: accept it again at the window from the applicant's receipt, then terminate the workflow (temporal workflow terminate --workflow-id ${workflowId})`,
      })),
  };

  let next = 0;
  const worker = async () => {
    for (;;) {
      const index = next++;
      const matter = matters[index];
      if (!matter) return;
      options.onProgress?.(index, matters.length);
      const outcome = await checkMatter(deps, matter, options, now).catch((e: unknown): Outcome => ({
        kind: 'finding',
        finding: finding(matter, 'NOT_QUERYABLE', {
          zh: `无法核对办件 ${matter.receiptNo}：${String(e)}`,
          en: `Could not check matter ${matter.receiptNo}: ${String(e)}`,
          actionZh: '确认工作进程在运行（查询由它应答），然后再运行一次核对',
          actionEn: 'Make sure a worker is running (it answers the queries), then reconcile again',
        }),
      }));
      if (outcome.kind === 'restarted')
        report.restarted.push({ matterId: matter.id, receiptNo: matter.receiptNo, workflowId: matter.workflowId });
      else if (outcome.kind === 'finding') report.findings.push(outcome.finding);
      else {
        report.findings.push(...outcome.findings);
        if (outcome.repaired)
          report.repaired.push({
            matterId: matter.id,
            receiptNo: matter.receiptNo,
            workflowId: matter.workflowId,
            repairs: outcome.repairs,
            described: outcome.repairs.map(describeRepair),
          });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 8) }, worker));
  report.finishedAt = now().toISOString();
  deps.logger?.info('reconcile finished', {
    checkedMatters: report.checkedMatters,
    repaired: report.repaired.length,
    restarted: report.restarted.length,
    findings: report.findings.length,
  });
  return report;
}

async function checkMatter(
  deps: ReconcileDeps,
  initial: MatterRow,
  options: ReconcileOptions,
  now: () => Date,
): Promise<Outcome> {
  const handle = deps.temporal.workflow.getHandle(initial.workflowId);
  const attempts = options.attempts ?? 20;
  const applied: Outcome & { kind: 'ok' } = { kind: 'ok', repaired: false, repairs: [], findings: [] };
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await pause(Math.min((options.pauseMs ?? 500) * attempt, 5000));
    try {
      const outcome = await checkOnce(deps, initial, handle, applied, now);
      if (outcome) return outcome;
      lastError = undefined;
    } catch (e) {
      // a query or describe that failed (a worker busy replaying after a restart) is tried again like a busy one
      lastError = e;
    }
  }
  if (lastError) throw lastError;
  if (applied.repaired) return applied;
  return {
    kind: 'finding',
    finding: finding(initial, 'BUSY', {
      zh: `办件 ${initial.receiptNo} 的流程一直在运行步骤，本次未核对`,
      en: `Matter ${initial.receiptNo}'s workflow kept moving; not checked this time`,
      actionZh: '稍后再运行一次核对；若一直如此，在 Temporal 界面查看是否有一直重试的活动',
      actionEn: 'Reconcile again later; if it stays so, look in the Temporal UI for an activity that keeps retrying',
    }),
  };
}

/** One look at a matter: its outcome, or undefined when the workflow moved and it must be looked at again. */
async function checkOnce(
  deps: ReconcileDeps,
  initial: MatterRow,
  handle: WorkflowHandle,
  applied: Outcome & { kind: 'ok' },
  now: () => Date,
): Promise<Outcome | undefined> {
  const { db } = deps;
  let before: WorkflowExecutionDescription;
  try {
    before = await handle.describe();
  } catch (e) {
    if (!(e instanceof WorkflowNotFoundError)) throw e;
    const matter = await matterRow(db, initial.id);
    if (!matter || !['IN_PROGRESS', 'SUSPENDED'].includes(matter.status)) return applied;
    await restartMatter(db, matter);
    return { kind: 'restarted' };
  }
  const status = before.status.name;
  if (status !== 'RUNNING' && status !== 'COMPLETED')
    return {
      kind: 'finding',
      finding: finding(initial, 'WORKFLOW_ENDED_ABNORMALLY', {
        zh: `办件 ${initial.receiptNo} 的流程已异常结束（${status}）`,
        en: `Matter ${initial.receiptNo}'s workflow ended ${status}`,
        actionZh: `在 Temporal 界面查看流程 ${initial.workflowId}：修复原因后重置（temporal workflow reset），或由管理人员结束该办件`,
        actionEn: `Look at workflow ${initial.workflowId} in the Temporal UI: fix the cause and reset it (temporal workflow reset), or have a manager close the matter`,
      }),
    };
  if (status === 'RUNNING' && busy(before)) return undefined;
  const view: WorkflowView =
    status === 'RUNNING'
      ? {
          workflowId: initial.workflowId,
          state: await handle.query(getState),
          bookkeeping: await handle.query(getBookkeeping),
        }
      : { workflowId: initial.workflowId, state: (await handle.result()) as ProcedureState };
  const matter = await matterRow(db, initial.id);
  if (!matter) return applied;
  const rows = await readMatterRows(
    db,
    matter,
    view.state.tasks.map((t) => t.taskKey),
    view.state.suspendedSince,
  );
  const after = await handle.describe();
  if (after.historyLength !== before.historyLength || (status === 'RUNNING' && busy(after))) return undefined;
  const { repairs, findings } = planRepairs(view, rows);
  applied.findings = findings;
  if (repairs.length === 0) return applied;
  await applyRepairs(db, matter, repairs, now());
  applied.repaired = true;
  applied.repairs.push(...repairs);
  // moved while being repaired: look again, the workflow is still the authority
  if ((await handle.describe()).historyLength === before.historyLength) return applied;
  return undefined;
}
