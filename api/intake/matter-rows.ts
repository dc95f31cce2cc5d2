import { randomUUID } from 'node:crypto';
import { chinaDateOf } from '../../domain/china-time';
import type { WorkingCalendar } from '../../domain/working-calendar';
import { computeDeadline } from '../../domain/deadline';
import { maskIdNumber } from '../../domain/identity';
import { isViaAgent } from '../../domain/intake';
import type { createPiiCipher } from '../../platform/pii';
import type { CurrentUser } from '../auth/auth.types';
import type { GuideItem } from '../catalogue/intake-guides';
import type { NewMatterRows } from './intake.sql';
import type { TIntake } from './intake.types';

export interface MatterRowsInput {
  input: TIntake;
  item: GuideItem;
  versionId: string;
  user: CurrentUser;
  acceptedAt: Date;
  windowId: string | null;
  calendar: WorkingCalendar;
  idempotencyKey: string;
  bundleId?: string;
}

/**
 * The rows of one accepted matter, with its promised date (counted now so the receipt shows it; the workflow
 * recounts it whenever something moves it). The receipt number comes from the statement that writes them.
 */
export function matterRows(pii: ReturnType<typeof createPiiCipher>, a: MatterRowsInput): NewMatterRows {
  const { input, item, user, acceptedAt } = a;
  const provided = new Set(input.providedMaterials);
  const owed = new Map(input.owed.map((o) => [o.code, o.dueDate]));
  const viaAgent = isViaAgent(input.entrustment, user.roles);
  const deadline = computeDeadline({ acceptedAt, promisedDays: item.promisedDays, calendar: a.calendar });
  const id = randomUUID();
  return {
    matter: {
      id,
      idempotencyKey: a.idempotencyKey,
      itemId: item.id,
      procedureVersionId: a.versionId,
      kind: item.kind,
      applicantName: input.applicant.name,
      applicantIdCipher: pii.encrypt(input.applicant.idNumber),
      applicantIdMasked: maskIdNumber(input.applicant.idNumber),
      applicantIdDigest: pii.digest(input.applicant.idNumber),
      applicantPhoneCipher: pii.encrypt(input.applicant.phone),
      phoneLast4: input.applicant.phone.slice(-4),
      applicantEmailCipher: input.applicant.email ? pii.encrypt(input.applicant.email) : null,
      agentId: viaAgent && user.roles.includes('AGENT') ? user.id : null,
      entrustment: input.entrustment ?? null,
      viaAgent,
      windowId: a.windowId,
      acceptedById: user.id,
      acceptedDepartmentCode: user.departmentCode,
      itemCode: item.code,
      itemName: item.name,
      leadDepartmentCode: item.leadDepartmentCode,
      departmentCodes: [...new Set([item.leadDepartmentCode, ...item.coDepartmentCodes])],
      acceptedAt,
      acceptedOn: chinaDateOf(acceptedAt),
      promisedDays: item.promisedDays,
      statutoryDays: item.statutoryDays,
      dueDate: deadline.dueDate,
      dueAt: deadline.dueAt,
      provisional: deadline.provisional,
      materials: item.materials.map((m) => ({
        code: m.code,
        name: m.name,
        required: m.required,
        provided: provided.has(m.code),
        owed: owed.has(m.code),
        dueDate: owed.get(m.code) ?? null,
      })),
      deficiencies: input.owed.length ? input.owed : null,
      bundleId: a.bundleId ?? null,
      lastProgressAt: acceptedAt,
      createdAt: acceptedAt,
      updatedAt: acceptedAt,
    },
    // the same key the deadline activity uses, so its first recount adds nothing
    deadline: {
      id: randomUUID(),
      matterId: id,
      eventKey: `${id}:none->${deadline.dueDate}:accepted`,
      newDueDate: deadline.dueDate,
      reasonZh: '受理',
      reasonEn: 'accepted',
      at: acceptedAt,
    },
    event: {
      id: randomUUID(),
      matterId: id,
      eventKey: `${id}:accepted`,
      type: input.decision === 'ACCEPT' ? 'matter.accepted' : 'matter.acceptedWithDeficiency',
      actorId: user.id,
      actorName: user.displayName,
      at: acceptedAt,
      data: viaAgent ? { viaAgent: true } : null,
    },
  };
}
