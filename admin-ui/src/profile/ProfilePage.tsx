import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../layout/States';
import { CodeChips } from '../shared/CodeChip';
import type { ManagementDataProvider } from '../shared/dataProvider';
import { useCodeLabel } from '../shared/useCodeLabel';
import { BackupCard } from '../users/BackupCard';

/** /profile — who I am, and my own AB岗 backup while I am away. */
export const ProfilePage = () => {
  const translate = useTranslate();
  const codeLabel = useCodeLabel();
  const dataProvider = useDataProvider<ManagementDataProvider>();
  const me = useQuery({
    queryKey: ['profile', 'me'],
    queryFn: async () => dataProvider.getUser((await dataProvider.getMe()).id),
    retry: false,
  });
  if (me.isPending) return <Loading />;
  if (me.error || !me.data)
    return <ErrorState message="ow.profile.error" detail={me.error?.message} onRetry={() => void me.refetch()} />;
  const user = me.data;
  return (
    <Box
      sx={{
        mt: 2,
        mb: 4,
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 1fr)' },
        maxWidth: 1100,
      }}
    >
      <Title title="ow.profile.title" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h5" component="h1">
            {user.displayName}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace', mb: 2 }}>
            {user.username}
          </Typography>
          <Stack spacing={1.5}>
            <Box>
              <Typography variant="caption" color="text.secondary">
                {translate('ow.profile.department')}
              </Typography>
              <Typography>{user.departmentName || codeLabel('departments', user.departmentCode)}</Typography>
            </Box>
            <Box>
              <Typography variant="caption" color="text.secondary" component="div">
                {translate('ow.profile.roles')}
              </Typography>
              <CodeChips group="roles" codes={user.roles} />
            </Box>
          </Stack>
        </CardContent>
      </Card>
      <BackupCard
        key={`${user.backupUserId}|${user.absentFrom}|${user.absentUntil}`}
        user={user}
        self
        onSaved={() => void me.refetch()}
      />
    </Box>
  );
};
