import type { Client } from '@temporalio/client';
import {
  COMPLAINT_ASSIGNED_MESSAGE,
  COMPLAINT_DEPARTMENTS_FORM_KEY,
  COMPLAINT_PROCEDURE_KEY,
  type ComplaintChannel,
} from '../../domain/complaints';
import type { Matter } from '../../generated/prisma/client';
import type { CalendarSource } from '../../platform/calendar-source';
import type { ChangeNotices } from '../../platform/change-notices';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import type { createPiiCipher } from '../../platform/pii';
import { deliverMessage, type Actor } from '../../workflows/procedure-contract';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { createIntakeGuides } from '../catalogue/intake-guides';
import { actorOf } from '../engine/actor';
import type { RunUpdate } from '../engine/update-runner';
import { AppError } from '../errors';
import { versionOf } from '../intake/intake-checks';
import { insertMatter } from '../intake/intake.sql';
import { matterRows } from '../intake/matter-rows';
import { createMatterStarter, type StartableMatter } from '../intake/matter-start';
import { numbersUsedUp } from '../intake/receipt-numbers';
import type { MattersService } from '../matters/matters.service';
import { PUBLIC_ACTOR } from '../public/public-matter';
import { requireActiveDepartment, resolveSubject, type ComplaintSubject } from './complaint-subject';
import type { TComplaintIntake, TPublicComplaint } from './complaints.types';

interface Deps {
  db: Db;
  temporal: Client;
  config: Config;
  audit: AuditService;
  pii: ReturnType<typeof createPiiCipher>;
  calendars: CalendarSource;
  notices: ChangeNotices;
  /** the matter starter's */
  logger: Logger;
  runUpdate: RunUpdate;
  matters: MattersService;
}

/** Who accepts a complaint made on the public page: nobody logged in; the matter names the receiving window's department. */
const PUBLIC_RECEIVER = {
  id: PUBLIC_ACTOR,
  username: PUBLIC_ACTOR,
  displayName: '网上投诉',
  roles: [] as CurrentUser['roles'],
};

interface NewComplaint {
  idempotencyKey: string;
  channel: ComplaintChannel;
  complainant: { name: string; phone: string; email?: string };
  content: string;
  subject: ComplaintSubject;
  /** named by the receiving clerk (window, phone); none on the public page: 受理分办 names it */
  departmentCode: string | null;
  receiver: Pick<CurrentUser, 'id' | 'username' | 'displayName' | 'roles' | 'departmentCode'>;
  windowId: string | null;
  ip?: string;
}

const alreadyAssigned = (code: string) =>
  new AppError(
    'ILLEGAL_TRANSITION',
    `该投诉已分办至 ${code}；如需改派，请由该部门在调查答复环节转办`,
    `The complaint is already assigned to ${code}; to change it, that department transfers its reply step`,
  );

/**
 * 投诉 taken in (window, phone, public page) as a matter of the complaint item, its link row written in the same
 * transaction, its workflow started; and 受理分办: the department concerned named, which opens its reply step.
 */
