import { owningWorkflowId } from '../../workflows/call-contract';
import type { Client } from '@temporalio/client';
import type { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';
import { cancelFromIncident, moveIncident, retryIncident } from '../../workflows/incident-contract';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { actorOf } from '../engine/actor';
import type { RunUpdate } from '../engine/update-runner';
import { AppError, notFound } from '../errors';
import { keyedDetail, keyedUpdateId } from '../shared/idempotency';
import { skipTake } from '../shared/list-query';
import type { TCancelBody, TIncident, TIncidentQuery, TMoveBody } from './incidents.types';

interface Deps {
  db: Db;
  temporal: Client;
  runUpdate: RunUpdate;
  audit: AuditService;
}

const include = { matter: { select: { receiptNo: true, itemName: true, workflowId: true } } } as const;
type Row = Prisma.IncidentGetPayload<{ include: typeof include }>;

/** What a person does about an incident: the workflow's Update, and the audit entry's action. */
type Action = { kind: 'retry' } | ({ kind: 'move' } & TMoveBody) | ({ kind: 'cancel' } & TCancelBody);

function whereOf(query: TIncidentQuery): Prisma.IncidentWhereInput {
  return {
    ...(query.state === 'OPEN'
      ? { resolvedAt: null }
      : query.state === 'RESOLVED'
        ? { resolvedAt: { not: null } }
        : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.receiptNo ? { matter: { receiptNo: { contains: query.receiptNo } } } : {}),
  };
}

/**
 * 故障 (incidents): the list admins and managers work from, and their three actions, each sent to the matter's
 * workflow as an Update (its validator refuses an incident already resolved) and audited. Sent again with its
 * Idempotency-Key, an action joins the first attempt.
 */
export function createIncidentsService({ db, temporal, runUpdate, audit }: Deps) {
  async function view(row: Row): Promise<TIncident> {
    const by = row.resolvedById
      ? await db.user.findUnique({ where: { id: row.resolvedById }, select: { displayName: true } })
      : null;
    const { matter, resolvedById: _by, tokenId: _token, targets, ...shown } = row;
    return {
      ...shown,
      receiptNo: matter.receiptNo,
      itemName: matter.itemName,
      resolvedByName: by?.displayName ?? null,
      targets: targets as TIncident['targets'],
    };
  }

  async function find(id: string): Promise<Row> {
    const row = await db.incident.findUnique({ where: { id }, include });
    if (!row) throw notFound('故障', 'Incident');
    return row;
  }

  async function act(user: CurrentUser, id: string, action: Action, ip?: string, key?: string): Promise<TIncident> {
    const row = await find(id);
    if (row.resolvedAt && !key)
      throw new AppError('ILLEGAL_TRANSITION', '该故障已处理', 'The incident has already been resolved', {
        code: 'INCIDENT_RESOLVED',
      });
    // an incident of a procedure a call activity runs is resolved by that procedure's workflow
    const handle = temporal.workflow.getHandle(owningWorkflowId(row.matter.workflowId, id));
    const actor = actorOf(user);
    const updateId = keyedUpdateId(key, 'incident', action.kind, id, user.id);
    const send = () => {
      if (action.kind === 'retry')
        return handle.executeUpdate(retryIncident, { args: [{ incidentId: id, actor }], updateId });
      if (action.kind === 'move') {
        const { toNodeId, comment } = action;
        const input = { incidentId: id, actor, toNodeId, ...(comment ? { comment } : {}) };
        return handle.executeUpdate(moveIncident, { args: [input], updateId });
      }
      return handle.executeUpdate(cancelFromIncident, {
        args: [{ incidentId: id, actor, reason: action.reason }],
        updateId,
      });
    };
    await runUpdate(send, key !== undefined);
    const { kind, ...detail } = action;
    await audit.record({
      actorId: user.id,
      actorName: user.username,
      action: `incident.${kind}`,
      objectType: 'Incident',
      objectId: id,
      ip,
      detail: { matterId: row.matterId, nodeId: row.nodeId, ...detail, ...keyedDetail(key) },
    });
    return view(await find(id));
  }

  return {
    async list(query: TIncidentQuery) {
      const where = whereOf(query);
      const [rows, total] = await Promise.all([
        db.incident.findMany({ where, include, orderBy: [{ raisedAt: 'desc' }, { id: 'asc' }], ...skipTake(query) }),
        db.incident.count({ where }),
      ]);
      return { data: await Promise.all(rows.map(view)), total };
    },
    get: async (id: string) => view(await find(id)),
    retry: (user: CurrentUser, id: string, ip?: string, key?: string) => act(user, id, { kind: 'retry' }, ip, key),
    move: (user: CurrentUser, id: string, body: TMoveBody, ip?: string, key?: string) =>
      act(user, id, { kind: 'move', ...body }, ip, key),
    cancel: (user: CurrentUser, id: string, body: TCancelBody, ip?: string, key?: string) =>
      act(user, id, { kind: 'cancel', ...body }, ip, key),
  };
}
export type IncidentsService = ReturnType<typeof createIncidentsService>;
