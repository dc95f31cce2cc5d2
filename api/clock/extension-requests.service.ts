import type { Client } from '@temporalio/client';
import { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';
import { extendDeadline } from '../../workflows/procedure-contract';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { actorOf } from '../engine/actor';
import type { RunUpdate } from '../engine/update-runner';
import { AppError, notFound } from '../errors';
import type { MattersService } from '../matters/matters.service';
import { keyedDetail, keyedRowId } from '../shared/idempotency';
import type { TExtensionAsk, TExtensionRequest } from './clock.types';
import { extensionRefusals } from './extension-refusals';

interface Deps {
  db: Db;
  temporal: Client;
  runUpdate: RunUpdate;
  audit: AuditService;
  matters: Pick<MattersService, 'inScope'>;
}

const OPEN = new Set(['PENDING_START', 'IN_PROGRESS', 'SUSPENDED']);
const withMatter = {
  matter: { select: { receiptNo: true, itemName: true, dueDate: true, workflowId: true } },
} as const;
type RequestRow = Prisma.ExtensionRequestGetPayload<{ include: typeof withMatter }>;

/**
 * The Update id of an approval: one per decision, so an approval sent again (or retried after a 503) joins the first,
 * while a decision taken anew after the workflow refused the first (the request back to pending) is a new Update.
 */
const approvalUpdateId = (requestId: string, decidedAt: Date | null) =>
  `extension-request/${requestId}/${decidedAt?.getTime() ?? 0}`;

/**
 * 延长 (Licensing Law art. 42): the handling department asks, a manager decides. Once per matter: a second request
 * while one waits or after one was approved is refused here (and by a partial unique index), and a second extension
 * by the workflow. An approval runs the workflow's extendDeadline, whose Extension row names the request; until the
 * workflow has confirmed it the request shows as approved but not applied, and approving again finishes it.
 */
export function createExtensionRequestsService({ db, temporal, runUpdate, audit, matters }: Deps) {
  async function names(ids: Array<string | null>): Promise<Map<string, string>> {
    const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
    const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, displayName: true } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  async function views(rows: RequestRow[]): Promise<TExtensionRequest[]> {
    const named = await names(rows.flatMap((r) => [r.requestedById, r.decidedById]));
    return rows.map((r) => ({
      id: r.id,
      matterId: r.matterId,
      receiptNo: r.matter.receiptNo,
      itemName: r.matter.itemName,
      dueDate: r.matter.dueDate,
      workingDays: r.workingDays,
      reason: r.reason,
      status: r.status,
      requestedByName: named.get(r.requestedById) ?? null,
      requestedAt: r.requestedAt,
      decidedByName: r.decidedById ? (named.get(r.decidedById) ?? null) : null,
      decidedAt: r.decidedAt,
      decisionNote: r.decisionNote,
      applied: r.appliedAt !== null,
    }));
  }

  const find = async (requestId: string) => {
    const row = await db.extensionRequest.findUnique({ where: { id: requestId }, include: withMatter });
    if (!row) throw notFound('延期申请', 'Extension request');
    return row;
  };

  /** Why a new request on this matter cannot stand, if it cannot: one extension, one request at a time. */
  async function refusalFor(matterId: string): Promise<AppError | undefined> {
    const [extended, live] = await Promise.all([
      db.extension.count({ where: { matterId } }),
      db.extensionRequest.findFirst({ where: { matterId, status: { in: ['PENDING', 'APPROVED'] } } }),
    ]);
    if (extended > 0 || live?.status === 'APPROVED') return extensionRefusals.alreadyExtended();
    if (live) return extensionRefusals.pending();
    return undefined;
  }

  const event = (
    tx: Prisma.TransactionClient,
    m: { id: string },
    key: string,
    type: string,
    user: CurrentUser,
    data: object,
  ) =>
    tx.matterEvent.create({
      data: { matterId: m.id, eventKey: key, type, actorId: user.id, actorName: user.displayName, data },
    });

  /** Marks the approved request applied once its Extension row is there (written by the workflow). */
  async function markApplied(requestId: string): Promise<boolean> {
    if (!(await db.extension.findUnique({ where: { requestId }, select: { id: true } }))) return false;
    await db.extensionRequest.updateMany({
      where: { id: requestId, appliedAt: null },
      data: { appliedAt: new Date() },
    });
    return true;
  }

  return {
    /** 申请延期: the handling department's approver asks, with the days and the reason the applicant will be told. */
    async request(user: CurrentUser, matterId: string, input: TExtensionAsk, ip?: string, key?: string) {
      const m = await matters.inScope(user, matterId, ip);
      const id = keyedRowId(key, 'extension-request', m.id, user.id);
      const again = await db.extensionRequest.findUnique({ where: { id }, include: withMatter });
      if (again) return (await views([again]))[0];
      if (!OPEN.has(m.status)) throw extensionRefusals.closed();
      const refusal = await refusalFor(m.id);
      if (refusal) throw refusal;
      try {
        await db.$transaction(async (tx) => {
          await tx.extensionRequest.create({ data: { id, matterId: m.id, requestedById: user.id, ...input } });
          await event(tx, m, `${m.id}:extension-request:${id}`, 'extension.requested', user, input);
          await audit.recordIn(tx, {
            actorId: user.id,
            actorName: user.username,
            action: 'extension.request',
            objectType: 'Matter',
            objectId: m.id,
            ip,
            detail: { requestId: id, workingDays: input.workingDays, ...keyedDetail(key) },
          });
        });
      } catch (e) {
        // a colleague's request got in first: the partial unique index keeps one live request per matter
        if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')
          throw (await refusalFor(m.id)) ?? extensionRefusals.pending();
        throw e;
      }
      return (await views([await find(id)]))[0];
    },

    /** The requests a manager decides (pending first by default), newest first. */
    async list(status?: TExtensionRequest['status']) {
      const where = status ? { status } : {};
      const [rows, total] = await Promise.all([
        db.extensionRequest.findMany({
          where,
          include: withMatter,
          orderBy: [{ requestedAt: 'desc' }, { id: 'asc' }],
          take: 200,
        }),
        db.extensionRequest.count({ where }),
      ]);
      return { data: await views(rows), total };
    },

    /** The requests of one matter (its page shows them). */
    async ofMatter(user: CurrentUser, matterId: string, ip?: string) {
      const m = await matters.inScope(user, matterId, ip);
      const rows = await db.extensionRequest.findMany({
        where: { matterId: m.id },
        include: withMatter,
        orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }],
      });
      return views(rows);
    },

    /** 批准: the manager's decision, then the workflow's extendDeadline (the deadline moves), then the request is applied. */
    async approve(user: CurrentUser, requestId: string, note: string | undefined, ip?: string) {
      let row = await find(requestId);
      await matters.inScope(user, row.matterId, ip);
      if (row.requestedById === user.id) throw extensionRefusals.ownRequest();
      if (row.status === 'REFUSED') throw extensionRefusals.decided();
      if (row.status === 'PENDING') {
        // the decision first (so no refusal can cross it), audited with it; the workflow is asked next
        const decided = await db.$transaction(async (tx) => {
          const { count } = await tx.extensionRequest.updateMany({
            where: { id: requestId, status: 'PENDING' },
            data: { status: 'APPROVED', decidedById: user.id, decidedAt: new Date(), decisionNote: note ?? null },
          });
          if (count)
            await audit.recordIn(tx, {
              actorId: user.id,
              actorName: user.username,
              action: 'extension.approve',
              objectType: 'Matter',
              objectId: row.matterId,
              ip,
              detail: { requestId, workingDays: row.workingDays },
            });
          return count > 0;
        });
        row = await find(requestId);
        if (!decided && row.status !== 'APPROVED') throw extensionRefusals.decided();
      }
      if (row.appliedAt || (await markApplied(requestId))) return (await views([await find(requestId)]))[0];
      const handle = temporal.workflow.getHandle(row.matter.workflowId);
      try {
        await runUpdate(
          () =>
            handle.executeUpdate(extendDeadline, {
              args: [{ actor: actorOf(user), workingDays: row.workingDays, reason: row.reason, requestId }],
              updateId: approvalUpdateId(requestId, row.decidedAt),
            }),
          true,
        );
      } catch (e) {
        // refused by the workflow (the matter ended, or extended by another way): the request waits again, unless
        // it was applied all the same (an earlier attempt the workflow took before this one)
        if (e instanceof AppError && e.code === 'ILLEGAL_TRANSITION' && !(await markApplied(requestId))) {
          await db.extensionRequest.updateMany({
            where: { id: requestId, status: 'APPROVED', appliedAt: null },
            data: { status: 'PENDING', decidedById: null, decidedAt: null, decisionNote: null },
          });
        }
        throw e;
      }
      await markApplied(requestId);
      return (await views([await find(requestId)]))[0];
    },

    /** 不予批准: with the manager's reason, on the matter's timeline; the department may ask again. */
    async refuse(user: CurrentUser, requestId: string, note: string, ip?: string) {
      const row = await find(requestId);
      await matters.inScope(user, row.matterId, ip);
      await db.$transaction(async (tx) => {
        const { count } = await tx.extensionRequest.updateMany({
          where: { id: requestId, status: 'PENDING' },
          data: { status: 'REFUSED', decidedById: user.id, decidedAt: new Date(), decisionNote: note },
        });
        if (!count) throw extensionRefusals.decided();
        await event(
          tx,
          { id: row.matterId },
          `${row.matterId}:extension-refused:${requestId}`,
          'extension.refused',
          user,
          {
            workingDays: row.workingDays,
            note,
          },
        );
        await audit.recordIn(tx, {
          actorId: user.id,
          actorName: user.username,
          action: 'extension.refuse',
          objectType: 'Matter',
          objectId: row.matterId,
          ip,
          detail: { requestId },
        });
      });
      return (await views([await find(requestId)]))[0];
    },
  };
}
export type ExtensionRequestsService = ReturnType<typeof createExtensionRequestsService>;
