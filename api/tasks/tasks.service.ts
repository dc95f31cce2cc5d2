import { randomUUID } from 'node:crypto';
import type { Client, UpdateDefinition } from '@temporalio/client';
import type { PlanNode, TaskDecision } from '../../bpmn/plan';
import { isCompensationHandler } from '../../bpmn/plan-compensation';
import { Prisma } from '../../generated/prisma/client';
import { runSql, type Db } from '../../platform/db';
import {
  claimTask,
  completeTask,
  requestSupplement,
  returnTask,
  transferTask,
  unclaimTask,
  type Actor,
} from '../../workflows/procedure-contract';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { AppError, forbidden, notFound } from '../errors';
import type { RunUpdate } from '../engine/update-runner';
import { keyedDetail, keyedUpdateId } from '../shared/idempotency';
import { actorOf } from '../engine/actor';
import { EXPORT_MAX_ROWS, departmentNames, recordExport } from '../shared/csv-export';
import { planOf as readPlanOf } from '../case-record/case-record';
import { createStepSubmissions, type StepInput } from './step-submissions';
import { taskPage, taskRows } from './task-rows';
import type { MatterDetailReader, StepOrigin, TTaskQuery } from './tasks.types';
import { inboxPage, inboxWhere, taskAccessSql, taskCountsSql, type TaskAccess } from './task-scope.sql';
import { activeDepartmentId } from '../organisation/active-department';

interface Deps {
  db: Db;
  temporal: Client;
  runUpdate: RunUpdate;
  audit: AuditService;
  matterReader: MatterDetailReader;
}

const OPEN = ['OPEN', 'CLAIMED'] as const;

/** What every human step's Update carries: which task, and who acts. */
interface StepBase {
  taskKey: string;
  actor: Actor;
}
type Step = (task: TaskAccess, base: StepBase, updateId: string) => Promise<unknown>;

