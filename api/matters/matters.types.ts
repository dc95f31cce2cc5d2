import { z } from 'zod';
import { listQuery } from '../shared/list-query';

const CHINA_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const ZApplicant = z.object({
  name: z.string().trim().min(1, '请填写申请人姓名').max(50, '姓名过长'),
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^\d{17}[\dX]$/, '身份证号码应为 18 位'),
  phone: z
    .string()
    .trim()
    .regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号码'),
  /** optional: notices go by e-mail too (encrypted at rest like the phone) */
  email: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.email('电子邮箱格式不正确').max(200).optional(),
  ),
});

export const ZEntrustment = z.object({
  agentNote: z.string().max(500).optional(),
  /** the signed entrustment (委托书) reference: a document number or a scan id */
  documentRef: z.string().trim().min(1, '请填写委托书编号').max(100),
  handedOver: z.array(z.string().max(100)).max(50).default([]),
});

export const INTAKE_DECISIONS = ['ACCEPT', 'ACCEPT_WITH_DEFICIENCY', 'NOTICE', 'REFUSE'] as const;

export const ZIntakeSchema = z.object({
  idempotencyKey: z.string().trim().min(8, '缺少幂等键').max(100),
  itemCode: z.string().trim().min(1).max(50),
  applicant: ZApplicant,
  providedMaterials: z.array(z.string().max(50)).max(100),
  decision: z.enum(INTAKE_DECISIONS),
  /** 容缺受理: what is owed and by when */
  owed: z
    .array(z.object({ code: z.string().max(50), dueDate: z.string().regex(CHINA_DATE, '日期格式应为 YYYY-MM-DD') }))
    .max(50)
    .default([]),
  reason: z.string().trim().max(1000).optional(),
  windowCode: z.string().max(20).optional(),
  entrustment: ZEntrustment.optional(),
  bundleId: z.string().optional(),
});
export type TIntake = z.infer<typeof ZIntakeSchema>;

export const ZIdParam = z.object({ id: z.uuid('无效的编号') });
const MATTER_STATUS = [
  'PENDING_START',
  'IN_PROGRESS',
  'SUSPENDED',
  'COMPLETED',
  'REJECTED',
  'REPORTED_UP',
  'NOT_ACCEPTED',
] as const;
const WARNING = ['NONE', 'YELLOW', 'RED'] as const;

export const MATTER_SORTS = ['acceptedAt', 'dueAt', 'receiptNo', 'status', 'completedAt'] as const;
export const ZMatterQuery = listQuery({
  q: z.string().trim().max(100).optional(),
  status: z.enum(MATTER_STATUS).optional(),
  warningLevel: z.enum(WARNING).optional(),
  departmentCode: z.string().max(20).optional(),
  itemCode: z.string().max(50).optional(),
  from: z.string().regex(CHINA_DATE, '日期格式应为 YYYY-MM-DD').optional(),
  to: z.string().regex(CHINA_DATE, '日期格式应为 YYYY-MM-DD').optional(),
});
export type TMatterQuery = z.infer<typeof ZMatterQuery>;

export const ZSupplied = z.object({ note: z.string().trim().max(500).optional() });
export const ZExtend = z.object({
  workingDays: z.number().int().min(1, '延长天数至少 1 个工作日').max(60, '延长天数不能超过 60 个工作日'),
  reason: z.string().trim().min(2, '请写明延期理由').max(500),
});
export const ZSupervise = z.object({
  message: z.string().trim().min(2, '请填写督办意见').max(500),
  toUserId: z.uuid().optional(),
});

const iso = z.date();
/** an instant read as text by the hand-written queries (api/matters/task-rows.ts) */
const isoText = z.iso.datetime();
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

export const ZTaskRow = z.object({
  id: z.string(),
  taskKey: z.string(),
  matterId: z.string(),
  receiptNo: z.string(),
  itemName: z.string(),
  name: z.string(),
  nodeId: z.string(),
  stepKind: z.string(),
  candidateDepartmentCode: z.string().nullable(),
  candidateRole: z.string().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  status: z.string(),
  suspended: z.boolean(),
  dueAt: isoText.nullable(),
  createdAt: isoText,
  completedAt: isoText.nullable(),
  decision: z.string().nullable(),
  comment: z.string().nullable(),
  completedByName: z.string().nullable(),
  matterDueDate: z.string().nullable(),
  warningLevel: z.string(),
  supervised: z.boolean(),
});

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
  temporalUrl: z.string(),
  procedureKey: z.string(),
  procedureVersion: z.number(),
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
  supervisions: z.array(z.object({ id: z.string(), message: z.string(), fromName: z.string().nullable(), at: iso })),
  canReveal: z.boolean(),
  delivery: z
    .object({
      method: z.string(),
      trackingNo: z.string().nullable(),
      signedBy: z.string().nullable(),
      terminalCode: z.string().nullable(),
      deliveredAt: iso,
    })
    .nullable(),
  bundleId: z.string().nullable(),
});
export const ZDiagram = z.object({
  xml: z.string(),
  activeNodeIds: z.array(z.string()),
  completedNodeIds: z.array(z.string()),
});
export const ZRevealed = z.object({ applicantName: z.string(), idNumber: z.string(), phone: z.string() });
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
export const ZIntakeResult = z.union([
  z.object({
    kind: z.literal('MATTER'),
    matter: z.object({
      id: z.string(),
      receiptNo: z.string(),
      status: z.string(),
      dueDate: z.string().nullable(),
      provisional: z.boolean(),
    }),
  }),
  z.object({
    kind: z.enum(['NOTICE', 'REFUSAL']),
    notice: z.object({
      id: z.string(),
      noticeNo: z.string(),
      missing: z.array(z.object({ code: z.string(), name: z.string() })),
      reason: z.string().nullable(),
    }),
  }),
]);
export const ZOk = z.object({ ok: z.literal(true) });

/** 一件事一次办: one intake for several items sharing the applicant's materials. */
export const ZBundleIntakeSchema = z.object({
  idempotencyKey: z.string().trim().min(8, '缺少幂等键').max(100),
  name: z.string().trim().min(1).max(100).optional(),
  itemCodes: z
    .array(z.string().trim().min(1).max(50))
    .min(2, '“一件事”至少包含两个事项')
    .max(10, '“一件事”最多包含 10 个事项')
    .refine((codes) => new Set(codes).size === codes.length, '事项不能重复'),
  applicant: ZApplicant,
  providedMaterials: z.array(z.string().max(50)).max(100),
  windowCode: z.string().max(20).optional(),
  entrustment: ZEntrustment.optional(),
});
export type TBundleIntake = z.infer<typeof ZBundleIntakeSchema>;
export const ZBundleResult = z.object({
  bundle: z.object({ id: z.string(), receiptNo: z.string(), name: z.string(), dueDate: z.string().nullable() }),
  matters: z.array(
    z.object({
      id: z.string(),
      receiptNo: z.string(),
      itemCode: z.string(),
      status: z.string(),
      dueDate: z.string().nullable(),
      provisional: z.boolean(),
    }),
  ),
});
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
