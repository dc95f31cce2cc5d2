import { z } from 'zod';
import { ZBoolParam } from '../shared/list-query';
import { ZDepartmentCode } from '../shared/codes';
import { zLine, zName } from '../shared/text';

/** 部门、受理窗口、便民服务站: created, renamed and deactivated by an admin; their codes never change. */

const zUnitName = (what: string) =>
  zName(`请填写${what}名称`).min(1, `请填写${what}名称`).max(50, `${what}名称不能超过 50 字`);
const ZActive = z.boolean('启用状态应为 true 或 false');

export const ZDepartmentCodeParam = z.object({ code: ZDepartmentCode });
const departmentFields = {
  name: zUnitName('部门'),
  nameEn: zName('英文名称应为文本').max(100, '英文名称不能超过 100 个字符').nullable(),
  active: ZActive,
  /** 科室负责人: answers the department's 整改; an active member of the department, or null */
  headUserId: z.uuid('请选择本部门的负责人').nullable(),
};
/** a new department has no staff yet: its head is chosen once it has */
export const ZCreateDepartmentSchema = z.object({
  code: ZDepartmentCode,
  name: departmentFields.name,
  nameEn: departmentFields.nameEn.default(null),
  active: ZActive.default(true),
});
export const ZUpdateDepartmentSchema = z.object(departmentFields).partial();
export type TCreateDepartment = z.infer<typeof ZCreateDepartmentSchema>;
export type TUpdateDepartment = z.infer<typeof ZUpdateDepartmentSchema>;
export const ZDepartmentRow = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  active: z.boolean(),
  headUserId: z.string().nullable(),
});

/** A unit's code: capitals, digits, hyphen or underscore (W01, ST-DONGCUN). */
const zUnitCode = (what: string) =>
  zLine(`请填写${what}编码`)
    .min(1, `请填写${what}编码`)
    .max(20, `${what}编码不能超过 20 个字符`)
    .regex(/^[A-Z0-9][A-Z0-9_-]*$/, `${what}编码应为大写字母、数字、连字符或下划线`);

export const WINDOW_KINDS = ['COMPREHENSIVE', 'SPECIALIZED'] as const;
export const ZWindowCodeParam = z.object({ code: zLine().min(1).max(20, '受理窗口编码不能超过 20 个字符') });
const windowFields = {
  name: zUnitName('窗口'),
  kind: z.enum(WINDOW_KINDS, '窗口类型应为 COMPREHENSIVE（综合）或 SPECIALIZED（专业）'),
  departmentCode: ZDepartmentCode,
  active: ZActive,
};
export const ZCreateWindowSchema = z.object({
  code: zUnitCode('窗口'),
  ...windowFields,
  kind: windowFields.kind.default('COMPREHENSIVE'),
  active: ZActive.default(true),
});
export const ZUpdateWindowSchema = z.object(windowFields).partial();
export type TCreateWindow = z.infer<typeof ZCreateWindowSchema>;
export type TUpdateWindow = z.infer<typeof ZUpdateWindowSchema>;
/** all=true (admin): the inactive windows too; otherwise the windows an intake may name. */
export const ZWindowListQuery = z.object({ all: ZBoolParam.optional() });
export const ZWindowRow = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(WINDOW_KINDS),
  departmentCode: z.string(),
  active: z.boolean(),
});
export const ZWindowList = z.array(ZWindowRow);

export const ZStationCodeParam = z.object({ code: zLine().min(1).max(20, '服务站编码不能超过 20 个字符') });
const stationFields = {
  name: zUnitName('服务站'),
  village: zUnitName('所在村（社区）'),
  active: ZActive,
};
export const ZCreateStationSchema = z.object({
  code: zUnitCode('服务站'),
  ...stationFields,
  active: ZActive.default(true),
});
export const ZUpdateStationSchema = z.object(stationFields).partial();
export type TCreateStation = z.infer<typeof ZCreateStationSchema>;
export type TUpdateStation = z.infer<typeof ZUpdateStationSchema>;
export const ZStationRow = z.object({
  code: z.string(),
  name: z.string(),
  village: z.string(),
  active: z.boolean(),
  agentCount: z.number(),
});
export const ZStationList = z.array(ZStationRow);
