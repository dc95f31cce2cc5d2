import { z } from 'zod';
import { zLine } from '../shared/text';
import { Role } from '../../generated/prisma/enums';

export const ZLoginSchema = z.object({
  username: zLine().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});
export type TLogin = z.infer<typeof ZLoginSchema>;
export const ZLoggedIn = z.object({ ok: z.literal(true), csrfToken: z.string() });

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

/** The logged-in user as `GET /auth/me` answers it (the console reads its roles and the CSRF token). */
export const ZCurrentUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(Role)),
  departmentId: z.string(),
  departmentCode: z.string(),
  csrfToken: z.string(),
});

/** Centre-wide roles see and manage the whole centre; everyone else works within their own department. */
export const isCentreWide = (user: Pick<CurrentUser, 'roles'>): boolean =>
  user.roles.includes('ADMIN') || user.roles.includes('MANAGER');
