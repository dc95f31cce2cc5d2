import type { Actor } from '../../workflows/procedure-contract';
import type { CurrentUser } from '../auth/auth.types';

/** The authenticated user as the workflow's validators see them. */
export const actorOf = (user: CurrentUser): Actor => ({
  userId: user.id,
  displayName: user.displayName,
  departmentCode: user.departmentCode,
  roles: user.roles,
});
