import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { remainingWorkingDays, shownWarningLevel } from '../../domain/deadline';
import { maskName } from '../../domain/identity';
import { Prisma } from '../../generated/prisma/client';
import type { Config } from '../../platform/config';
import { runSql, type Db } from '../../platform/db';
import { warningLevelWhere } from '../../platform/warning-level';
import type { createPiiCipher } from '../../platform/pii';
import { deliverMessage, getState, MESSAGE_MATERIALS_SUPPLIED } from '../../workflows/procedure-contract';
import { actorOf } from '../engine/actor';
import { noticesOnSupervision } from '../../platform/notices/event-notices';
import type { AuditService } from '../audit/audit.service';
import { isCentreWide, type CurrentUser } from '../auth/auth.types';
import { AppError, forbidden, notFound } from '../errors';
import { matterScope, matterScopeSql } from './matter-scope';
import type { RunUpdate } from '../engine/update-runner';
import { taskRows } from '../tasks/task-rows';
import { matterExtrasSql, withDates, type MatterExtras } from './matter-detail.sql';
import { MATTER_SORTS, type TMatterQuery } from './matters.types';
import { orderBy, orderField, skipTake } from '../shared/list-query';
import { containsLiterally } from '../shared/search-term';
import { EXPORT_MAX_ROWS, departmentNames, recordExport } from '../shared/csv-export';
import type { CalendarSource } from '../../platform/calendar-source';
import { chinaDateOf } from '../../domain/china-time';
import { keyedDetail, keyedRowId, keyedUpdateId } from '../shared/idempotency';
import type { ProcedurePlan } from '../../bpmn/plan';
import { identityStepOf, planOf, readCaseRecord } from '../case-record/case-record';

interface Deps {
  db: Db;
  temporal: Client;
  runUpdate: RunUpdate;
  config: Config;
  audit: AuditService;
  pii: ReturnType<typeof createPiiCipher>;
  calendars: CalendarSource;
}
type Matter = Prisma.MatterGetPayload<object>;
/** The columns of Prisma's Matter, named (a prepared statement keeps its result columns when a migration adds one). */
const MATTER_COLUMNS = Prisma.raw(
  Object.values(Prisma.MatterScalarFieldEnum)
    .map((c) => `m."${c}"`)
    .join(', '),
);

/** The list's filters; the colour as it is at `now`. */
function filters(q: TMatterQuery, now: Date): Prisma.MatterWhereInput[] {
  const and: Prisma.MatterWhereInput[] = [];
  if (q.q) and.push({ OR: [{ receiptNo: containsLiterally(q.q) }, { itemName: containsLiterally(q.q) }] });
  if (q.status) and.push({ status: q.status });
  if (q.warningLevel) and.push(warningLevelWhere(q.warningLevel, now));
  if (q.departmentCode) and.push({ departmentCodes: { has: q.departmentCode } });
  if (q.itemCode) and.push({ itemCode: q.itemCode });
  if (q.from) and.push({ acceptedOn: { gte: q.from } });
  if (q.to) and.push({ acceptedOn: { lte: q.to } });
  return and;
}

