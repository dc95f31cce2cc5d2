import { z } from 'zod';

const CHINA_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const ZApplicant = z.object({
  name: z.string().trim().min(1, '请填写申请人姓名').max(50, '姓名过长'),
  idNumber: z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, '身份证号码应为 18 位'),
  phone: z.string().trim().regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号码'),
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
  owed: z.array(z.object({ code: z.string().max(50), dueDate: z.string().regex(CHINA_DATE, '日期格式应为 YYYY-MM-DD') })).max(50).default([]),
  reason: z.string().trim().max(1000).optional(),
  windowCode: z.string().max(20).optional(),
  entrustment: ZEntrustment.optional(),
  bundleId: z.string().optional(),
});
export type TIntake = z.infer<typeof ZIntakeSchema>;
