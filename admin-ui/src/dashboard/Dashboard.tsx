import { Stack } from '@mui/material';
import { Loading, Title, usePermissions } from 'react-admin';
import { hasAnyRole } from '../shared/roles';
import { ManagerDashboard } from './ManagerDashboard';
import { RoleWelcome } from './RoleWelcome';
import { SystemHealth } from './SystemHealth';

/** 工作台: managers and administrators see the figures; everyone else a welcome leading to their work. */
export const Dashboard = () => {
  const { permissions, isPending } = usePermissions<string[]>();
  if (isPending) return <Loading />;
  const roles = permissions ?? [];
  return (
    <>
      <Title title="ow.dashboard.title" />
      {hasAnyRole(roles, ['MANAGER', 'ADMIN']) ? (
        <Stack spacing={2}>
          <ManagerDashboard />
          {roles.includes('ADMIN') && <SystemHealth />}
        </Stack>
      ) : (
        <RoleWelcome roles={roles} />
      )}
    </>
  );
};
