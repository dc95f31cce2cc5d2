import { chinaDateOf } from '../domain/china-time';
import type { Prisma } from '../generated/prisma/client';
import { noticesOnEvent, noticesOnWarning } from '../platform/notices/event-notices';
import type { ProcedureActivities } from './activity-types';
import { bpmnError } from './bpmn-error';
import type { ActivityDeps } from './deps';
import { resultIssuer } from './result-issuer';
import { withRejectionWritten } from './rejection-written';

type MatterActivities = Pick<
  ProcedureActivities,
  | 'recordEvent'
  | 'setMatterStatus'
  | 'suspend'
  | 'resume'
  | 'recordExtension'
  | 'recordAuthorityAnswer'
  | 'recordWithdrawal'
  | 'setWarning'
  | 'runService'
>;

/** The statuses a matter ends in: its clock stops for good. */
export const TERMINAL_STATUSES = [
  'COMPLETED',
  'REJECTED',
  'REPORTED_UP',
  'NOT_ACCEPTED',
  'WITHDRAWN',
  'TERMINATED',
] as const;

/** Every write is keyed (eventKey, matterId, taskKey), so a retried activity or a replayed workflow never doubles a row. */
export function matterActivities(deps: ActivityDeps): MatterActivities {
  const { db, logger, now } = deps;
  /** The event and the notices it causes (the outbox) in one transaction: never one without the other. */
  async function recordEvent(given: Parameters<MatterActivities['recordEvent']>[0]) {
    const input =
      given.type === 'matter.rejected'
        ? { ...given, data: await withRejectionWritten(db, given.matterId, { ...given.data }) }
        : given;
    const at = now();
    const event = db.matterEvent.createMany({
      data: [
        {
          matterId: input.matterId,
          eventKey: input.eventKey,
          type: input.type,
          actorId: input.actorId ?? null,
          actorName: input.actorName ?? null,
          data: (input.data ?? undefined) as Prisma.InputJsonValue | undefined,
          at,
        },
      ],
      skipDuplicates: true,
    });
    const notices = noticesOnEvent(input, at);
    if (notices.length) await db.$transaction([event, ...notices.map((sql) => db.$executeRaw(sql))]);
    else await event;
  }

  const services: Record<
    string,
    (matterId: string, eventKey: string, params: Record<string, string>) => Promise<string | undefined>
  > = {
    async notify(matterId, eventKey, params) {
      logger.info('notification queued', { matterId, template: params.template ?? 'progress' });
      await recordEvent({
        matterId,
        eventKey,
        type: 'service.notify',
        data: { template: params.template ?? 'progress' },
      });
      return undefined;
    },
    issueResult: resultIssuer(deps),
    async mailDelivery(matterId, eventKey) {
      // no number is invented: the mailing waits for staff to enter the carrier and the waybill's number
      await db.delivery.createMany({ data: [{ matterId, method: 'MAIL', byId: 'system' }], skipDuplicates: true });
      await recordEvent({ matterId, eventKey, type: 'service.mailDelivery', data: { awaitingWaybill: true } });
      return undefined;
    },
    async reportUp(matterId, eventKey, params) {
      await recordEvent({
        matterId,
        eventKey,
        type: 'service.reportUp',
        data: { authority: params.authority ?? '上级主管部门' },
      });
      return undefined;
    },
    async archive(matterId, eventKey) {
      await recordEvent({ matterId, eventKey, type: 'service.archive' });
      return undefined;
    },
  };

  return {
    recordEvent,

    async setMatterStatus({ matterId, status, reason: given }) {
      const reason =
        status === 'REJECTED' ? (await withRejectionWritten(db, matterId, { reason: given })).reason : given;
      const terminal = (TERMINAL_STATUSES as readonly string[]).includes(status);
      await db.matter.updateMany({
        where: { id: matterId, status: { notIn: [...TERMINAL_STATUSES] } },
        data: {
          status,
          lastProgressAt: now(),
          // done: the clock stops for good, and the colour it last stored is the one shown
          ...(terminal ? { completedAt: now(), yellowAt: null, redAt: null } : {}),
          ...(reason ? { outcomeReason: reason } : {}),
        },
      });
      if (terminal) {
        await db.task.updateMany({
          where: { matterId, status: { in: ['OPEN', 'CLAIMED'] } },
          data: { status: 'CANCELLED', suspended: false },
        });
      }
    },

    async suspend({ matterId, eventKey, kind, reason, atIso, holdTasks = true }) {
      const at = new Date(atIso);
      await db.$transaction([
        db.suspension.createMany({
          data: [{ matterId, eventKey, kind, reason, startedAt: at, startDate: chinaDateOf(at) }],
          skipDuplicates: true,
        }),
        // the clock stops: the colour stands as stored (its paused colour) until a recount re-arms the instants
        db.matter.updateMany({ where: { id: matterId }, data: { yellowAt: null, redAt: null } }),
      ]);
      if (holdTasks)
        await db.task.updateMany({
          where: { matterId, status: { in: ['OPEN', 'CLAIMED'] } },
          data: { suspended: true },
        });
    },

    async resume({ matterId, eventKey, atIso, releaseTasks = true }) {
      const at = new Date(atIso);
      await db.suspension.updateMany({
        where: { matterId, eventKey, endedAt: null },
        data: { endedAt: at, endDate: chinaDateOf(at) },
      });
      if (releaseTasks)
        await db.task.updateMany({
          where: { matterId, status: { in: ['OPEN', 'CLAIMED'] } },
          data: { suspended: false },
        });
    },

    async recordAuthorityAnswer({ matterId, answerId, document, note, ...answer }) {
      await db.authorityAnswer.createMany({
        data: [
          {
            id: answerId,
            matterId,
            ...answer,
            note: note ?? null,
            fileKey: document.fileKey,
            fileName: document.name,
            mime: document.mime,
            size: document.size,
            sha256: document.sha256,
            at: now(),
          },
        ],
        skipDuplicates: true,
      });
    },

    async recordWithdrawal({ matterId, eventKey, withdrawalId, channel, reason, document, actorId }) {
      await db.withdrawal.createMany({
        data: [
          {
            id: withdrawalId,
            matterId,
            eventKey,
            channel,
            reason,
            actorId: actorId ?? null,
            fileKey: document?.fileKey ?? null,
            fileName: document?.name ?? null,
            mime: document?.mime ?? null,
            size: document?.size ?? null,
            sha256: document?.sha256 ?? null,
            at: now(),
          },
        ],
        skipDuplicates: true,
      });
    },

    async recordExtension({ matterId, eventKey, workingDays, reason, actorId, requestId }) {
      await db.extension.createMany({
        data: [{ matterId, eventKey, workingDays, reason, actorId, requestId: requestId ?? null, at: now() }],
        skipDuplicates: true,
      });
    },

    // the level and the bell's notices together; the event after them (a retry repeats all, and nothing doubles)
    async setWarning({ matterId, level, event }) {
      const update = db.matter.updateMany({ where: { id: matterId }, data: { warningLevel: level } });
      if (level === 'NONE') await update;
      else {
        const matter = await db.matter.findUnique({ where: { id: matterId }, select: { dueDate: true } });
        const notices = noticesOnWarning({ matterId, level, dueDate: matter?.dueDate ?? null }, now());
        await db.$transaction([update, ...notices.map((sql) => db.$executeRaw(sql))]);
      }
      if (event) await recordEvent({ matterId, ...event });
    },

    async runService({ matterId, eventKey, activity, params }) {
      const service = services[activity];
      if (!service)
        throw bpmnError('SERVICE_UNKNOWN', `未注册的服务活动 ${activity}`, `unknown service activity ${activity}`);
      return { result: await service(matterId, eventKey, params) };
    },
  };
}
