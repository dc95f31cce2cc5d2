import { z } from 'zod';
import { checkPasswordPolicy } from '../auth/password';
import type { AppError } from '../errors';
import { ZBoolParam, listOf, listQuery } from '../shared/list-query';
import { ZDateBound } from '../shared/china-date';
import { ZDepartmentCode } from '../shared/codes';
import { zSearchTerm } from '../shared/search-term';
import { zName } from '../shared/text';

export const ROLES = ['CLERK', 'APPROVER', 'DESIGNER', 'MANAGER', 'ADMIN', 'AGENT'] as const;
const ZRole = z.enum(ROLES, '角色应为 CLERK、APPROVER、DESIGNER、MANAGER、ADMIN 或 AGENT');

/** One policy for the whole system: the rule lives in api/auth/password.ts; here it becomes a field error. */
const ZPassword = z.string('请填写密码').superRefine((password, ctx) => {
  try {
    checkPasswordPolicy(password);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message, params: { en: (e as AppError).messageEn } });
  }
});

const userFields = {
  displayName: zName('请填写姓名').min(1, '请填写姓名').max(50, '姓名不能超过 50 字'),
  roles: z
    .array(ZRole, '请选择角色')
    .min(1, '请至少选择一个角色')
    .max(ROLES.length)
    .transform((r) => [...new Set(r)]),
  departmentCode: ZDepartmentCode,
  active: z.boolean('启用状态应为 true 或 false'),
};

export const ZCreateUserSchema = z.object({
  username: z
    .string('请填写用户名')
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名应为 3–32 位小写字母、数字、点、下划线或连字符，以字母开头'),
  ...userFields,
  active: userFields.active.default(true),
  password: ZPassword,
});
export const ZUpdateUserSchema = z.object({ ...userFields, password: ZPassword }).partial();
export type TCreateUser = z.infer<typeof ZCreateUserSchema>;
export type TUpdateUser = z.infer<typeof ZUpdateUserSchema>;

/** A date alone means the whole China day: from its start, until its end. */
const ZInstantOrDate = ZDateBound;

/** AB岗: who stands in and while when; all null clears it. */
export const ZBackupSchema = z
  .object({
    backupUserId: z.uuid('请选择有效的 B 岗人员').nullable(),
    absentFrom: ZInstantOrDate.nullable().default(null),
    absentUntil: ZInstantOrDate.nullable().default(null),
  })
  .refine((b) => (b.absentFrom === null) === (b.absentUntil === null), {
    path: ['absentUntil'],
    message: '离岗开始和结束时间须同时填写',
  })
  .refine((b) => b.backupUserId !== null || b.absentFrom === null, {
    path: ['backupUserId'],
    message: '设置离岗时间须同时指定 B 岗人员',
  });
export type TBackup = z.infer<typeof ZBackupSchema>;

export const ZUserIdParam = z.object({ id: z.uuid('无效的用户编号') });

export const ZUserListQuery = listQuery({
  q: zSearchTerm(50).optional(),
  departmentCode: ZDepartmentCode.optional(),
  role: ZRole.optional(),
  active: ZBoolParam.optional(),
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;

/** Never carries passwordHash: the schema lists what may leave the server. */
export const ZUserRow = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(ZRole),
  departmentCode: z.string(),
  departmentName: z.string(),
  active: z.boolean(),
  backupUserId: z.string().nullable(),
  backupUserName: z.string().nullable(),
  absentFrom: z.date().nullable(),
  absentUntil: z.date().nullable(),
  lockedUntil: z.date().nullable(),
  createdAt: z.date(),
});
export const ZUserList = listOf(ZUserRow);
export const ZBackupCandidates = z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string() }));
