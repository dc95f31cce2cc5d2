import { z } from 'zod';
import { zLine } from '../shared/text';
import type { Role } from '../../generated/prisma/enums';

export const ZLoginSchema = z.object({
  username: zLine().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});
export type TLogin = z.infer<typeof ZLoginSchema>;

/** The authenticated user as the rest of the API sees it. */
export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  departmentId: string;
  departmentCode: string;
  sessionId: string;
  csrfToken: string;
}

/** Centre-wide roles see and manage the whole centre; everyone else works within their own department. */
export const isCentreWide = (user: Pick<CurrentUser, 'roles'>): boolean =>
  user.roles.includes('ADMIN') || user.roles.includes('MANAGER');
