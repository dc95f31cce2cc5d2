import { usePermissions } from 'react-admin';
import type { RoleCode } from './codes';

export function hasAnyRole(permissions: readonly string[] | undefined, roles: readonly RoleCode[]): boolean {
  return Boolean(permissions?.some((r) => (roles as readonly string[]).includes(r)));
}

/** Whether the signed-in user has one of the roles (false while permissions load). */
export function useHasRole(...roles: RoleCode[]): boolean {
  const { permissions } = usePermissions<string[]>();
  return hasAnyRole(permissions, roles);
}