export function createTasksService({ db, temporal, runUpdate, audit, matterReader }: Deps) {
  const handle = (workflowId: string) => temporal.workflow.getHandle(workflowId);
  const submissions = createStepSubmissions(db);

  /**
   * The task if the user may act on it (held by them or by someone they stand in for, or offered to their department
   * and role), or if this is the retry of a step the user was allowed to attempt (a transfer takes the task away).
   */
  async function load(
    user: CurrentUser,
    id: string,
    ip?: string,
    retried?: { action: string; key: string },
  ): Promise<TaskAccess> {
    const [task] = await runSql<TaskAccess>(db, taskAccessSql(user, id, new Date()), { prepare: true });
    if (task?.actionable) return task;
    if (!task) throw notFound('任务', 'Task');
    if (retried && (await attempted(user, id, retried.action, retried.key))) return task;
    await audit.record({
      actorId: user.id,
      actorName: user.username,
      action: 'access.denied',
      objectType: 'Task',
      objectId: id,
      ip,
    });
    throw forbidden(true);
  }

  /** The audit log (append-only, hash-chained) holds every step attempted, with its Idempotency-Key. */
  async function attempted(user: CurrentUser, id: string, action: string, key: string) {
    const entry = await db.auditLog.findFirst({
      where: { objectType: 'Task', objectId: id, actorId: user.id, action, detail: { path: ['key'], equals: key } },
      select: { seq: true },
    });
    return entry !== null;
  }

  async function row(id: string) {
    const [r] = await taskRows(db, Prisma.sql`t.id = ${id}`, new Date());
    return r;
  }

  /** Acting on a task held by an absent colleague I stand in for: it is transferred to me first (AB岗). */
  async function takeOverIfBackup(user: CurrentUser, task: TaskAccess) {
    if (!task.heldForAbsentee) return;
    await runUpdate(() =>
      handle(task.workflowId).executeUpdate(transferTask, {
        args: [
          {
            taskKey: task.taskKey,
            actor: actorOf(user),
            toUserId: user.id,
            comment: 'AB岗：主办人不在岗，由 B 岗接办',
            authority: 'BACKUP',
          },
        ],
      }),
    );
  }

  /**
   * One pattern for every human step: scope check, the workflow's validated Update, audit, the fresh row. With an
   * Idempotency-Key the Update's id comes from it, so a retry joins the first attempt instead of being refused as a
   * second step: Temporal answers with the first one's outcome, once it has one, even after the workflow has ended.
   */
  async function act(user: CurrentUser, id: string, action: string, origin: StepOrigin, run: Step) {
    const entry = {
      actorId: user.id,
      actorName: user.username,
      action: `task.${action}`,
      objectType: 'Task',
      objectId: id,
      ip: origin.ip,
    };
    const keyed = keyedDetail(origin.key);
    const task = await load(user, id, origin.ip, keyed && { action: entry.action, ...keyed });
    if (action !== 'claim' && action !== 'unclaim') await takeOverIfBackup(user, task);
    // without a key the id is fresh: a step's submission is written under it before the Update goes
    const updateId =
      keyedUpdateId(origin.key, action, task.taskKey, user.id) ??
      `${action}/${task.taskKey}/${user.id}/${randomUUID()}`;
    try {
      await runUpdate(() => run(task, { taskKey: task.taskKey, actor: actorOf(user) }, updateId), keyed !== undefined);
    } catch (error) {
      // 503: the engine has not confirmed the step, which may still apply later; the attempt is on record either way
      if (error instanceof AppError && error.code === 'UNAVAILABLE')
        await audit.record({ ...entry, detail: { confirmed: false, ...keyed } }).catch(() => undefined);
      throw error;
    }
    await audit.record({ ...entry, detail: keyed });
    return row(id);
  }

  const update =
    <A>(def: UpdateDefinition<unknown, [A]>, args: (base: StepBase) => A): Step =>
    (task, base, updateId) =>
      handle(task.workflowId).executeUpdate(def, { args: [args(base)], updateId });

  const planOf = (procedureVersionId: string) => readPlanOf(db, procedureVersionId);

  /** 办理: the opinion and the values are written first (kept in PostgreSQL); the Update carries their reference. */
  const completeStep =
    (input: StepInput): Step =>
    async (task, base, updateId) => {
      const plan = await planOf(task.procedureVersionId);
      const node = plan.nodes[task.nodeId];
      const { decision, submission, formData } = await submissions.write(
        plan,
        node?.type === 'userTask' ? node : undefined,
        { taskKey: task.taskKey, matterId: task.matterId, actorId: base.actor.userId, updateId },
        input,
        task.inCalledProcedure,
      );
      return submissions.send(submission.id, () =>
        handle(task.workflowId).executeUpdate(completeTask, {
          args: [{ ...base, decision, submission, formData }],
          updateId,
        }),
      );
    };

  return {
    list: (user: CurrentUser, q: TTaskQuery) => {
      const now = new Date();
      return taskPage(db, inboxWhere(user, q, now), inboxPage(q), now);
    },

    /** The whole list of the filter (paging ignored) up to EXPORT_MAX_ROWS; the export is audited. */
    async exportRows(user: CurrentUser, q: TTaskQuery, ip?: string) {
      const now = new Date();
      const page = await taskPage(
        db,
        inboxWhere(user, q, now),
        { ...inboxPage(q), limit: EXPORT_MAX_ROWS, offset: 0 },
        now,
      );
      const departmentName = await departmentNames(db);
      const result = {
        rows: page.data.map((t) => ({ ...t, candidateDepartmentName: departmentName(t.candidateDepartmentCode) })),
        truncated: page.total > page.data.length,
      };
      await recordExport(audit, user, ip, 'task.export', q, result);
      return result;
    },

    async counts(user: CurrentUser) {
      const [counts] = await runSql<{ mine: number; department: number; overdue: number }>(
        db,
        taskCountsSql(user, new Date()),
        { prepare: true },
      );
      return counts;
    },

    async get(user: CurrentUser, id: string, ip?: string) {
      const task = await load(user, id, ip);
      const [plan, matter, own] = await Promise.all([
        planOf(task.procedureVersionId),
        matterReader(user, task.matterId),
        db.task.findUnique({ where: { id }, select: { variables: true } }),
      ]);
      const node = plan.nodes[task.nodeId] as PlanNode | undefined;
      const step = node?.type === 'userTask' ? node : undefined;
      const { events: _events, ...matterDetail } = matter;
      // the matter page lists all its tasks: this one, and the earlier steps it may be returned to (none from a
      // compensation handler: the throw waits for it)
      const returnable = !isCompensationHandler(plan.nodes, task.nodeId);
      const completed = matter.tasks
        .filter((t) => returnable && t.status === 'COMPLETED' && t.nodeId !== task.nodeId)
        .sort((a, b) => Date.parse(a.completedAt ?? '0') - Date.parse(b.completedAt ?? '0'));
      return {
        ...matter.tasks.find((t) => t.id === id)!,
        formFields: step?.formFields ?? [],
        formSchema: step?.designedForm?.schema ?? null,
        opinionLabel: step?.opinionLabel ?? null,
        opinionRequired: step?.opinionRequired ?? false,
        variables: (own?.variables ?? null) as Record<string, unknown> | null,
        returnTargets: [...new Map(completed.map((c) => [c.nodeId, { nodeId: c.nodeId, name: c.name }])).values()],
        allowedDecisions: step?.allowedDecisions ?? (['complete'] satisfies TaskDecision[]),
        // once closed, what was decided and written at this step (read-only on the task page)
        record: matter.steps.find((s) => s.taskId === id) ?? null,
        matter: matterDetail,
      };
    },

    /**
     * Claiming a task the user already holds answers with the task, not 409: a claim answered 503 (the engine had not
     * confirmed it) may apply later, and the user's retry, or a second click, must not read as someone else's claim.
     */
    async claim(user: CurrentUser, id: string, origin: StepOrigin) {
      try {
        return await act(
          user,
          id,
          'claim',
          origin,
          update(claimTask, (base) => base),
        );
      } catch (error) {
        const current = error instanceof AppError && error.code === 'ILLEGAL_TRANSITION' ? await row(id) : undefined;
        if (current?.status === 'CLAIMED' && current.assigneeId === user.id) return current;
        throw error;
      }
    },
    unclaim: (user: CurrentUser, id: string, origin: StepOrigin) =>
      act(
        user,
        id,
        'unclaim',
        origin,
        update(unclaimTask, (base) => base),
      ),
    complete: (user: CurrentUser, id: string, input: StepInput, origin: StepOrigin) =>
      act(user, id, 'complete', origin, completeStep(input)),
    returnTo: (user: CurrentUser, id: string, input: { toNodeId: string; comment: string }, origin: StepOrigin) =>
      act(
        user,
        id,
        'return',
        origin,
        update(returnTask, (base) => ({ ...base, ...input })),
      ),
    transfer: async (
      user: CurrentUser,
      id: string,
      input: { toDepartmentCode?: string; toUserId?: string; comment: string },
      origin: StepOrigin,
    ) => {
      // a deactivated (or never created) department has no one to take the task
      if (input.toDepartmentCode) await activeDepartmentId(db, input.toDepartmentCode, 'toDepartmentCode');
      return act(
        user,
        id,
        'transfer',
        origin,
        update(transferTask, (base) => ({ ...base, ...input })),
      );
    },
    supplement: (user: CurrentUser, id: string, input: { reason: string; missing: string[] }, origin: StepOrigin) =>
      act(
        user,
        id,
        'supplement',
        origin,
        update(requestSupplement, (base) => ({ ...base, ...input })),
      ),

    /**
     * 督办 bulk reassignment by a manager: each task goes to the chosen user (who must be able to do it). A task the
     * user already holds there is left as it is, so a retried request (after a 503 halfway) moves only the rest.
     */
    async reassign(user: CurrentUser, input: { taskIds: string[]; toUserId: string }, ip?: string) {
      const target = await db.user.findUnique({ where: { id: input.toUserId }, include: { department: true } });
      if (!target?.active)
        throw new AppError('VALIDATION', '接收人不存在或已停用', 'The receiving user does not exist or is inactive');
      const tasks = await db.task.findMany({
        where: { id: { in: input.taskIds }, status: { in: [...OPEN] } },
        include: { matter: { select: { workflowId: true } } },
      });
      for (const task of tasks) {
        if (task.assigneeId === target.id && task.candidateDepartmentCode === target.department.code) continue;
        await runUpdate(() =>
          handle(task.workflowId ?? task.matter.workflowId).executeUpdate(transferTask, {
            args: [
              {
                taskKey: task.taskKey,
                actor: actorOf(user),
                toUserId: target.id,
                toDepartmentCode: target.department.code,
                comment: '督办：由管理人员改派',
                authority: 'SUPERVISOR',
              },
            ],
          }),
        );
        await audit.record({
          actorId: user.id,
          actorName: user.username,
          action: 'task.reassign',
          objectType: 'Task',
          objectId: task.id,
          ip,
          detail: { toUserId: target.id },
        });
      }
      return { reassigned: tasks.length };
    },
  };
}
export type TasksService = ReturnType<typeof createTasksService>;
