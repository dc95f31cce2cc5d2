import { z } from 'zod';
import { INTAKE_DECISIONS } from '../../domain/intake';
import { ZChinaDate } from '../shared/china-date';
import { ZIdempotencyKey, ZItemCode, ZMaterialCode, ZWindowCode } from '../shared/codes';
import { zLine, zMultiline, zName } from '../shared/text';

export const ZApplicant = z.object({
  name: zName().min(1, '请填写申请人姓名').max(50, '姓名过长'),
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
  agentNote: zMultiline().max(500).optional(),
  /** the signed entrustment (委托书) reference: a document number or a scan id */
  documentRef: zLine().min(1, '请填写委托书编号').max(100),
  handedOver: z.array(zLine().max(100)).max(50).default([]),
});

export const ZIntakeSchema = z.object({
  idempotencyKey: ZIdempotencyKey,
  itemCode: ZItemCode,
  applicant: ZApplicant,
  providedMaterials: z.array(ZMaterialCode).max(100),
  decision: z.enum(INTAKE_DECISIONS),
  /** 容缺受理: what is owed and by when */
  owed: z
    .array(z.object({ code: ZMaterialCode, dueDate: ZChinaDate }))
    .max(50)
    .default([]),
  reason: zMultiline().max(1000).optional(),
  windowCode: ZWindowCode.optional(),
  entrustment: ZEntrustment.optional(),
  bundleId: z.uuid('无效的编号').optional(),
});
export type TIntake = z.infer<typeof ZIntakeSchema>;

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
export type IntakeResult = z.infer<typeof ZIntakeResult>;

/** 一件事一次办: one intake for several items sharing the applicant's materials. */
export const ZBundleIntakeSchema = z.object({
  idempotencyKey: ZIdempotencyKey,
  name: zLine().min(1).max(100).optional(),
  itemCodes: z
    .array(ZItemCode)
    .min(2, '“一件事”至少包含两个事项')
    .max(10, '“一件事”最多包含 10 个事项')
    .refine((codes) => new Set(codes).size === codes.length, '事项不能重复'),
  applicant: ZApplicant,
  providedMaterials: z.array(ZMaterialCode).max(100),
  windowCode: ZWindowCode.optional(),
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
export type BundleResult = z.infer<typeof ZBundleResult>;
