import type { Request } from 'express';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { chinaDateOf } from '../../domain/china-time';
import { HIGHER_AUTHORITY_STOP } from '../../domain/clock-stops';
import type { Db } from '../../platform/db';
import type { FileStore } from '../../platform/file-store';
import type { Logger } from '../../platform/logger';
import { recordAuthorityAnswer } from '../../workflows/clock-contract';
import { MESSAGE_AUTHORITY_ANSWER, getState } from '../../workflows/procedure-contract';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { actorOf } from '../engine/actor';
import type { RunUpdate } from '../engine/update-runner';
import { AppError, notFound } from '../errors';
import type { DetectType } from '../materials/file-types';
import type { MaterialLimits } from '../materials/material-limits';
import { readUpload } from '../materials/read-upload';
import type { MattersService } from '../matters/matters.service';
import { keyedDetail, keyedRowId } from '../shared/idempotency';
import { StreamedFile, storedFileHeaders } from '../shared/streamed-file';
import { ZAuthorityAnswerFields, type TAuthorityAnswerFields } from './clock.types';

interface Deps {
  db: Db;
  temporal: Client;
  runUpdate: RunUpdate;
  audit: AuditService;
  matters: Pick<MattersService, 'inScope'>;
  store: FileStore;
  detectType: DetectType;
  limits: MaterialLimits;
  logger: Logger;
}

const notWaiting = () =>
  new AppError(
    'ILLEGAL_TRANSITION',
    '该办件当前不在等待上级机关答复',
    "The matter is not waiting for the higher authority's answer",
    { code: 'NOT_AWAITING_ANSWER' },
  );

/** The answer's date: a real date, not before the matter was accepted and not after today (China time). */
function checkAnsweredOn(fields: TAuthorityAnswerFields, acceptedOn: string): TAuthorityAnswerFields {
  const today = chinaDateOf(new Date());
  if (fields.answeredOn < acceptedOn || fields.answeredOn > today)
    throw new AppError(
      'VALIDATION',
      `答复日期须在受理日（${acceptedOn}）与今天（${today}）之间`,
      `The answer's date must lie between the acceptance (${acceptedOn}) and today (${today})`,
      [{ path: 'answeredOn', message: `答复日期须在 ${acceptedOn} 至 ${today} 之间` }],
    );
  return fields;
}

/**
 * 上报件: staff record the higher authority's answer, its document in the same multipart request (fields first,
 * then the file, checked by content and stored encrypted like the materials). The workflow delivers it to the step
 * waiting for `higherAuthorityAnswer` with the decision as `form.authorityDecision`, writes the answer's row and
 * restarts the clock. Sent again with its Idempotency-Key, it answers with the first attempt's row.
 */
export function createAuthorityAnswersService(deps: Deps) {
  const { db, temporal, runUpdate, audit, matters, store, detectType, limits, logger } = deps;

  async function view(answerId: string) {
    const row = await db.authorityAnswer.findUnique({ where: { id: answerId } });
    if (!row) return undefined;
    const by = await db.user.findUnique({ where: { id: row.actorId }, select: { displayName: true } });
    return { ...row, recordedByName: by?.displayName ?? null };
  }

  /**
   * Whether the matter's procedure waits for the answer now (asked before the file is read, so none is kept for
   * nothing). The open stop in the ledger is written inside the step that starts the wait, while the query answers
   * as of the last finished step: either one is enough, and the Update's validator has the last word.
   */
  async function awaitsAnswer(matterId: string, workflowId: string): Promise<boolean> {
    const stop = await db.suspension.findFirst({
      where: { matterId, kind: HIGHER_AUTHORITY_STOP, endedAt: null },
      select: { id: true },
    });
    if (stop) return true;
    try {
      const state = await temporal.workflow.getHandle(workflowId).query(getState);
      return state.awaitingMessages?.includes(MESSAGE_AUTHORITY_ANSWER) ?? false;
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return false;
      throw new AppError(
        'UNAVAILABLE',
        '流程引擎暂不可用，请稍后重试',
        'The workflow engine is unavailable, try again later',
      );
    }
  }

  return {
    async record(user: CurrentUser, matterId: string, req: Request, ip?: string, key?: string) {
      const m = await matters.inScope(user, matterId, ip);
      const answerId = keyedRowId(key, 'authority-answer', m.id, user.id);
      const earlier = await view(answerId);
      if (earlier) return earlier;
      if (!(await awaitsAnswer(m.id, m.workflowId))) throw notWaiting();
      const upload = await readUpload(req, {
        store,
        detectType,
        maxBytes: limits.fileBytes,
        fallbackName: '上级答复',
        fields: (values) => checkAnsweredOn(ZAuthorityAnswerFields.parse(values), m.acceptedOn),
      });
      const { fields, stored, name, mime } = upload;
      await runUpdate(
        () =>
          temporal.workflow.getHandle(m.workflowId).executeUpdate(recordAuthorityAnswer, {
            args: [
              {
                actor: actorOf(user),
                answer: {
                  answerId,
                  ...fields,
                  document: { fileKey: stored.key, name, mime, size: stored.size, sha256: stored.sha256 },
                },
              },
            ],
            updateId: `authority-answer/${answerId}`,
          }),
        true,
      );
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'authority.answer',
        objectType: 'Matter',
        objectId: m.id,
        ip,
        detail: { answerId, decision: fields.decision, sha256: stored.sha256, ...keyedDetail(key) },
      });
      const recorded = await view(answerId);
      if (!recorded) throw new Error(`answer ${answerId} confirmed by the workflow but not stored`);
      return recorded;
    },

    async list(user: CurrentUser, matterId: string, ip?: string) {
      const m = await matters.inScope(user, matterId, ip);
      const rows = await db.authorityAnswer.findMany({
        where: { matterId: m.id },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      });
      const names = new Map(
        (
          await db.user.findMany({
            where: { id: { in: [...new Set(rows.map((r) => r.actorId))] } },
            select: { id: true, displayName: true },
          })
        ).map((u) => [u.id, u.displayName]),
      );
      return rows.map((r) => ({ ...r, recordedByName: names.get(r.actorId) ?? null }));
    },

    /** The answer document, previewed or downloaded by whoever may see the matter; each access audited. */
    async document(user: CurrentUser, matterId: string, answerId: string, download: boolean, ip?: string) {
      const m = await matters.inScope(user, matterId, ip);
      const row = await db.authorityAnswer.findFirst({ where: { id: answerId, matterId: m.id } });
      if (!row) throw notFound('上级答复', 'Answer');
      const body = await store.get(row.fileKey);
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: download ? 'authority.answer.download' : 'authority.answer.view',
        objectType: 'AuthorityAnswer',
        objectId: row.id,
        ip,
        detail: { matterId: m.id, sha256: row.sha256 },
      });
      body.on('error', (error: Error) =>
        logger.error('a stored answer document failed to decrypt while being sent', { answerId, error: error.message }),
      );
      return new StreamedFile(
        storedFileHeaders({ mime: row.mime, size: row.size, name: row.fileName, download }),
        body,
      );
    },
  };
}
export type AuthorityAnswersService = ReturnType<typeof createAuthorityAnswersService>;