export function createComplaintIntakeService(deps: Deps) {
  const { db, pii, calendars, audit, temporal, runUpdate } = deps;
  const guides = createIntakeGuides({ db, notices: deps.notices });
  const starter = createMatterStarter(deps);

  async function complaintGuide() {
    const item = await db.serviceItem.findFirst({
      where: { procedureKey: COMPLAINT_PROCEDURE_KEY, active: true },
      orderBy: { code: 'asc' },
      select: { code: true },
    });
    const guide = item && (await guides.get(item.code));
    if (!guide)
      throw new AppError(
        'CONFLICT',
        '事项目录中没有启用的投诉事项（办理流程 complaint）',
        'The catalogue has no active complaint item (procedure complaint)',
      );
    return { guide, version: versionOf(guide) };
  }

  /** The window the complaint is taken at: one of the clerk's department, as at the intake. */
  async function windowOf(code: string, user: CurrentUser): Promise<string> {
    const window = await db.window.findFirst({
      where: { code, departmentId: user.departmentId, active: true },
      select: { id: true },
    });
    if (!window)
      throw new AppError(
        'VALIDATION',
        `受理窗口 ${code} 不存在或不属于本部门`,
        `Window ${code} does not exist or is not one of your department's`,
        [{ path: 'windowCode', message: '受理窗口不存在或不属于本部门' }],
      );
    return window.id;
  }

  /** The department of the centre's first comprehensive window: it receives what comes in on the public page. */
  async function receivingDepartment(): Promise<string> {
    const window = await db.window.findFirst({
      where: { kind: 'COMPREHENSIVE', active: true },
      orderBy: { code: 'asc' },
      select: { department: { select: { code: true } } },
    });
    if (!window)
      throw new AppError('CONFLICT', '中心没有启用的综合受理窗口', 'The centre has no active comprehensive window');
    return window.department.code;
  }

  /** Delivers 受理分办's message; keyed by the matter, so delivering it again (a retry) applies once. */
  async function deliverAssignment(matter: Pick<Matter, 'id' | 'workflowId'>, departmentCode: string, actor?: Actor) {
    const handle = temporal.workflow.getHandle(matter.workflowId);
    await runUpdate(
      () =>
        handle.executeUpdate(deliverMessage, {
          args: [
            {
              name: COMPLAINT_ASSIGNED_MESSAGE,
              ...(actor ? { actor } : {}),
              payload: { [COMPLAINT_DEPARTMENTS_FORM_KEY]: [departmentCode] },
            },
          ],
          updateId: `complaint-assigned/${matter.id}`,
        }),
      true,
    );
  }

  /** The matter and its complaint row, one transaction; an idempotency key used before answers with its matter. */
  async function take(c: NewComplaint) {
    const { guide, version } = await complaintGuide();
    const existing = await db.matter.findUnique({ where: { idempotencyKey: c.idempotencyKey } });
    if (existing) return existing;
    const acceptedAt = new Date();
    const rows = matterRows(pii, {
      input: {
        idempotencyKey: c.idempotencyKey,
        itemCode: guide.item.code,
        applicant: { ...c.complainant, idNumber: '' },
        providedMaterials: [],
        decision: 'ACCEPT',
        owed: [],
      },
      item: guide.item,
      versionId: version.id,
      user: { ...c.receiver, departmentId: '', sessionId: '', csrfToken: '' },
      acceptedAt,
      windowId: c.windowId,
      calendar: await calendars.get(),
      idempotencyKey: c.idempotencyKey,
    });
    const lead = c.departmentCode ?? c.subject.departmentCode ?? guide.item.leadDepartmentCode;
    // a complainant gives no ID number: the columns hold none
    Object.assign(rows.matter, {
      applicantIdCipher: pii.encrypt(''),
      applicantIdMasked: '',
      applicantIdDigest: '',
      leadDepartmentCode: lead,
      departmentCodes: [lead],
    });
    rows.event.data = { complaint: c.channel };
    const matter = await db
      .$transaction(async (tx) => {
        const written = await insertMatter(db, tx, rows, {
          actorId: c.receiver.id === PUBLIC_ACTOR ? null : c.receiver.id,
          actorName: c.receiver.username,
          action: 'complaint.receive',
          objectType: 'Matter',
          objectId: rows.matter.id,
          ip: c.ip,
          detail: { channel: c.channel, departmentCode: c.departmentCode },
        });
        if (!written) return undefined;
        await tx.complaint.create({
          data: {
            matterId: written.id,
            channel: c.channel,
            content: c.content,
            subjectMatterId: c.subject.subjectMatterId,
            subjectUserId: c.subject.subjectUserId,
            suggestedDepartmentCode: c.subject.departmentCode,
            departmentCode: c.departmentCode,
            assignedAt: c.departmentCode ? acceptedAt : null,
            assignedById: c.departmentCode ? c.receiver.id : null,
            createdAt: acceptedAt,
          },
        });
        return written;
      })
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === 'P2002') return undefined;
        throw e;
      });
    if (matter) return matter;
    // the key made a matter meanwhile (a concurrent retry), or the day's numbers are used up
    return (
      (await db.matter.findUnique({ where: { idempotencyKey: c.idempotencyKey } })) ?? Promise.reject(numbersUsedUp())
    );
  }

  /** Started, and for a complaint whose department is named, assigned: safe to repeat for a retried request. */
  async function startAndAssign(matter: StartableMatter, actor?: Actor) {
    await starter.ensureStarted(matter);
    const complaint = await db.complaint.findUnique({ where: { matterId: matter.id } });
    if (complaint?.departmentCode) await deliverAssignment(matter, complaint.departmentCode, actor);
  }

  const answer = async (id: string) => {
    const m = await db.matter.findUniqueOrThrow({ where: { id } });
    return { matterId: m.id, receiptNo: m.receiptNo, status: m.status, dueDate: m.dueDate };
  };

  return {
    /** 窗口 / 电话: the clerk enters the complaint and names the department concerned (the link suggests it). */
    async receive(input: TComplaintIntake, user: CurrentUser, ip?: string) {
      const [subject] = await Promise.all([
        resolveSubject(db, { receiptNo: input.subjectReceiptNo, userId: input.subjectUserId }, true),
        requireActiveDepartment(db, input.departmentCode),
      ]);
      const windowId = input.windowCode ? await windowOf(input.windowCode, user) : null;
      const matter = await take({
        idempotencyKey: input.idempotencyKey,
        channel: input.channel,
        complainant: input.complainant,
        content: input.content,
        subject,
        departmentCode: input.departmentCode,
        receiver: user,
        windowId,
        ip,
      });
      if (matter.acceptedById !== user.id)
        throw new AppError('CONFLICT', '该幂等键已被他人使用', 'This idempotency key was used by someone else');
      await startAndAssign(matter, actorOf(user));
      return answer(matter.id);
    },

    /** 网上投诉 (no login): the receiving window's clerks assign it (受理分办); the receipt number follows it up. */
    async receivePublic(input: TPublicComplaint, ip: string | null) {
      if (input.departmentCode) await requireActiveDepartment(db, input.departmentCode);
      const subject = await resolveSubject(db, { receiptNo: input.subjectReceiptNo }, false);
      // a receipt number that names no matter stays in the text for the clerk, and tells the public page nothing
      const content =
        input.subjectReceiptNo && !subject.subjectMatterId
          ? `${input.content}\n（投诉人填写的办件编号：${input.subjectReceiptNo}）`
          : input.content;
      const matter = await take({
        idempotencyKey: input.idempotencyKey,
        channel: 'PUBLIC',
        complainant: input.complainant,
        content,
        subject: { ...subject, departmentCode: subject.departmentCode ?? input.departmentCode ?? null },
        departmentCode: null,
        receiver: { ...PUBLIC_RECEIVER, departmentCode: await receivingDepartment() },
        windowId: null,
        ip: ip ?? undefined,
      });
      if (matter.acceptedById !== PUBLIC_ACTOR)
        throw new AppError('CONFLICT', '该幂等键已被使用', 'This idempotency key was used for another request');
      await startAndAssign(matter);
      const { receiptNo, dueDate } = await answer(matter.id);
      return { receiptNo, dueDate };
    },

    /**
     * 受理分办: the receiving clerk (or a manager) names the department concerned, once (the link's suggestion is
     * only a suggestion). Naming it again re-delivers it (after an engine outage); a department that is wrong after
     * all transfers the reply step like any other (转办).
     */
    async assign(matterId: string, departmentCode: string, user: CurrentUser, ip?: string) {
      const matter = await deps.matters.inScope(user, matterId, ip);
      const complaint = await db.complaint.findUnique({ where: { matterId } });
      if (!complaint) throw new AppError('NOT_FOUND', '该办件不是投诉', 'This matter is not a complaint');
      if (!['PENDING_START', 'IN_PROGRESS'].includes(matter.status))
        throw new AppError(
          'ILLEGAL_TRANSITION',
          '该投诉已办结，不能再分办',
          'The complaint is finished: it cannot be assigned',
        );
      await requireActiveDepartment(db, departmentCode);
      const chosen = await db.$transaction(async (tx) => {
        const claimed = await tx.complaint.updateMany({
          where: { matterId, assignedAt: null },
          data: { departmentCode, assignedAt: new Date(), assignedById: user.id },
        });
        if (claimed.count === 0) return (await tx.complaint.findUniqueOrThrow({ where: { matterId } })).departmentCode;
        await tx.matter.update({
          where: { id: matterId },
          data: { leadDepartmentCode: departmentCode, departmentCodes: [departmentCode] },
        });
        await audit.recordIn(tx, {
          actorId: user.id,
          actorName: user.username,
          action: 'complaint.assign',
          objectType: 'Matter',
          objectId: matterId,
          ip,
          detail: { departmentCode, suggested: complaint.suggestedDepartmentCode },
        });
        return departmentCode;
      });
      if (chosen !== departmentCode) throw alreadyAssigned(chosen ?? '');
      await starter.ensureStarted(matter);
      await deliverAssignment(matter, departmentCode, actorOf(user));
      return answer(matterId);
    },
  };
}
export type ComplaintIntakeService = ReturnType<typeof createComplaintIntakeService>;
