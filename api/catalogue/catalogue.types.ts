import { z } from 'zod';
import { ZBoolParam, listOf, listQuery } from '../shared/list-query';
import { ZDepartmentCode, ZItemCode, ZMaterialCode } from '../shared/codes';
import { zSearchTerm } from '../shared/search-term';
import { zLine, zMultiline } from '../shared/text';

export const CASE_KINDS = ['IMMEDIATE', 'PROMISED', 'JOINT', 'REPORTED'] as const;
export const DELIVERY_METHODS = ['ONSITE', 'MAIL', 'TERMINAL'] as const;

export { ZItemCode };
const ZDays = (label: string) =>
  z
    .number(`${label}应为数字`)
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(365, `${label}不能超过 365 个工作日`);

export const ZMaterialInput = z.object({
  code: ZMaterialCode,
  name: zLine('请填写材料名称').min(1, '请填写材料名称').max(200, '材料名称不能超过 200 字'),
  required: z.boolean('是否必需应为 true 或 false').default(true),
  /** 容缺受理: may be missing at acceptance and supplied later */
  deficiencyAllowed: z.boolean('是否容缺应为 true 或 false').default(false),
  note: zMultiline('备注应为文字').max(500, '备注不能超过 500 字').nullish(),
});

const guideFields = {
  name: zLine('请填写事项名称').min(1, '请填写事项名称').max(200, '事项名称不能超过 200 字'),
  nameEn: zLine('英文名称应为文字').max(200, '英文名称不能超过 200 字').nullish(),
  kind: z.enum(CASE_KINDS, '办件类型应为 IMMEDIATE、PROMISED、JOINT 或 REPORTED'),
  leadDepartmentCode: ZDepartmentCode,
  coDepartmentCodes: z.array(ZDepartmentCode, '协办部门应为部门编码列表').max(10, '协办部门不能超过 10 个'),
  legalBasis: zMultiline('请填写设定依据').min(1, '请填写设定依据').max(5000, '设定依据不能超过 5000 字'),
  conditions: zMultiline('请填写受理条件').min(1, '请填写受理条件').max(5000, '受理条件不能超过 5000 字'),
  promisedDays: ZDays('承诺时限'),
  statutoryDays: ZDays('法定时限'),
  feeText: zMultiline('请填写收费标准')
    .min(1, '请填写收费标准（不收费请填“不收费”）')
    .max(500, '收费标准不能超过 500 字'),
  deliveryMethods: z
    .array(z.enum(DELIVERY_METHODS, '送达方式应为 ONSITE、MAIL 或 TERMINAL'), '请选择送达方式')
    .min(1, '请至少选择一种送达方式'),
  procedureKey: zLine('请选择办理流程').min(1, '请选择办理流程').max(64),
  active: z.boolean('启用状态应为 true 或 false'),
  materials: z.array(ZMaterialInput, '申请材料应为列表').max(100, '材料不能超过 100 项'),
};

function uniqueMaterialCodes(materials: { code: string }[] | undefined, ctx: z.core.$RefinementCtx<unknown>) {
  const seen = new Set<string>();
  materials?.forEach((m, i) => {
    if (seen.has(m.code))
      ctx.addIssue({ code: 'custom', path: ['materials', i, 'code'], message: `材料编码 ${m.code} 重复` });
    seen.add(m.code);
  });
}

export const ZCreateItemSchema = z
  .object({
    code: ZItemCode,
    ...guideFields,
    nameEn: guideFields.nameEn.optional(),
    coDepartmentCodes: guideFields.coDepartmentCodes.default([]),
    feeText: guideFields.feeText.default('不收费'),
    active: guideFields.active.default(true),
    materials: guideFields.materials.default([]),
  })
  .superRefine((item, ctx) => uniqueMaterialCodes(item.materials, ctx));

/** Partial edit; the code identifies the item and does not change. */
export const ZUpdateItemSchema = z
  .object(guideFields)
  .partial()
  .superRefine((item, ctx) => uniqueMaterialCodes(item.materials, ctx));

export type TCreateItem = z.infer<typeof ZCreateItemSchema>;
export type TUpdateItem = z.infer<typeof ZUpdateItemSchema>;

export const ZItemCodeParam = z.object({ code: ZItemCode });

export const ZItemListQuery = listQuery({
  q: zSearchTerm().optional(),
  departmentCode: ZDepartmentCode.optional(),
  kind: z.enum(CASE_KINDS, '办件类型应为 IMMEDIATE、PROMISED、JOINT 或 REPORTED').optional(),
  active: ZBoolParam.optional(),
});
export type TItemListQuery = z.infer<typeof ZItemListQuery>;

export const ZItemRow = z.object({
  id: z.string(), // = code: react-admin needs an `id`
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  kind: z.enum(CASE_KINDS),
  leadDepartmentCode: z.string(),
  coDepartmentCodes: z.array(z.string()),
  promisedDays: z.number(),
  statutoryDays: z.number(),
  feeText: z.string(),
  deliveryMethods: z.array(z.string()),
  procedureKey: z.string(),
  active: z.boolean('启用状态应为 true 或 false'),
});
export const ZItemList = listOf(ZItemRow);

export const ZMaterial = z.object({
  code: z.string(),
  name: z.string(),
  required: z.boolean(),
  deficiencyAllowed: z.boolean(),
  copies: z.number(),
  note: z.string().nullable(),
});
export const ZItemDetail = ZItemRow.extend({
  legalBasis: z.string(),
  conditions: z.string(),
  materials: z.array(ZMaterial),
  /** department code → name, for the lead and co-departments */
  departmentNames: z.record(z.string(), z.string()),
  updatedAt: z.date(),
});
