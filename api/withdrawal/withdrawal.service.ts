import type { Request } from 'express';
import type { Client } from '@temporalio/client';
import { MATTER_STATUS_ZH, labelOf } from '../../domain/code-labels';
import type { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';
import type { FileStore } from '../../platform/file-store';
import type { Logger } from '../../platform/logger';
import type { Actor } from '../../workflows/procedure-contract';
import { withdrawMatter, type WithdrawalRequest } from '../../workflows/withdrawal-contract';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { actorOf } from '../engine/actor';
import type { RunUpdate } from '../engine/update-runner';
import { AppError, notFound } from '../errors';
import type { DetectType } from '../materials/file-types';
import type { MaterialLimits } from '../materials/material-limits';
import { readUpload } from '../materials/read-upload';
import type { MattersService } from '../matters/matters.service';
import { PUBLIC_ACTOR, type FindPublicMatter } from '../public/public-matter';
import { keyedDetail, keyedRowId } from '../shared/idempotency';
import { StreamedFile, storedFileHeaders } from '../shared/streamed-file';
import { ZWithdrawalFields, type TPublicWithdrawal } from './withdrawal.types';

interface Deps {
  db: Db;
  temporal: Client;
  runUpdate: RunUpdate;
  audit: AuditService;
  matters: Pick<MattersService, 'inScope'>;
  findPublicMatter: FindPublicMatter;
  store: FileStore;
  detectType: DetectType;
  limits: MaterialLimits;
  logger: Logger;
}

type Matter = Prisma.MatterGetPayload<object>;
const RUNNING = ['IN_PROGRESS', 'SUSPENDED'];

/** Refused before the signed request is read: only a running matter can be withdrawn. */
function requireRunning(m: Matter): void {
  if (m.status === 'WITHDRAWN')
    throw new AppError('ILLEGAL_TRANSITION', '该办件已撤件', 'The matter has already been withdrawn', {
      code: 'ALREADY_WITHDRAWN',
    });
  if (!RUNNING.includes(m.status)) {
    const zh = labelOf(MATTER_STATUS_ZH, m.status);
    throw new AppError(
      'ILLEGAL_TRANSITION',
      `该办件已结束或尚未开始办理（${zh}），不能撤件`,
      `The matter is not being handled (${m.status}): it cannot be withdrawn`,
      { code: 'MATTER_FINISHED' },
    );
  }
}

/**
 * 撤件: the applicant withdraws the application, at the window (a clerk records it with the applicant's signed
 * request, stored and checked like the materials) or on the public page (after the receipt number and phone are
 * checked, with the look-up's throttle). The workflow cancels the open tasks, stops the clock and ends the matter
 * WITHDRAWN; its withdrawal notice goes out through the outbox. Every withdrawal is audited. Sent again with its
 * Idempotency-Key, it answers with the first attempt's withdrawal.
 */
export function createWithdrawalService(deps: Deps) {
  const { db, temporal, runUpdate, audit, matters, findPublicMatter, store, detectType, limits, logger } = deps;

  async function view(matterId: string) {
    const row = await db.withdrawal.findUnique({ where: { matterId } });
    if (!row) return null;
    const by = row.actorId
      ? await db.user.findUnique({ where: { id: row.actorId }, select: { displayName: true } })
      : null;
    const { fileKey: _fileKey, eventKey: _eventKey, actorId: _actorId, ...shown } = row;
    return { ...shown, recordedByName: by?.displayName ?? null };
  }

  /** The workflow takes the withdrawal; its Update id is the row's, so a retry joins the first attempt. */
  async function send(m: Matter, request: WithdrawalRequest, actor?: Actor) {
    await runUpdate(
      () =>
        temporal.workflow.getHandle(m.workflowId).executeUpdate(withdrawMatter, {
          args: [{ ...(actor ? { actor } : {}), request }],
          updateId: `withdrawal/${request.withdrawalId}`,
        }),
      true,
    );
  }

  /** The row a retry of the same withdrawal finds, or undefined; a withdrawal by anyone else is a 409. */
  async function earlier(m: Matter, withdrawalId: string) {
    const row = await view(m.id);
    if (row && row.id === withdrawalId) return row;
    requireRunning(m);
    return undefined;
  }

  return {
    async atWindow(user: CurrentUser, matterId: string, req: Request, ip?: string, key?: string) {
      const m = await matters.inScope(user, matterId, ip);
      const withdrawalId = keyedRowId(key, 'withdrawal', m.id, user.id);
      const done = await earlier(m, withdrawalId);
      if (done) return done;
      const upload = await readUpload(req, {
        store,
        detectType,
        maxBytes: limits.fileBytes,
        fallbackName: '撤件申请书',
        fields: (values) => ZWithdrawalFields.parse(values),
      });
      const { fields, stored, name, mime } = upload;
      const document = { fileKey: stored.key, name, mime, size: stored.size, sha256: stored.sha256 };
      await send(m, { withdrawalId, channel: 'WINDOW', reason: fields.reason, document }, actorOf(user));
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'matter.withdraw',
        objectType: 'Matter',
        objectId: m.id,
        ip,
        detail: { withdrawalId, channel: 'WINDOW', sha256: stored.sha256, ...keyedDetail(key) },
      });
      const recorded = await view(m.id);
      if (!recorded) throw new Error(`withdrawal ${withdrawalId} confirmed by the workflow but not stored`);
      return recorded;
    },

    /** From the public page: a wrong phone gets the look-up's one 404, so it tells nothing about the receipt. */
    async fromPublicPage(input: TPublicWithdrawal, ip: string | null, key?: string) {
      const m = await findPublicMatter(input, ip, 'public.withdrawal');
      const withdrawalId = keyedRowId(key, 'public-withdrawal', m.id);
      if (!(await earlier(m, withdrawalId))) {
        await send(m, { withdrawalId, channel: 'PUBLIC', reason: input.reason });
        await audit.record({
          actorName: PUBLIC_ACTOR,
          action: 'public.withdrawal',
          objectType: 'Matter',
          objectId: m.id,
          ip,
          detail: { withdrawalId, channel: 'PUBLIC', ...keyedDetail(key) },
        });
      }
      return { ok: true as const, status: 'WITHDRAWN' };
    },

    async get(user: CurrentUser, matterId: string, ip?: string) {
      const m = await matters.inScope(user, matterId, ip);
      return { withdrawal: await view(m.id) };
    },

    /** The signed request, previewed or downloaded by whoever may see the matter; each access audited. */
    async document(user: CurrentUser, matterId: string, download: boolean, ip?: string) {
      const m = await matters.inScope(user, matterId, ip);
      const row = await db.withdrawal.findUnique({ where: { matterId: m.id } });
      if (!row?.fileKey || !row.mime || row.size === null || !row.fileName)
        throw notFound('撤件申请书', 'Withdrawal request');
      const body = await store.get(row.fileKey);
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: download ? 'withdrawal.request.download' : 'withdrawal.request.view',
        objectType: 'Withdrawal',
        objectId: row.id,
        ip,
        detail: { matterId: m.id, sha256: row.sha256 },
      });
      body.on('error', (error: Error) =>
        logger.error('a stored withdrawal request failed to decrypt while being sent', {
          withdrawalId: row.id,
          error: error.message,
        }),
      );
      return new StreamedFile(
        storedFileHeaders({ mime: row.mime, size: row.size, name: row.fileName, download }),
        body,
      );
    },
  };
}
export type WithdrawalService = ReturnType<typeof createWithdrawalService>;