export function createMattersService({ db, temporal, runUpdate, config, audit, pii, calendars }: Deps) {
  async function userNames(ids: Array<string | null | undefined>): Promise<Map<string, string>> {
    const unique = [...new Set(ids.filter((i): i is string => Boolean(i)))];
    if (!unique.length) return new Map();
    const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, displayName: true } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  const row = (m: Matter, names: Map<string, string>, now: Date) => ({
    ...m,
    warningLevel: shownWarningLevel(m, now),
    applicantName: maskName(m.applicantName),
    agentName: m.agentId ? (names.get(m.agentId) ?? null) : null,
  });

  /**
   * Object-level check (OWASP API1): the matter must be in the user's scope. Out of scope is 403 and audited, so a
   * user probing other departments' ids leaves a trace.
   */
  async function inScope(user: CurrentUser, id: string, ip?: string): Promise<Matter> {
    // one query: the matter and whether it is in scope (absent, or present but out of scope, answer differently)
    const [found] = await runSql<Matter & { visible: boolean }>(
      db,
      Prisma.sql`SELECT ${MATTER_COLUMNS}, ${matterScopeSql(user)} AS visible FROM "Matter" m WHERE m.id = ${id}`,
      { prepare: true },
    );
    if (!found) throw notFound('办件', 'Matter');
    const { visible, ...matter } = found;
    if (visible) return matter;
    await audit.record({
      actorId: user.id,
      actorName: user.username,
      action: 'access.denied',
      objectType: 'Matter',
      objectId: id,
      ip,
    });
    throw forbidden(true);
  }

  /**
   * Who may see the applicant's full identity, and how much: managers and the accepting window's clerks everything;
   * the handlers of a step that needs it (ow:Step needsIdentity) the name and ID number. Undefined: nobody here.
   */
  async function revealBasis(user: CurrentUser, m: Matter, plan: ProcedurePlan) {
    if (
      user.roles.includes('MANAGER') ||
      (user.roles.includes('CLERK') && user.departmentCode === m.acceptedDepartmentCode)
    )
      return { phone: true };
    const nodeId = await identityStepOf(db, user, m.id, plan);
    return nodeId ? { phone: false, nodeId } : undefined;
  }

  /** The matter page's data; the caller has checked the scope (a task in it, for joint cases, counts). */
  async function detail(user: CurrentUser, m: Matter) {
    const open = m.status === 'IN_PROGRESS' || m.status === 'SUSPENDED';
    const now = new Date();
    const [tasks, [extras], calendar, record] = await Promise.all([
      taskRows(db, Prisma.sql`t."matterId" = ${m.id}`, now),
      runSql<MatterExtras>(db, matterExtrasSql(m), { prepare: true }),
      open && m.dueDate ? calendars.get() : null,
      readCaseRecord(db, m),
    ]);
    return {
      ...m,
      warningLevel: shownWarningLevel(m, now),
      applicantName: maskName(m.applicantName),
      ...withDates(extras),
      phoneMasked: `*******${m.phoneLast4}`,
      materials: m.materials as Array<{
        code: string;
        name: string;
        provided: boolean;
        owed: boolean;
        dueDate: string | null;
      }>,
      // the engine's own UI is for those who run the centre (and must sit behind its sign-on: README)
      temporalUrl: user.roles.some((r) => r === 'ADMIN' || r === 'MANAGER')
        ? `${config.TEMPORAL_UI_URL}/namespaces/${config.TEMPORAL_NAMESPACE}/workflows/${encodeURIComponent(m.workflowId)}`
        : null,
      tasks,
      remainingWorkingDays: calendar && m.dueDate ? remainingWorkingDays(now, m.dueDate, calendar) : null,
      canReveal: (await revealBasis(user, m, record.plan)) !== undefined,
      steps: record.steps,
    };
  }

  return {
    inScope,

    async list(user: CurrentUser, q: TMatterQuery) {
      const now = new Date();
      const where: Prisma.MatterWhereInput = { AND: [matterScope(user), ...filters(q, now)] };
      const { field, direction } = orderField(q, MATTER_SORTS, 'acceptedAt', 'DESC');
      const [rows, total] = await Promise.all([
        db.matter.findMany({
          where,
          orderBy: [orderBy(field, direction, ['dueAt', 'completedAt']), { id: 'asc' }],
          ...skipTake(q),
        }),
        db.matter.count({ where }),
      ]);
      const names = await userNames(rows.map((r) => r.agentId));
      return { data: rows.map((r) => row(r, names, now)), total };
    },

    /** For CSV export: the same scope and filters, up to 50,000 rows. */
    /** Every matter of the filter in scope, newest first, up to EXPORT_MAX_ROWS; the export is audited. */
    async exportRows(user: CurrentUser, q: TMatterQuery, ip?: string) {
      const now = new Date();
      const found = await db.matter.findMany({
        where: { AND: [matterScope(user), ...filters(q, now)] },
        orderBy: { acceptedAt: 'desc' },
        take: EXPORT_MAX_ROWS + 1,
      });
      const matters = found.slice(0, EXPORT_MAX_ROWS);
      const [names, departmentName] = await Promise.all([
        userNames(matters.map((r) => r.agentId)),
        departmentNames(db),
      ]);
      const result = {
        rows: matters.map((r) => ({ ...row(r, names, now), leadDepartmentName: departmentName(r.leadDepartmentCode) })),
        truncated: found.length > EXPORT_MAX_ROWS,
      };
      await recordExport(audit, user, ip, 'matter.export', q, result);
      return result;
    },

    get: async (user: CurrentUser, id: string, ip?: string) => detail(user, await inScope(user, id, ip)),
    /** The matter page's data where the caller has checked the scope (the task page: a task of it is in hand). */
    detailOf: async (user: CurrentUser, id: string) =>
      detail(user, await db.matter.findUniqueOrThrow({ where: { id } })),
    /** The procedure diagram with the live (or last) state: which nodes are active and which are done. */
    async diagram(user: CurrentUser, id: string) {
      const m = await inScope(user, id);
      const version = await db.procedureVersion.findUniqueOrThrow({ where: { id: m.procedureVersionId } });
      try {
        const state = await temporal.workflow.getHandle(m.workflowId).query(getState);
        return { xml: version.xml, activeNodeIds: state.activeNodeIds, completedNodeIds: state.completedNodeIds };
      } catch {
        const tasks = await db.task.findMany({ where: { matterId: m.id }, select: { nodeId: true, status: true } });
        return {
          xml: version.xml,
          activeNodeIds: tasks.filter((t) => t.status === 'OPEN' || t.status === 'CLAIMED').map((t) => t.nodeId),
          completedNodeIds: tasks.filter((t) => t.status === 'COMPLETED').map((t) => t.nodeId),
        };
      }
    },

    /** Full personal data, only for roles that need it; every showing is audited (PIPL). */
    async reveal(user: CurrentUser, id: string, ip?: string) {
      const m = await inScope(user, id, ip);
      const basis = await revealBasis(user, m, await planOf(db, m.procedureVersionId));
      if (!basis) throw forbidden();
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'pii.reveal',
        objectType: 'Matter',
        objectId: m.id,
        ip,
        ...(basis.nodeId ? { detail: { nodeId: basis.nodeId } } : {}),
      });
      return {
        applicantName: m.applicantName,
        idNumber: pii.decrypt(m.applicantIdCipher),
        phone: basis.phone ? pii.decrypt(m.applicantPhoneCipher) : null,
      };
    },

    async receipt(user: CurrentUser, id: string) {
      const m = await inScope(user, id);
      const [names, window] = await Promise.all([
        userNames([m.acceptedById]),
        m.windowId ? db.window.findUnique({ where: { id: m.windowId } }) : null,
      ]);
      const materials = m.materials as Array<{
        code: string;
        name: string;
        provided: boolean;
        owed: boolean;
        dueDate: string | null;
      }>;
      return {
        ...m,
        applicantName: maskName(m.applicantName),
        acceptedByName: names.get(m.acceptedById) ?? null,
        windowCode: window?.code ?? null,
        materials,
        owed: materials.filter((x) => x.owed).map(({ code, name, dueDate }) => ({ code, name, dueDate })),
        centreName: '便民服务中心',
        lookupHint: '凭受理编号和手机号后四位可在“办件查询”页面查询进度并评价',
      };
    },

    async rejectionNotice(user: CurrentUser, id: string) {
      const m = await inScope(user, id);
      if (m.status !== 'REJECTED')
        throw new AppError('ILLEGAL_TRANSITION', '该办件未作退办决定', 'The matter has not been rejected');
      const [event, decider, item] = await Promise.all([
        db.matterEvent.findFirst({ where: { matterId: m.id, type: 'matter.rejected' }, orderBy: { at: 'desc' } }),
        db.task.findFirst({
          where: { matterId: m.id, decision: 'reject' },
          orderBy: { completedAt: 'desc' },
          select: { completedById: true, comment: true, formData: true },
        }),
        db.serviceItem.findUniqueOrThrow({ where: { id: m.itemId }, select: { legalBasis: true } }),
      ]);
      // what the deciding step wrote (its form), else what the workflow recorded with the outcome
      const written = { ...(event?.data as object | null), ...(decider?.formData as object | null) } as {
        reason?: string;
        legalBasis?: string;
        remedies?: string;
      };
      const names = await userNames([decider?.completedById]);
      return {
        ...m,
        applicantName: maskName(m.applicantName),
        decidedAt: m.completedAt ?? event?.at ?? m.updatedAt,
        decidedByName: decider?.completedById ? (names.get(decider.completedById) ?? null) : null,
        reason: written.reason ?? m.outcomeReason ?? decider?.comment ?? null,
        legalBasis: written.legalBasis ?? item.legalBasis,
        remedies: written.remedies ?? null,
        centreName: '便民服务中心',
      };
    },

    async notice(user: CurrentUser, id: string) {
      const notice = await db.intakeDecision.findUnique({ where: { id } });
      if (!notice) throw notFound('告知书', 'Notice');
      const issuer = await db.user.findUnique({
        where: { id: notice.issuedById },
        select: { displayName: true, department: { select: { code: true } } },
      });
      // the issuer, the centre-wide roles, and the window clerks of the issuer's department (not its agents)
      const sameWindow = user.roles.includes('CLERK') && issuer?.department.code === user.departmentCode;
      if (!isCentreWide(user) && notice.issuedById !== user.id && !sameWindow) throw forbidden();
      const item = await db.serviceItem.findUniqueOrThrow({ where: { id: notice.itemId } });
      return {
        ...notice,
        applicantName: maskName(notice.applicantName),
        itemName: item.name,
        legalBasis: item.legalBasis,
        missing: notice.missing as Array<{ code: string; name: string }>,
        issuedByName: issuer?.displayName ?? null,
      };
    },

    /**
     * 补正 done: the applicant brought what was missing; the workflow ends the pause and recomputes the deadline. A
     * retry with the first attempt's Idempotency-Key joins it, also once the matter has resumed or even finished (the
     * engine keeps an Update's outcome with the workflow's history); only an attempt the engine knows can be joined,
     * so a key never delivers the message outside a pause.
     */
    async supplied(user: CurrentUser, id: string, note: string | undefined, ip?: string, key?: string) {
      const m = await inScope(user, id, ip);
      const handle = temporal.workflow.getHandle(m.workflowId);
      const updateId = keyedUpdateId(key, 'supplied', user.id);
      const notWaiting = () =>
        new AppError('ILLEGAL_TRANSITION', '该办件未处于补正等待中', 'The matter is not waiting for materials');
      if (m.status === 'SUSPENDED') {
        await runUpdate(
          () =>
            handle.executeUpdate(deliverMessage, {
              args: [{ name: MESSAGE_MATERIALS_SUPPLIED, actor: actorOf(user), payload: note ? { note } : {} }],
              updateId,
            }),
          key !== undefined,
        );
      } else {
        if (!updateId) throw notWaiting();
        await runUpdate(
          () =>
            handle
              .getUpdateHandle(updateId)
              .result()
              .catch((e: unknown) => {
                // an Update id the workflow never took: nothing to join
                throw e instanceof WorkflowNotFoundError ? notWaiting() : e;
              }),
          true,
        );
      }
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'matter.supplied',
        objectType: 'Matter',
        objectId: m.id,
        ip,
        detail: keyedDetail(key),
      });
      return { ok: true as const };
    },

    /** 督办: a manager's written instruction on a stalled or overdue matter; sent again with its Idempotency-Key, once. */
    async supervise(
      user: CurrentUser,
      id: string,
      input: { message: string; toUserId?: string },
      ip?: string,
      key?: string,
    ) {
      const m = await inScope(user, id, ip);
      const supervisionId = keyedRowId(key, 'supervise', m.id, user.id);
      const replyDueDate = (await calendars.get()).addWorkingDays(
        chinaDateOf(new Date()),
        config.SUPERVISION_REPLY_WORKING_DAYS,
      );
      // the instruction, its timeline entry and the bell's notices together: never one without the others
      const created = await db.$transaction(async (tx) => {
        const { count } = await tx.supervision.createMany({
          data: [
            {
              id: supervisionId,
              matterId: m.id,
              fromUserId: user.id,
              toUserId: input.toUserId ?? null,
              message: input.message,
              replyDueDate,
            },
          ],
          skipDuplicates: true,
        });
        if (count) {
          await tx.matterEvent.create({
            data: {
              matterId: m.id,
              eventKey: `${m.id}:supervision:${supervisionId}`,
              type: 'matter.supervised',
              actorId: user.id,
              actorName: user.displayName,
              data: { message: input.message, replyDueDate },
            },
          });
          const notices = noticesOnSupervision({ matterId: m.id, supervisionId, ...input }, new Date());
          for (const sql of notices) await tx.$executeRaw(sql);
        }
        return count === 1;
      });
      if (created)
        await audit.record({
          actorId: user.id,
          actorName: user.username,
          action: 'matter.supervise',
          objectType: 'Matter',
          objectId: m.id,
          ip,
          detail: keyedDetail(key),
        });
      return { ok: true as const };
    },
  };
}
export type MattersService = ReturnType<typeof createMattersService>;
