import {
  APPLICANT_NOTICE_KINDS,
  placeholdersOf,
  templateProblems,
  type ApplicantNoticeKind,
  type StaffNoticeKind,
} from '../../domain/notices';
import type { Db } from '../../platform/db';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { AppError, notFound } from '../errors';
import type { MattersService } from '../matters/matters.service';
import { skipTake } from '../shared/list-query';
import type { TMyNoticesQuery, TTemplateUpdate } from './notices.types';

interface Deps {
  db: Db;
  audit: AuditService;
  /** the matter page's own scope check (403 audited) */
  inScope: MattersService['inScope'];
}

const FIELD_ZH = { smsText: '短信内容', emailSubject: '邮件标题', emailBody: '邮件正文' } as const;

/** A template naming placeholders its kind does not offer: one 400 listing each, with what may be used. */
function checkTemplate(kind: ApplicantNoticeKind, body: TTemplateUpdate): void {
  const problems = templateProblems(kind, body);
  if (!problems.length) return;
  const allowed = placeholdersOf(kind).map((p) => `{${p}}`);
  const zh = problems.map((p) => `${FIELD_ZH[p.field]}中 ${p.unknown.map((u) => `{${u}}`).join('、')}`).join('；');
  const en = problems.map((p) => `${p.field}: ${p.unknown.map((u) => `{${u}}`).join(', ')}`).join('; ');
  throw new AppError(
    'VALIDATION',
    `模板中有未知的占位符：${zh}。可用的占位符：${allowed.join('、')}`,
    `Unknown placeholders in the template: ${en}. Allowed: ${allowed.join(', ')}`,
    problems.map((p) => ({ path: p.field, message: `未知的占位符 ${p.unknown.map((u) => `{${u}}`).join('、')}` })),
  );
}

type TemplateRow = Awaited<ReturnType<Db['noticeTemplate']['findUniqueOrThrow']>>;
const templateRow = (t: TemplateRow) => ({
  ...t,
  id: t.kind,
  kind: t.kind as ApplicantNoticeKind,
  placeholders: [...placeholdersOf(t.kind as ApplicantNoticeKind)],
});

/** Notices: the applicant's on the matter page, staff's own (the bell), and the templates an admin edits. */
export function createNoticesService({ db, audit, inScope }: Deps) {
  return {
    /** The matter's applicant notices, newest first, with their status; no address beyond its masked form. */
    async ofMatter(user: CurrentUser, matterId: string, ip?: string) {
      await inScope(user, matterId, ip);
      const data = await db.notice.findMany({
        where: { matterId },
        orderBy: [{ createdAt: 'desc' }, { kind: 'asc' }, { channel: 'asc' }],
      });
      // a notice not pending has no next attempt
      return {
        data: data.map((n) => ({
          ...n,
          kind: n.kind as ApplicantNoticeKind,
          nextAttemptAt: n.status === 'PENDING' ? n.nextAttemptAt : null,
        })),
      };
    },

    /** A failed notice goes back in the queue (after the address or the template was put right); audited. */
    async retry(user: CurrentUser, id: string, ip?: string) {
      const notice = await db.notice.findUnique({ where: { id }, select: { status: true, matterId: true } });
      if (!notice) throw notFound('通知', 'Notice');
      await inScope(user, notice.matterId, ip);
      await db.$transaction(async (tx) => {
        const { count } = await tx.notice.updateMany({
          where: { id, status: 'FAILED' },
          data: { status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), leasedUntil: null, leaseOwner: null },
        });
        if (!count)
          throw new AppError(
            'ILLEGAL_TRANSITION',
            '只有发送失败的通知可以重新发送',
            'Only a failed notice can be sent again',
          );
        await audit.recordIn(tx, {
          actorId: user.id,
          actorName: user.username,
          action: 'notice.retry',
          objectType: 'Notice',
          objectId: id,
          ip,
        });
      });
      return { ok: true as const };
    },

    async mine(user: CurrentUser, q: TMyNoticesQuery) {
      const where = { userId: user.id, ...(q.unread ? { readAt: null } : {}) };
      const [rows, total, unread] = await Promise.all([
        db.staffNotice.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], ...skipTake(q) }),
        db.staffNotice.count({ where }),
        db.staffNotice.count({ where: { userId: user.id, readAt: null } }),
      ]);
      return {
        data: rows.map((r) => ({
          ...r,
          kind: r.kind as StaffNoticeKind,
          data: r.data as Record<string, unknown> | null,
        })),
        total,
        unread,
      };
    },

    unread: async (user: CurrentUser) => ({
      unread: await db.staffNotice.count({ where: { userId: user.id, readAt: null } }),
    }),

    /** Only one's own notices; reading one twice is fine. */
    async markRead(user: CurrentUser, id: string) {
      const { count } = await db.staffNotice.updateMany({
        where: { id, userId: user.id, readAt: null },
        data: { readAt: new Date() },
      });
      if (!count && !(await db.staffNotice.findFirst({ where: { id, userId: user.id }, select: { id: true } })))
        throw notFound('通知', 'Notice');
      return { ok: true as const };
    },

    async markAllRead(user: CurrentUser) {
      const { count } = await db.staffNotice.updateMany({
        where: { userId: user.id, readAt: null },
        data: { readAt: new Date() },
      });
      return { ok: true as const, count };
    },

    async templates() {
      const rows = await db.noticeTemplate.findMany();
      const order = (kind: string) => APPLICANT_NOTICE_KINDS.indexOf(kind as ApplicantNoticeKind);
      const data = rows.sort((a, b) => order(a.kind) - order(b.kind)).map(templateRow);
      return { data, total: data.length };
    },

    async template(kind: ApplicantNoticeKind) {
      const row = await db.noticeTemplate.findUnique({ where: { kind } });
      if (!row) throw notFound('通知模板', 'Notice template');
      return templateRow(row);
    },

    /** Checked first (every unknown placeholder named in one 400), then saved with its audit entry. */
    async updateTemplate(user: CurrentUser, kind: ApplicantNoticeKind, body: TTemplateUpdate, ip?: string) {
      checkTemplate(kind, body);
      const fields = { ...body, smsTemplateCode: body.smsTemplateCode ?? null, updatedById: user.id };
      const saved = await db.$transaction(async (tx) => {
        const row = await tx.noticeTemplate.upsert({ where: { kind }, update: fields, create: { kind, ...fields } });
        await audit.recordIn(tx, {
          actorId: user.id,
          actorName: user.username,
          action: 'noticeTemplate.update',
          objectType: 'NoticeTemplate',
          objectId: kind,
          ip,
        });
        return row;
      });
      return templateRow(saved);
    },
  };
}
export type NoticesService = ReturnType<typeof createNoticesService>;
