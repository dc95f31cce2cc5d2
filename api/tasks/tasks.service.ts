import type { Client } from '@temporalio/client';
import type { PlanNode, ProcedurePlan } from '../../bpmn/plan';
import type { Prisma, Task } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';
import {
  claimTask, completeTask, requestSupplement, returnTask, transferTask, unclaimTask, type Actor,
} from '../../workflows/procedure-contract';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { AppError, forbidden, notFound } from '../errors';
import { runUpdate } from '../matters/matter-workflow';
import { actorOf } from '../matters/actor';
import type { MattersService } from '../matters/matters.service';
import { taskRows } from '../matters/task-rows';
import { TASK_SORTS, type TTaskQuery } from './tasks.types';
import { orderBy, orderField, skipTake } from '../shared/list-query';

interface Deps { db: Db; temporal: Client; audit: AuditService; matters: MattersService }

const OPEN = ['OPEN', 'CLAIMED'] as const;
const SOON_MS = 2 * 86_400_000;

export function createTasksService({ db, temporal, audit, matters }: Deps) {
  /** AB岗: users who are absent now and named me as their backup; their tasks are mine meanwhile. */
  async function absenteesBackedBy(user: CurrentUser): Promise<string[]> {
    const now = new Date();
    const rows = await db.user.findMany({ where: { backupUserId: user.id, absentFrom: { lte: now }, absentUntil: { gt: now } }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  /** Tasks a user may see and act on: held by them (or by someone they stand in for), or offered to their department and role. */
  async function actionable(user: CurrentUser): Promise<Prisma.TaskWhereInput> {
    const holders = [user.id, ...(await absenteesBackedBy(user))];
    return {
      OR: [
        { assigneeId: { in: holders } },
        { candidateDepartmentCode: user.departmentCode, OR: [{ candidateRole: null }, { candidateRole: { in: user.roles } }] },
      ],
    };
  }

  async function load(user: CurrentUser, id: string, ip?: string): Promise<Task & { matter: { workflowId: string; procedureVersionId: string } }> {
    const task = await db.task.findFirst({ where: { AND: [{ id }, await actionable(user)] }, include: { matter: { select: { workflowId: true, procedureVersionId: true } } } });
    if (task) return task;
    if (!(await db.task.count({ where: { id } }))) throw notFound('任务', 'Task');
    await audit.record({ actorId: user.id, actorName: user.username, action: 'access.denied', objectType: 'Task', objectId: id, ip });
    throw forbidden(true);
  }

  async function row(id: string) {
    const [r] = await taskRows(db, { id });
    return r;
  }

  /** Acting on a task held by an absent colleague I stand in for: it is transferred to me first (AB岗). */
  async function takeOverIfBackup(user: CurrentUser, task: Task) {
    if (!task.assigneeId || task.assigneeId === user.id) return;
    if (!(await absenteesBackedBy(user)).includes(task.assigneeId)) return;
    await runUpdate(() => temporal.workflow.getHandle(taskWorkflow(task)).executeUpdate(transferTask, {
      args: [{ taskKey: task.taskKey, actor: actorOf(user), toUserId: user.id, comment: 'AB岗：主办人不在岗，由 B 岗接办', authority: 'BACKUP' }],
    }));
  }
  const taskWorkflow = (task: Task) => task.taskKey.slice(0, task.taskKey.lastIndexOf('/'));

  /** One pattern for every human step: scope check, the workflow's validated Update, audit, the fresh row. */
  async function act(user: CurrentUser, id: string, action: string, ip: string | undefined, run: (workflowId: string, taskKey: string, actor: Actor) => Promise<unknown>) {
    const task = await load(user, id, ip);
    if (action !== 'claim' && action !== 'unclaim') await takeOverIfBackup(user, task);
    await runUpdate(() => run(task.matter.workflowId, task.taskKey, actorOf(user)));
    await audit.record({ actorId: user.id, actorName: user.username, action: `task.${action}`, objectType: 'Task', objectId: id, ip });
    return row(id);
  }
  const handle = (workflowId: string) => temporal.workflow.getHandle(workflowId);

  return {
    async list(user: CurrentUser, q: TTaskQuery) {
      const and: Prisma.TaskWhereInput[] = [];
      if (q.scope === 'mine') and.push({ assigneeId: { in: [user.id, ...(await absenteesBackedBy(user))] } });
      else and.push({ candidateDepartmentCode: user.departmentCode, OR: [{ candidateRole: null }, { candidateRole: { in: user.roles } }] });
      and.push(q.status ? { status: q.status } : { status: { in: [...OPEN] } });
      const now = new Date();
      if (q.due === 'soon') and.push({ OR: [{ dueAt: { gte: now, lte: new Date(now.getTime() + SOON_MS) } }, { matter: { warningLevel: 'YELLOW' } }] });
      if (q.due === 'overdue') and.push({ OR: [{ dueAt: { lt: now } }, { matter: { warningLevel: 'RED' } }] });
      if (q.q) and.push({ OR: [{ name: { contains: q.q } }, { matter: { receiptNo: { contains: q.q } } }, { matter: { itemName: { contains: q.q } } }] });
      const where = { AND: and };
      const { field, direction } = orderField(q, TASK_SORTS, 'dueAt');
      const [data, total] = await Promise.all([
        taskRows(db, where, { ...skipTake(q), orderBy: [orderBy(field, direction, ['dueAt', 'completedAt']), { createdAt: 'asc' }] }),
        db.task.count({ where }),
      ]);
      return { data, total };
    },

    async counts(user: CurrentUser) {
      const holders = [user.id, ...(await absenteesBackedBy(user))];
      const dept = { candidateDepartmentCode: user.departmentCode, OR: [{ candidateRole: null }, { candidateRole: { in: user.roles } }] };
      const open = { status: { in: [...OPEN] } };
      const [mine, department, overdue] = await Promise.all([
        db.task.count({ where: { ...open, assigneeId: { in: holders } } }),
        db.task.count({ where: { ...open, ...dept } }),
        db.task.count({ where: { ...open, OR: [{ assigneeId: { in: holders } }, dept], AND: [{ OR: [{ dueAt: { lt: new Date() } }, { matter: { warningLevel: 'RED' } }] }] } }),
      ]);
      return { mine, department, overdue };
    },

    async get(user: CurrentUser, id: string, ip?: string) {
      const task = await load(user, id, ip);
      const [version, completed, matter] = await Promise.all([
        db.procedureVersion.findUniqueOrThrow({ where: { id: task.matter.procedureVersionId } }),
        db.task.findMany({ where: { matterId: task.matterId, status: 'COMPLETED', nodeId: { not: task.nodeId } }, orderBy: { completedAt: 'asc' }, select: { nodeId: true, name: true } }),
        db.matter.findUniqueOrThrow({ where: { id: task.matterId } }).then((m) => matters.detail(user, m)),
      ]);
      const plan = version.plan as unknown as ProcedurePlan;
      const node = plan.nodes[task.nodeId] as PlanNode | undefined;
      const decides = node?.outgoing.some((f) => plan.nodes[plan.flows[f]?.targetId]?.type === 'exclusiveGateway') ?? false;
      const { events: _events, ...matterDetail } = matter;
      return {
        ...(await row(id)),
        formFields: node?.type === 'userTask' ? node.formFields : [],
        returnTargets: [...new Map(completed.map((c) => [c.nodeId, { nodeId: c.nodeId, name: c.name }])).values()],
        allowedDecisions: decides ? ['approve', 'reject'] : ['complete'],
        matter: { ...matterDetail, canReveal: false },
      };
    },

    claim: (user: CurrentUser, id: string, ip?: string) =>
      act(user, id, 'claim', ip, (wf, taskKey, actor) => handle(wf).executeUpdate(claimTask, { args: [{ taskKey, actor }] })),
    unclaim: (user: CurrentUser, id: string, ip?: string) =>
      act(user, id, 'unclaim', ip, (wf, taskKey, actor) => handle(wf).executeUpdate(unclaimTask, { args: [{ taskKey, actor }] })),
    complete: (user: CurrentUser, id: string, input: { decision: string; comment?: string; formData?: Record<string, unknown> }, ip?: string) =>
      act(user, id, 'complete', ip, (wf, taskKey, actor) => handle(wf).executeUpdate(completeTask, { args: [{ taskKey, actor, ...input }] })),
    returnTo: (user: CurrentUser, id: string, input: { toNodeId: string; comment: string }, ip?: string) =>
      act(user, id, 'return', ip, (wf, taskKey, actor) => handle(wf).executeUpdate(returnTask, { args: [{ taskKey, actor, ...input }] })),
    transfer: (user: CurrentUser, id: string, input: { toDepartmentCode?: string; toUserId?: string; comment: string }, ip?: string) =>
      act(user, id, 'transfer', ip, (wf, taskKey, actor) => handle(wf).executeUpdate(transferTask, { args: [{ taskKey, actor, ...input }] })),
    supplement: (user: CurrentUser, id: string, input: { reason: string; missing: string[] }, ip?: string) =>
      act(user, id, 'supplement', ip, (wf, taskKey, actor) => handle(wf).executeUpdate(requestSupplement, { args: [{ taskKey, actor, ...input }] })),

    /** 督办 bulk reassignment by a manager: each task goes to the chosen user (who must be able to do it). */
    async reassign(user: CurrentUser, input: { taskIds: string[]; toUserId: string }, ip?: string) {
      const target = await db.user.findUnique({ where: { id: input.toUserId }, include: { department: true } });
      if (!target?.active) throw new AppError('VALIDATION', '接收人不存在或已停用', 'The receiving user does not exist or is inactive');
      const tasks = await db.task.findMany({ where: { id: { in: input.taskIds }, status: { in: [...OPEN] } }, include: { matter: { select: { workflowId: true } } } });
      for (const task of tasks) {
        await runUpdate(() => handle(task.matter.workflowId).executeUpdate(transferTask, {
          args: [{ taskKey: task.taskKey, actor: actorOf(user), toUserId: target.id, toDepartmentCode: target.department.code, comment: '督办：由管理人员改派', authority: 'SUPERVISOR' }],
        }));
        await audit.record({ actorId: user.id, actorName: user.username, action: 'task.reassign', objectType: 'Task', objectId: task.id, ip, detail: { toUserId: target.id } });
      }
      return { reassigned: tasks.length };
    },
  };
}
export type TasksService = ReturnType<typeof createTasksService>;
