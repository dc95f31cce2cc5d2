import type { ComponentType, ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/LockOutlined';
import { Loading, usePermissions, useTranslate } from 'react-admin';
import type { RoleCode } from './codes';
import { hasAnyRole } from './roles';

/** Shown instead of a page the user's roles may not open (no request is made, so no 403 in the console). */
export const ForbiddenState = ({ roles }: { roles: readonly RoleCode[] }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', py: 8, width: '100%', color: 'text.secondary' }} data-testid="forbidden-state">
      <LockIcon sx={{ fontSize: 64, opacity: 0.5 }} />
      <Typography variant="h6" sx={{ mt: 1 }}>
        {translate('ow.shared.forbidden.title')}
      </Typography>
      <Typography variant="body2">
        {translate('ow.shared.forbidden.hint', {
          roles: roles.map((r) => translate(`ow.shared.roles.${r}`)).join('、'),
        })}
      </Typography>
    </Box>
  );
};

export const RequireRole = ({ roles, children }: { roles: readonly RoleCode[]; children: ReactNode }) => {
  const { permissions, isPending } = usePermissions<string[]>();
  if (isPending) return <Loading />;
  return hasAnyRole(permissions, roles) ? <>{children}</> : <ForbiddenState roles={roles} />;
};

/** The page component, shown only to the given roles. */
export function restrictTo<P extends object>(roles: readonly RoleCode[], Page: ComponentType<P>): ComponentType<P> {
  const Restricted = (props: P) => (
    <RequireRole roles={roles}>
      <Page {...props} />
    </RequireRole>
  );
  Restricted.displayName = `RequireRole(${Page.displayName ?? Page.name})`;
  return Restricted;
}
