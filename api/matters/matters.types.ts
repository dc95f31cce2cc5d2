import { z } from 'zod';
import { ZChinaDate } from '../shared/china-date';
import { listQuery } from '../shared/list-query';
import { ZDepartmentCode, ZItemCode } from '../shared/codes';
import { zSearchTerm } from '../shared/search-term';
import { zMultiline } from '../shared/text';
import { ZTaskRow } from '../tasks/tasks.types';
import { ZStepRecord } from '../case-record/case-record.types';

const MATTER_STATUS = [
  'PENDING_START',
  'IN_PROGRESS',
  'SUSPENDED',
  'COMPLETED',
  'REJECTED',
  'REPORTED_UP',
  'NOT_ACCEPTED',
  'WITHDRAWN',
  'TERMINATED',
] as const;
const WARNING = ['NONE', 'YELLOW', 'RED'] as const;

export const MATTER_SORTS = ['acceptedAt', 'dueAt', 'receiptNo', 'status', 'completedAt'] as const;
export const ZMatterQuery = listQuery({
  q: zSearchTerm().optional(),
  status: z.enum(MATTER_STATUS).optional(),
  warningLevel: z.enum(WARNING).optional(),
  departmentCode: ZDepartmentCode.optional(),
  itemCode: ZItemCode.optional(),
  from: ZChinaDate.optional(),
  to: ZChinaDate.optional(),
});
export type TMatterQuery = z.infer<typeof ZMatterQuery>;

export const ZSupplied = z.object({ note: zMultiline().max(500).optional() });
export const ZSupervise = z.object({
  message: zMultiline().min(2, '请填写督办意见').max(500),
  toUserId: z.uuid().optional(),
});

const iso = z.date();
export const ZMatterRow = z.object({
  id: z.string(),
  receiptNo: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  kind: z.string(),
  status: z.string(),
  warningLevel: z.string(),
  applicantName: z.string(),
  acceptedAt: iso,
  dueDate: z.string().nullable(),
  dueAt: iso.nullable(),
  provisional: z.boolean(),
  leadDepartmentCode: z.string(),
  viaAgent: z.boolean(),
  agentName: z.string().nullable(),
  completedAt: iso.nullable(),
});
export const ZMatterList = z.object({ data: z.array(ZMatterRow), total: z.number() });

export const ZMatterDetail = ZMatterRow.extend({
  applicantIdMasked: z.string(),
  phoneMasked: z.string(),
  materials: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      required: z.boolean().optional(),
      provided: z.boolean(),
      owed: z.boolean(),
      dueDate: z.string().nullable(),
    }),
  ),
  entrustment: z.unknown().nullable(),
  acceptedByName: z.string().nullable(),
  windowCode: z.string().nullable(),
  workflowId: z.string(),
  temporalUrl: z.string().nullable(),
  procedureKey: z.string(),
  procedureVersion: z.number(),
  /** migrated (api/migrations): the version it ran on before, and when it moved to procedureVersion */
  migratedFromVersion: z.number().nullable(),
  migratedAt: iso.nullable(),
  outcomeReason: z.string().nullable(),
  tasks: z.array(ZTaskRow),
  events: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      at: iso,
      actorName: z.string().nullable(),
      data: z.unknown().nullable(),
    }),
  ),
  suspensions: z.array(
    z.object({ id: z.string(), kind: z.string(), reason: z.string(), startedAt: iso, endedAt: iso.nullable() }),
  ),
  deadlineChanges: z.array(
    z.object({
      id: z.string(),
      oldDueDate: z.string().nullable(),
      newDueDate: z.string().nullable(),
      reasonZh: z.string(),
      reasonEn: z.string(),
      at: iso,
    }),
  ),
  extensions: z.array(z.object({ id: z.string(), workingDays: z.number(), reason: z.string(), at: iso })),
  remainingWorkingDays: z.number().nullable(),
  rating: z.object({ score: z.number(), comment: z.string().nullable() }).nullable(),
  supervisions: z.array(
    z.object({
      id: z.string(),
      message: z.string(),
      fromName: z.string().nullable(),
      at: iso,
      status: z.enum(['OPEN', 'REPLIED', 'CLOSED']),
      replyDueDate: z.string().nullable(),
      reply: z.string().nullable(),
    }),
  ),
  canReveal: z.boolean(),
  delivery: z
    .object({
      method: z.string(),
      carrier: z.string().nullable(),
      trackingNo: z.string().nullable(),
      signedBy: z.string().nullable(),
      terminalCode: z.string().nullable(),
      deliveredAt: iso,
    })
    .nullable(),
  bundleId: z.string().nullable(),
  steps: z.array(ZStepRecord),
});
export const ZDiagram = z.object({
  xml: z.string(),
  activeNodeIds: z.array(z.string()),
  completedNodeIds: z.array(z.string()),
});
/** phone: null for the handlers of a step that needs the applicant's identity (name and ID number only) */
export const ZRevealed = z.object({ applicantName: z.string(), idNumber: z.string(), phone: z.string().nullable() });
export const ZReceipt = z.object({
  receiptNo: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  applicantIdMasked: z.string(),
  acceptedAt: iso,
  acceptedByName: z.string().nullable(),
  windowCode: z.string().nullable(),
  dueDate: z.string().nullable(),
  provisional: z.boolean(),
  promisedDays: z.number(),
  materials: ZMatterDetail.shape.materials,
  owed: z.array(z.object({ code: z.string(), name: z.string(), dueDate: z.string().nullable() })),
  centreName: z.string(),
  lookupHint: z.string(),
  viaAgent: z.boolean(),
});
export const ZNotice = z.object({
  id: z.string(),
  noticeNo: z.string(),
  kind: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  applicantIdMasked: z.string(),
  missing: z.array(z.object({ code: z.string(), name: z.string() })),
  reason: z.string().nullable(),
  legalBasis: z.string(),
  issuedAt: iso,
  issuedByName: z.string().nullable(),
});
export const ZOk = z.object({ ok: z.literal(true) });

/** 退办通知书: the written decision not to grant, with its reason, legal basis and the applicant's remedies. */
export const ZRejectionNotice = z.object({
  receiptNo: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  acceptedAt: iso,
  decidedAt: iso,
  decidedByName: z.string().nullable(),
  reason: z.string().nullable(),
  legalBasis: z.string(),
  remedies: z.string().nullable(),
  centreName: z.string(),
});
