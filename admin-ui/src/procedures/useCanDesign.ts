import { usePermissions } from 'react-admin';

/** DESIGNER and ADMIN may create, save and publish procedures; everyone else reads. */
export function useCanDesign(): boolean {
  const { permissions } = usePermissions<string[]>();
  return Boolean(permissions?.some((r) => r === 'DESIGNER' || r === 'ADMIN'));
}
