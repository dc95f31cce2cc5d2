import type { Prisma } from '../../generated/prisma/client';
import { isApplicantNoticeKind, type ApplicantNoticeKind } from '../../domain/notices';
import { INCIDENT_ROLES } from '../../workflows/incident-contract';
import {
  applicantNoticesSql,
  staffNoticeForUserSql,
  staffNoticesForHandlersSql,
  staffNoticesForRolesSql,
  staffNoticesForTaskSql,
} from './outbox.sql';

export interface CausingEvent {
  matterId: string;
  eventKey: string;
  type: string;
  data?: Record<string, unknown> | null;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): string => (Array.isArray(v) ? v.map(text).filter(Boolean).join('、') : text(v));

/** The key of "the result is on its way": one notice whichever records the delivery (the deliver step, mailDelivery). */
export const resultSentKey = (matterId: string) => `${matterId}:delivery`;

/**
 * The notices a timeline event causes, as statements to run in the transaction that writes the event (the activity
 * recordEvent). Events that cause none answer [] and are written as before.
 */
export function noticesOnEvent(event: CausingEvent, at: Date): Prisma.Sql[] {
  const { matterId, eventKey: causeKey } = event;
  const d = event.data ?? {};
  switch (event.type) {
    case 'matter.suspended':
      return [
        applicantNoticesSql(matterId, {
          causeKey,
          kind: 'SUPPLEMENT_REQUESTED',
          data: { reason: text(d.reason), missingMaterials: list(d.missing) },
          at,
        }),
      ];
    case 'matter.rejected':
      return [applicantNoticesSql(matterId, { causeKey, kind: 'REJECTED', data: { reason: text(d.reason) }, at })];
    case 'matter.terminated':
      return [applicantNoticesSql(matterId, { causeKey, kind: 'TERMINATED', data: { reason: text(d.reason) }, at })];
    case 'incident.raised':
      return [
        staffNoticesForRolesSql(matterId, INCIDENT_ROLES, {
          causeKey,
          kind: 'INCIDENT',
          data: { nodeName: text(d.nodeName), cause: text(d.zh) },
          at,
        }),
      ];
    case 'matter.withdrawn':
      return [applicantNoticesSql(matterId, { causeKey, kind: 'WITHDRAWN', data: { reason: text(d.reason) }, at })];
    case 'service.issueResult':
      return [
        applicantNoticesSql(matterId, {
          causeKey,
          kind: 'RESULT_READY',
          data: { resultNo: text(d.resultNo ?? d.result) },
          at,
        }),
      ];
    case 'service.mailDelivery':
      return [
        applicantNoticesSql(matterId, {
          causeKey: resultSentKey(matterId),
          kind: 'RESULT_SENT',
          data: { trackingNo: text(d.trackingNo ?? d.result), carrier: text(d.carrier) },
          at,
        }),
      ];
    case 'service.notify':
      // a notify whose template is a notice kind (a BPMN send task's message) sends that notice; other templates none
      return isApplicantNoticeKind(text(d.template))
        ? [applicantNoticesSql(matterId, { causeKey, kind: text(d.template) as ApplicantNoticeKind, at })]
        : [];
    case 'task.opened':
      return [staffNoticesForTaskSql(text(d.taskKey), { causeKey, kind: 'TASK_NEW', at })];
    case 'task.transferred': {
      const to = (d.to ?? {}) as { assigneeId?: string };
      const taskKey = text(d.taskKey);
      return [
        to.assigneeId
          ? staffNoticeForUserSql(to.assigneeId, matterId, { causeKey, kind: 'TASK_TRANSFERRED', taskKey, at })
          : staffNoticesForTaskSql(taskKey, { causeKey, kind: 'TASK_TRANSFERRED', at }),
      ];
    }
    default:
      return [];
  }
}

/** 督办: to the named recipient, else to whoever works on the matter now. */
export function noticesOnSupervision(
  s: { matterId: string; supervisionId: string; message: string; toUserId?: string | null },
  at: Date,
): Prisma.Sql[] {
  const cause = { causeKey: `${s.matterId}:supervision:${s.supervisionId}`, kind: 'SUPERVISED' as const, at };
  const data = { message: s.message };
  return [
    s.toUserId
      ? staffNoticeForUserSql(s.toUserId, s.matterId, { ...cause, data })
      : staffNoticesForHandlersSql(s.matterId, { ...cause, data }),
  ];
}

/** 预警 / 超期: whoever works on the matter, once per level and due date. */
export function noticesOnWarning(
  w: { matterId: string; level: 'NONE' | 'YELLOW' | 'RED'; dueDate: string | null },
  at: Date,
): Prisma.Sql[] {
  if (w.level === 'NONE') return [];
  const kind = w.level === 'RED' ? 'WARNING_RED' : 'WARNING_YELLOW';
  return [
    staffNoticesForHandlersSql(w.matterId, {
      causeKey: `${w.matterId}:warning:${w.level}:${w.dueDate ?? 'none'}`,
      kind,
      data: { dueDate: w.dueDate ?? '' },
      at,
    }),
  ];
}
