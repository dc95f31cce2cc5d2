import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import {
  MESSAGE_AUTHORITY_ANSWER,
  deliverMessage,
  getState,
  type MessageWait,
} from '../../workflows/procedure-contract';
import { COMPLAINT_ASSIGNED_MESSAGE } from '../../domain/complaints';
import { notAwaitedReason } from '../../workflows/message-waits';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { actorOf } from '../engine/actor';
import type { RunUpdate } from '../engine/update-runner';
import { AppError } from '../errors';
import type { MattersService } from '../matters/matters.service';
import { keyedDetail, keyedUpdateId } from '../shared/idempotency';
import type { TMessageBody, TMessageWait } from './messages.types';

interface Deps {
  temporal: Client;
  runUpdate: RunUpdate;
  audit: AuditService;
  matters: Pick<MattersService, 'inScope'>;
}

/** Messages with a form of their own (and the rows it writes): the route refuses them and names the form. */
const OWN_FORM = new Map([
  [
    MESSAGE_AUTHORITY_ANSWER,
    {
      zh: '上级机关的答复须在办件页“上级已答复”中连同答复文书登记',
      en: "The higher authority's answer is recorded with its document on the matter page (Higher authority answered)",
    },
  ],
  [
    COMPLAINT_ASSIGNED_MESSAGE,
    {
      zh: '投诉的受理分办须在“投诉”页办理（写明承办部门）',
      en: 'A complaint is assigned on the Complaints page, naming the department',
    },
  ],
]);

const engineUnavailable = () =>
  new AppError(
    'UNAVAILABLE',
    '暂时无法读取流程状态，请稍后重试',
    'The procedure state cannot be read now: try again later',
  );

/**
 * One correlation route for every message a matter waits for (材料已补正, 上级已答复, 申请人撤回 …): from the console's
 * buttons and from other systems. A message the matter does not wait for is refused with the waits it has; the
 * workflow's validator checks the same again, so a message never lands after its wait ended.
 */
export function createMessagesService({ temporal, runUpdate, audit, matters }: Deps) {
  async function waitsOf(workflowId: string): Promise<TMessageWait[]> {
    try {
      const state = await temporal.workflow.getHandle(workflowId).query(getState);
      return (state.messageWaits ?? []).map((w: MessageWait) => ({ ...w, ownForm: OWN_FORM.has(w.name) }));
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return [];
      throw engineUnavailable();
    }
  }

  const notAwaited = (name: string, waits: TMessageWait[]) => {
    const { zh, en } = notAwaitedReason(name, waits);
    return new AppError('ILLEGAL_TRANSITION', zh, en, { code: 'MESSAGE_NOT_AWAITED', waits });
  };

  return {
    async waits(user: CurrentUser, id: string, ip?: string) {
      const m = await matters.inScope(user, id, ip);
      return { waits: await waitsOf(m.workflowId) };
    },

    async send(user: CurrentUser, id: string, name: string, body: TMessageBody, ip?: string, key?: string) {
      const m = await matters.inScope(user, id, ip);
      const ownForm = OWN_FORM.get(name);
      if (ownForm) throw new AppError('ILLEGAL_TRANSITION', ownForm.zh, ownForm.en, { code: 'MESSAGE_HAS_OWN_FORM' });
      const handle = temporal.workflow.getHandle(m.workflowId);
      const updateId = keyedUpdateId(key, 'message', name, user.id);
      const waits = await waitsOf(m.workflowId);
      const payload = body.payload ?? {};
      if (waits.some((w) => w.name === name)) {
        await runUpdate(
          () =>
            handle.executeUpdate(deliverMessage, {
              args: [{ name, actor: actorOf(user), payload, onlyIfAwaited: true }],
              updateId,
            }),
          key !== undefined,
        );
      } else {
        // a retry of a message that was delivered (its wait is over) joins the first attempt; anything else is refused
        if (!updateId) throw notAwaited(name, waits);
        await runUpdate(
          () =>
            handle
              .getUpdateHandle(updateId)
              .result()
              .catch((e: unknown) => {
                // an Update id the workflow never took: nothing to join
                throw e instanceof WorkflowNotFoundError ? notAwaited(name, waits) : e;
              }),
          true,
        );
        return { ok: true as const };
      }
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'matter.message',
        objectType: 'Matter',
        objectId: m.id,
        ip,
        detail: { name, fields: Object.keys(payload), ...keyedDetail(key) },
      });
      return { ok: true as const };
    },
  };
}
export type MessagesService = ReturnType<typeof createMessagesService>;
